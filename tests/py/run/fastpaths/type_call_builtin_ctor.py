# type.__call__ of classes whose __new__ and __init__ are builtins (exceptions, dict/list/set subclasses
# that define neither, zip/enumerate/frozenset) in hot code: the instance, its args, and a class given its
# own __init__ or __new__ after it was called many times.


class Missing(Exception):
    pass


class D(dict):
    pass


class L(list):
    pass


def make(i):
    return (ValueError(i), Missing(i, "x"), KeyError(), RuntimeError("w"), D(a=i) if i % 2 else D([(1, i)]),
            L((i, i)), set((i,)), frozenset((i, 1)), list(zip((i,), "a")), list(enumerate("ab", i)),
            OSError("gone"), StopIteration(i), BaseException())


for i in range(3000):
    r = make(i)
print([(type(x).__name__, getattr(x, "args", x)) for x in r])
print(r[10].errno, r[10].args, r[11].value, isinstance(r[1], Exception), r[4], r[5])


class Late(Exception):
    pass


for i in range(2000):
    x = Late(i)
print(x.args)


def init(self, *args):
    Exception.__init__(self, "late", *args)
    self.extra = len(args)


Late.__init__ = init
print(Late(1, 2).args, Late(1, 2).extra)
del Late.__init__
print(Late(3).args)


class NewLate(Exception):
    pass


for i in range(2000):
    x = NewLate(i)


def new(cls, *args):
    obj = Exception.__new__(cls, *args)
    obj.made = True
    return obj


NewLate.__new__ = new
y = NewLate(5)
print(y.args, y.made)


class Other(Exception):
    pass


def new_other(cls, *args):
    return ValueError("not an Other")


for i in range(2000):
    x = Other(i)
Other.__new__ = new_other
print(repr(Other(1)))


class Meta(type):
    def __call__(cls, *args):
        return ("meta", args)


class WithMeta(Exception, metaclass=Meta):
    pass


print(WithMeta(1, 2))
