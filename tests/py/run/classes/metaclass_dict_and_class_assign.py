# A class whose metaclass derives from a plain class (class Meta(Base, type)) still reads its own
# mappingproxy through __dict__ and cannot replace or delete it; __class__ assignment needs the same
# __weakref__ support as well as the same slots.
class Base:
    pass
class Meta1(type, Base):
    pass
class Meta2(Base, type):
    pass
class D(metaclass=Meta1):
    pass
class E(metaclass=Meta2):
    x = 1
for cls in (D, E):
    d = cls.__dict__
    print(type(d).__name__, d["x"] if "x" in d else None)
    try:
        cls.__dict__ = {}
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
    try:
        del cls.__dict__
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class J:
    __slots__ = ["c", "b"]
class N(J):
    __slots__ = ["__weakref__"]
try:
    x = J(); x.__class__ = N
except TypeError as e:
    print(e)
