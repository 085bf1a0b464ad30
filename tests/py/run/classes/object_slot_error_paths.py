# object.__init__/__new__ excess-argument messages, deleting a class attribute through an instance without
# __dict__ ('read-only'), and comparison methods whose descriptor __get__ raises count as NotImplemented.
class C:
    pass
for f in [lambda: C(42), lambda: C.__new__(C, 42), lambda: C().__init__(42), lambda: object.__new__(C, 42), lambda: object.__init__(C(), 42), lambda: C(x=1)]:
    try: f()
    except TypeError as e: print(e)
class B:
    y = 0
    __slots__ = ('z',)
for f in ["del B().y", "B().y = 0", "del B().x", "B().x = 0", "del B().z", "del [].append", "[].append = 1", "del (1).real"]:
    try: exec(f)
    except AttributeError as e: print(f, "->", e)
def booh(self):
    raise AttributeError("booh")
class E:
    __eq__ = property(booh)
print(E() == E(), E() != E())
e = E()
print(e == e)
class L:
    __lt__ = property(booh)
try: L() < L()
except TypeError as ex: print(ex)
