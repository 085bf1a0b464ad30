class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, V) and self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __repr__(self): return f"V{self.v}"
a, b = V(1), V(2)
print(a == V(1), a != V(1), a < b, a <= b, a > b, b >= a, a == 1, a != 1)
print(sorted([V(3), V(1), V(2)]), max(V(5), V(9)))
class NoCmp: pass
try:
    NoCmp() < NoCmp()
except TypeError as e:
    print(e)
try:
    1 < "a"
except TypeError as e:
    print(e)
