# object.__setattr__/__delattr__ refuse to bypass type's own attribute setter (CPython's hackcheck);
# property's fget/fset/fdel are read-only members; staticmethod/classmethod reprs.
try:
    object.__setattr__(str, "foo", 42)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__delattr__(str, "lower")
except TypeError as e:
    print("TypeError:", e)


class A(type):
    def __setattr__(cls, key, value):
        object.__setattr__(cls, key, value)


class B:
    pass


class C(B, A):
    pass


obj = C("D", (object,), {})
try:
    obj.test = True
except TypeError as e:
    print("TypeError:", e)


class Fine(type):
    def __setattr__(cls, key, value):
        type.__setattr__(cls, key, value)


class G(B, Fine):
    pass


g = G("H", (object,), {})
g.test = True
print(g.test)


class Plain:
    pass


p = Plain()
object.__setattr__(p, "x", 1)
print(p.x)

prop = property(len)
for attr in ("fget", "fset", "fdel"):
    try:
        setattr(prop, attr, 42)
    except AttributeError as e:
        print(attr, "AttributeError:", e)
prop.__doc__ = "doc"
print(prop.__doc__)


def func():
    pass


print(repr(staticmethod(None)), repr(classmethod(None)))
print(repr(staticmethod(len)), repr(classmethod(len)))


class MyClassMethod(classmethod):
    def __init__(self, func):
        pass


cm = MyClassMethod(func)
print(cm.__func__, cm.__wrapped__)
