# __abc_tpflags__ in an ABC's body sets the sequence/mapping flag used by match statements; both at
# once is a TypeError, and the attribute is removed from the class dict either way
from collections.abc import Collection, Mapping, Sequence

print(bool(Sequence.__flags__ & (1 << 5)), bool(Mapping.__flags__ & (1 << 6)))
for flags in [Sequence.__flags__ | Mapping.__flags__, (1 << 5) | (1 << 6), 1 << 5, 1 << 6, 0, "x"]:
    try:
        class Both(Collection):
            __abc_tpflags__ = flags
        print("ok", "__abc_tpflags__" in Both.__dict__)
    except TypeError as e:
        print("TypeError", e)

class Seq(Collection):
    __abc_tpflags__ = 1 << 5
    def __len__(self):
        return 2
    def __iter__(self):
        return iter([1, 2])
    def __contains__(self, x):
        return False
    def __getitem__(self, i):
        return [10, 20][i]

class Map(Collection):
    __abc_tpflags__ = 1 << 6
    def __len__(self):
        return 1
    def __iter__(self):
        return iter(["k"])
    def __contains__(self, x):
        return x == "k"
    def __getitem__(self, k):
        return "v"
    def get(self, k, default=None):
        return "v" if k == "k" else default

for obj in [Seq(), Map(), [1, 2], {"k": 0}]:
    match obj:
        case [a, b]:
            print(type(obj).__name__, "sequence", a, b)
        case {"k": v}:
            print(type(obj).__name__, "mapping", v)
        case _:
            print(type(obj).__name__, "neither")
