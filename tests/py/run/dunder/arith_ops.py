class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x})"
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __sub__(self, o): return V(self.x - o.x)
    def __mul__(self, k): return V(self.x * k)
    def __truediv__(self, k): return V(self.x / k)
    def __floordiv__(self, k): return V(self.x // k)
    def __mod__(self, k): return V(self.x % k)
    def __pow__(self, k, mod=None): return V(pow(self.x, k, mod))
    def __matmul__(self, o): return self.x * o.x
    def __lshift__(self, k): return V(self.x << k)
    def __rshift__(self, k): return V(self.x >> k)
    def __and__(self, k): return V(self.x & k)
    def __or__(self, k): return V(self.x | k)
    def __xor__(self, k): return V(self.x ^ k)
    def __divmod__(self, k): return divmod(self.x, k)
    def __neg__(self): return V(-self.x)
    def __pos__(self): return V(+self.x)
    def __abs__(self): return V(abs(self.x))
    def __invert__(self): return V(~self.x)
a, b = V(7), V(3)
print(a + b, a + 1, a - b, a * 2, a / 2, a // 2, a % 4, a ** 2, pow(a, 2, 5), a @ b)
print(a << 2, a >> 1, a & 3, a | 8, a ^ 1, divmod(a, 2), -a, +a, abs(V(-4)), ~a)
