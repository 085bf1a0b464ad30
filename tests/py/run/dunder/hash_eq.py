class K:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, K) and self.k == o.k
    def __hash__(self): return hash(self.k)
d = {K(1): "one", K(2): "two"}
print(d[K(1)], K(2) in d, len({K(1), K(1), K(3)}))
class NoHash:
    def __eq__(self, o): return True
print(NoHash.__hash__)
try:
    hash(NoHash())
except TypeError as e:
    print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(0.5) == hash(0.5))
