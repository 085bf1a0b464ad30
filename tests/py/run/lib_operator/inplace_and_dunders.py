import operator
class Acc:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): self.v += o; return self
    def __add__(self, o): return Acc(self.v + o)
    def __repr__(self): return f"Acc({self.v})"
a = Acc(1); b = operator.iadd(a, 5); print(a, b is a)
c = Acc(1); print(operator.add(c, 2) is c, c)
print(operator.iadd(3, 4), operator.iadd("ab", "c"), operator.iadd((1,), (2,)))
lst = [1]; r = operator.imul(lst, 2); print(r is lst, lst)
s = {1}; r = operator.ior(s, {2}); print(r is s, s); r = operator.iand(s, {2}); print(s); operator.ixor(s, {3}); print(s)
print(operator.isub(10, 3), operator.itruediv(7, 2), operator.ifloordiv(7, 2), operator.imod(7, 4), operator.ipow(3, 3))
print(operator.ilshift(1, 3), operator.irshift(16, 2), operator.iand(12, 10), operator.ior(12, 3), operator.ixor(12, 5))
print(operator.iconcat([1], [2]), operator.concat((1,), (2,)))
try: operator.iconcat(1, [2])
except TypeError as e: print(e)
try: operator.iadd([1], 2)
except TypeError as e: print(e)
try: operator.isub("a", "b")
except TypeError as e: print(e)
print(operator.__add__ is operator.add, operator.__iadd__ is operator.iadd, operator.__not__(1), operator.__inv__(0))
print(operator.__getitem__([5, 6], 1), operator.__contains__({1}, 1), operator.__abs__(-2.5), operator.__index__(True))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return "custom-lt"
print(operator.lt(Cmp(1), Cmp(2)), operator.gt(Cmp(1), Cmp(2)))
try: operator.lt(1, "a")
except TypeError as e: print(e)
print(operator.eq(1, 1.0), operator.ne([1], [1]), operator.is_(1, True), operator.truth(Cmp(0)))
print(operator.neg(True), operator.pos(False), operator.abs(-3 + 4j), operator.neg(2**70))
