# isinstance/issubclass accept any object with a tuple __bases__ as a class (abstract.c's protocol),
# only AttributeError counts as "no __bases__"; tuples nest.
class AbstractClass:
    def __init__(self, bases):
        self.bases = bases

    def getbases(self):
        return self.bases

    __bases__ = property(getbases)

    def __call__(self):
        return AbstractInstance(self)


class AbstractInstance:
    def __init__(self, klass):
        self.klass = klass

    def getclass(self):
        return self.klass

    __class__ = property(getclass)


AbstractSuper = AbstractClass(bases=())
AbstractChild = AbstractClass(bases=(AbstractSuper,))
Other = AbstractClass(bases=())
print(isinstance(AbstractChild(), AbstractChild), isinstance(AbstractChild(), AbstractSuper))
print(isinstance(AbstractChild(), Other), issubclass(AbstractChild, AbstractSuper))
print(issubclass(AbstractSuper, AbstractChild), issubclass(AbstractChild, (Other, AbstractSuper)))


class NoClass:
    __class__ = property(lambda self: None)


print(isinstance(NoClass(), AbstractSuper))


class RaisesRuntime:
    __bases__ = property(lambda self: (_ for _ in ()).throw(RuntimeError("bases")))


class RaisesAttr:
    __bases__ = property(lambda self: (_ for _ in ()).throw(AttributeError("bases")))


for args in ((1, RaisesRuntime()), (1, RaisesAttr()), (1, 42)):
    try:
        print(isinstance(*args))
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
for args in ((RaisesRuntime(), AbstractSuper), (RaisesAttr(), AbstractSuper), (int, RaisesAttr()), (3, int)):
    try:
        print(issubclass(*args))
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)


class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "yes"

    def __subclasscheck__(cls, sub):
        return sub is int


class M(metaclass=Meta):
    pass


print(isinstance("yes", M), isinstance(M(), M), issubclass(int, M), issubclass(M, M))
print(isinstance(1, int | str), issubclass(bool, (str, int | None)))

nested = (int,)
for _ in range(50):
    nested = (nested,)
print(isinstance(1, nested), issubclass(bool, nested), isinstance("", nested))
