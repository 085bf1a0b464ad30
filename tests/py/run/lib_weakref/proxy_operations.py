import weakref
class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o): return Num(o + self.v)
    def __mul__(self, o): return Num(self.v * o)
    def __neg__(self): return Num(-self.v)
    def __lt__(self, o): return self.v < (o.v if isinstance(o, Num) else o)
    def __eq__(self, o): return self.v == (o.v if isinstance(o, Num) else o)
    def __hash__(self): return hash(self.v)
    def __iadd__(self, o): self.v += o; return self
    def __index__(self): return self.v
    def __bool__(self): return self.v != 0
    def __repr__(self): return f"Num({self.v})"
    def __str__(self): return f"<{self.v}>"
n = Num(5)
p = weakref.proxy(n)
print((p + 1).v, (1 + p).v, (p * 3).v, (-p).v, p < 10, p == 5, p == n, bool(p), str(p), [0, 1, 2, 3, 4, 5, 6][p])
p += 2; print(n.v, type(p).__name__)
print(p.v, p.__class__.__name__, isinstance(p, Num), isinstance(p, weakref.ProxyType))
class Box(list):
    def __call__(self, x): return x * 2
b = Box([3, 1, 2])
bp = weakref.proxy(b)
print(len(bp), bp[0], 1 in bp, list(bp), sorted(bp), type(bp).__name__, bp(21))
bp[0] = 9; bp.append(4); del bp[1]; print(b)
it = iter(bp); print(next(it), next(it))
def fn(a, b=2): return a + b
fp = weakref.proxy(fn); print(fp(1), fp(1, b=5), fp.__name__, callable(fp))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration
        return self.i
i = It(); ip = weakref.proxy(i); print(next(ip), next(ip), list(ip))
try: next(weakref.proxy(n))
except TypeError as e: print(e)
d = {"k": 1}
class D(dict): pass
dd = D(k=1); dp = weakref.proxy(dd); dp["z"] = 2; print(sorted(dd), dp["k"], "z" in dp, len(dp))
kp = weakref.proxy(n); print(weakref.getweakrefcount(n) >= 1, weakref.proxy(n) is kp, weakref.proxy(n, lambda r: None) is kp)
try: setattr(p, "w", 3); print(n.w); delattr(p, "w"); print(hasattr(n, "w"))
except Exception as e: print(type(e).__name__, e)
print(weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType), weakref.CallableProxyType.__name__)
