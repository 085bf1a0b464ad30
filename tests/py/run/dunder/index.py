class Idx:
    def __index__(self): return 2
l = ["a", "b", "c", "d"]
print(l[Idx()], l[Idx():], bin(Idx()), hex(Idx()), "ab" * Idx(), range(Idx()))
print(operator_like := [10, 20, 30][Idx()])
class Bad:
    def __index__(self): return "x"
try:
    l[Bad()]
except TypeError as e:
    print(e)
try:
    l["1"]
except TypeError as e:
    print(e)
