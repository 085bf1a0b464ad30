# Attribute loads on classes (Cls.method(self, ...), Cls.CONSTANT) are cached per class version: changes to
# the class or a base, descriptors, metaclasses and per-site polymorphism must still be seen.
class Base:
    LIMIT = 10

    def __init__(self, x):
        self.x = x

    def twice(self):
        return self.x * 2

    @staticmethod
    def smeth(v):
        return ("static", v)

    @classmethod
    def cmeth(cls):
        return ("class", cls.__name__)

    @property
    def prop(self):
        return self.x


class Child(Base):
    def __init__(self, x):
        Base.__init__(self, x + 1)


def use(cls, obj):
    return (cls.LIMIT, cls.twice(obj), cls.smeth(1), cls.cmeth(), type(cls.prop).__name__)


total = 0
for i in range(2500):
    c = Child(i)
    total += Base.twice(c) + Child.LIMIT
    r1 = use(Base, c)
    r2 = use(Child, c)
    if i == 1200:
        Base.LIMIT = 20

        def twice(self):
            return self.x * 3

        Base.twice = twice
    if i == 1800:
        Child.LIMIT = 30
print(total, r1, r2)


class Meta(type):
    @property
    def LIMIT(cls):
        return "meta property"


class WithMeta(metaclass=Meta):
    LIMIT = 5


class Other:
    LIMIT = 7


out = []
for i in range(1200):
    for cls in (Base, WithMeta, Other, Child):
        out.append(cls.LIMIT)
print(out[-8:])
print(Base.__name__, Child.__mro__[1].__name__, Base.__dict__["LIMIT"])
del Base.LIMIT
try:
    for i in range(3):
        Child.LIMIT
    print(Base.LIMIT)
except AttributeError as e:
    print("AttributeError", e)
