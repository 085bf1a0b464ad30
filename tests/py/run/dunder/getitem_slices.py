class S:
    def __getitem__(self, k):
        return k
s = S()
print(s[1], s[1:2], s[::3], s[1, 2], s[..., 1:], s["a"])
print(s[:].start, s[1:2:3].indices(10))
class W:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
w = W()
w[1] = "a"; w[2:3] = "b"
print(w.d)
del w[1]
print(w.d)
