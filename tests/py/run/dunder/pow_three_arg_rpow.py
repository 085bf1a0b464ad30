# 3.14: three-argument pow() tries __rpow__ of the second argument (before __pow__ when its type is a
# proper subclass of the first's, after it otherwise).
class I(int):
    def __repr__(self):
        return "I(%r)" % int(self)

    def __pow__(self, other, mod=None):
        return I(pow(int(self), int(other), None if mod is None else int(mod)))

    def __rpow__(self, other, mod=None):
        return I(pow(int(other), int(self), None if mod is None else int(mod)))


print(repr(pow(I(2), I(3), I(5))), repr(pow(I(2), 3, 5)), repr(pow(2, I(3), 5)), repr(pow(2, 3, I(5))))


class R:
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)


print(pow(2, R(), 7))


class P:
    def __pow__(self, other, mod=None):
        return NotImplemented


class Q(P):
    def __rpow__(self, other, mod=None):
        return ("Q.rpow", mod)


print(pow(P(), Q(), 3))
for args in ((2, object(), 7), (P(), 2, 3)):
    try:
        pow(*args)
    except TypeError as e:
        print("TypeError:", e)
