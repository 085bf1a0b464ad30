# type.__call__ runs the __init__ of the type __new__ returned (a subclass's), skips it for a non-instance;
# mro() and __subclasses__() are lists.
class C:
    def __new__(cls, arg):
        if isinstance(arg, str):
            return [1, 2, 3]
        if isinstance(arg, int):
            return object.__new__(D)
        return object.__new__(cls)


class D(C):
    def __init__(self, arg):
        self.foo = arg


print(C("1"), D("1"))
d = C(1)
print(type(d).__name__, d.foo)
d = D(None)
print(type(d).__name__, d.foo)
print(type(C.mro()).__name__, [k.__name__ for k in D.mro()])
print(type(C.__subclasses__()).__name__, [k.__name__ for k in C.__subclasses__()])


class Meta(type):
    def mro(cls):
        return [cls, object]


class E(metaclass=Meta):
    pass


print([k.__name__ for k in E.__mro__], type(type.mro(E)).__name__)
