# __slots__ names are mangled like attributes in the class body (MutableSet with a private slot,
# bpo-4920); a slot clashing with a class variable is a ValueError
from collections.abc import MutableSet

class MySet(MutableSet):
    __slots__ = ["__s"]
    def __init__(self, items=None):
        self.__s = set(items or [])
    def __contains__(self, v):
        return v in self.__s
    def __iter__(self):
        return iter(self.__s)
    def __len__(self):
        return len(self.__s)
    def add(self, v):
        self.__s.add(v)
    def discard(self, v):
        self.__s.discard(v)

items = [5, 43, 2, 1]
s = MySet(items)
r = s.pop()
print(len(s), r in s, r in items, sorted(s | {r}))
print("_MySet__s" in vars(MySet), "__s" in vars(MySet), hasattr(s, "__dict__"), MySet.__slots__)
s -= {43, 2, 1, 5}
print(len(s), s.isdisjoint([1]))

class _Under:
    __slots__ = ("__p", "__dunder__", "_single")
print(sorted(k for k in vars(_Under) if "p" in k or "single" in k or "dunder" in k))

class ___:
    __slots__ = ("__q",)
print([k for k in vars(___) if "q" in k])

T = type("T", (), {"__slots__": ("__z",)})
t = T()
t._T__z = 3
print([k for k in vars(T) if "z" in k], t._T__z)

for body in ["__slots__ = ('x',)\n    x = 1", "__slots__ = ('__y',)\n    _C__y = 1", "__slots__ = ('__y',)\n    __y = 1"]:
    try:
        exec("class C:\n    " + body + "\n")
        print("ok")
    except ValueError as e:
        print("ValueError", e)
