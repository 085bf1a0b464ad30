# __class__ assignment between classes whose slots match by name but were added on different bases is
# refused (compatible_for_assignment compares the solid bases' bases); same slots on the same base work.
class H:
    __slots__ = ["b", "a"]
class I:
    __slots__ = ["a", "b"]
class L(H):
    __slots__ = ["e"]
class M(I):
    __slots__ = ["e"]
class L2(H):
    __slots__ = ["e"]
for src, dst in ((L, M), (M, L), (L, L2), (H, I), (L, H)):
    x = src()
    try:
        x.__class__ = dst
        print(src.__name__, "->", dst.__name__, "ok", type(x).__name__)
    except TypeError as e:
        print(src.__name__, "->", dst.__name__, "TypeError", e)
class P: pass
class Q(P): pass
class R: pass
for src, dst in ((Q, R), (P, R), (Q, P)):
    x = src()
    try:
        x.__class__ = dst
        print(src.__name__, "->", dst.__name__, "ok")
    except TypeError as e:
        print(src.__name__, "->", dst.__name__, "TypeError", e)
