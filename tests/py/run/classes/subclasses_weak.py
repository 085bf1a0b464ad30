# type.__subclasses__() holds its classes weakly: a class nothing uses is gone after gc.collect()
import gc


class Base:
    pass


class Kept(Base):
    pass


def make_local():
    class Temporary(Base):
        pass

    return type(Temporary).__name__


def make_dynamic(n):
    for i in range(n):
        type(f"Dynamic{i}", (Base,), {"i": i})


print(make_local())
make_dynamic(50)
held = type("Held", (Base,), {})
gc.collect()
print([c.__name__ for c in Base.__subclasses__()])

# what is left still sees changes to its base, and __bases__ assignment moves it
Base.attr = "from base"
print(Kept.attr, held.attr)


class Other:
    pass


held.__bases__ = (Other,)
print([c.__name__ for c in Base.__subclasses__()], [c.__name__ for c in Other.__subclasses__()])
