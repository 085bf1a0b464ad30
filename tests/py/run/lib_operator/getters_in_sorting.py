from operator import itemgetter, attrgetter, methodcaller, add, mul, neg, not_, getitem
from collections import namedtuple
import operator
Emp = namedtuple("Emp", "name dept salary")
staff = [Emp("ann", "eng", 120), Emp("bob", "ops", 90), Emp("cid", "eng", 100), Emp("dee", "ops", 90)]
print([e.name for e in sorted(staff, key=attrgetter("dept", "salary"))])
print([e.name for e in sorted(staff, key=itemgetter(2, 0), reverse=True)])
print(max(staff, key=attrgetter("salary")).name, min(staff, key=itemgetter(1, 2)).name)
print(list(map(itemgetter(0), staff)), list(map(methodcaller("upper"), ["a", "b"])))
print(list(map(add, [1, 2], [10, 20])), list(map(mul, "ab", [2, 3])), list(map(neg, [1, -2])), list(filter(not_, [0, 1, "", "x"])))
rows = [{"k": 3, "v": "c"}, {"k": 1, "v": "a"}, {"k": 2, "v": "b"}]
print([r["v"] for r in sorted(rows, key=itemgetter("k"))], itemgetter("k", "v")(rows[0]))
print(itemgetter(slice(1, 3))("abcd"), itemgetter(-1)([1, 2, 3]), attrgetter("real", "imag")(3 + 4j))
class Node:
    def __init__(self, v, nxt=None): self.v, self.nxt = v, nxt
chain = Node(1, Node(2, Node(3)))
print(attrgetter("nxt.nxt.v")(chain), attrgetter("v", "nxt.v")(chain))
try: itemgetter(5)([1])
except IndexError as e: print("IndexError", e)
try: attrgetter("nxt.nxt.nxt.v")(chain)
except AttributeError as e: print("AttributeError", e)
mc = methodcaller("replace", "a", "o", 1); print(mc("banana"), mc)
print(methodcaller("count", "a")("banana"), methodcaller("__len__")([1, 2]))
ig = itemgetter(1); ag = attrgetter("x"); print(type(ig).__name__, ig == itemgetter(1), ig.__class__.__module__)
try: ig(1, 2)
except TypeError as e: print(e)
try: ig(x=1)
except TypeError as e: print(e)
class Mat:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return self.v * o.v
    def __imatmul__(self, o): self.v *= o.v; return self
print(operator.matmul(Mat(2), Mat(3)), operator.imatmul(Mat(2), Mat(5)).v)
print(operator.truediv(1, 4), operator.floordiv(-7, 2), operator.mod(-7, 2), operator.pow(2, -1), operator.lshift(3, 70))
print(operator.countOf([None, None, 1], None), operator.indexOf((3, 4, 3), 3), operator.contains("team", "i"))
print(operator.length_hint(x for x in []), operator.length_hint(range(3), 10), operator.length_hint(iter({1: 2})))
