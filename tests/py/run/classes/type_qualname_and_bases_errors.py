# type() checks the namespace's __qualname__; assigning __bases__ checks every item as class creation does.
ns = {"__qualname__": "some.name"}
t = type("Foo", (), ns)
print(t.__qualname__, "__qualname__" in t.__dict__, ns)
for bad in (1, None, b"x"):
    try:
        type("Foo", (), {"__qualname__": bad})
    except TypeError as e:
        print("TypeError", e)

class N:
    pass

class O:
    pass

for bases in [(type(None),), (object, type(None)), (O, bool), (1,), (O, "x"), (), [O]]:
    try:
        N.__bases__ = bases
        print("ok", N.__bases__)
    except TypeError as e:
        print("TypeError", e)
print(N.__bases__, N.__mro__)

class P(O):
    pass

class R(O):
    pass

P.__bases__ = (R,)
print([c.__name__ for c in P.__mro__])
