import operator, _operator
from operator import attrgetter, itemgetter, methodcaller
print(operator.add is _operator.add, type(operator.add).__name__)
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_([]), operator.truth([1]), operator.is_(None, None), operator.is_not(1, None), operator.is_none(None), operator.is_not_none(0))
print(operator.abs(-3), operator.neg(5), operator.pos(-2), operator.inv(5), operator.invert(0), operator.index(7))
print(operator.add(1, 2), operator.sub(5, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 5), operator.rshift(64, 2))
l = [1]; print(operator.iadd(l, [2]) is l, l, operator.iconcat([1], (2,)), operator.imul([0], 3), operator.isub(5, 2), operator.ipow(2, 3))
print(operator.concat("ab", "cd"), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
d = {}; operator.setitem(d, "k", 1); print(operator.getitem(d, "k")); operator.delitem(d, "k"); print(d)
print(operator.length_hint([1, 2]), operator.length_hint(iter(range(5))), operator.length_hint(object(), 7))
print(operator.call(max, 1, 5, key=lambda x: -x))
for bad in [lambda: operator.neg("s"), lambda: operator.abs("s"), lambda: operator.add(1, "a"), lambda: operator.concat(1, 2),
            lambda: operator.index(1.5), lambda: operator.indexOf([1], 5), lambda: operator.add(1), lambda: operator.inv("x")]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
class Name:
    def __init__(self, f, l): self.first, self.last = f, l
class Person:
    def __init__(self): self.name = Name("Ada", "Lovelace"); self.age = 36
p = Person()
g = attrgetter("name.first"); print(g(p), attrgetter("age", "name.last")(p), repr(g), repr(attrgetter("a", "b.c")))
try: attrgetter(1)
except TypeError as e: print(e)
try: attrgetter("missing")(p)
except AttributeError as e: print(e)
ig = itemgetter(1); print(ig([5, 6]), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 3}), repr(itemgetter(1, "a")))
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=itemgetter(1)))
mc = methodcaller("split", ",", maxsplit=1); print(mc("a,b,c"), repr(mc), repr(methodcaller("upper")), methodcaller("upper")("x"))
try: methodcaller(1)
except TypeError as e: print(e)
print(ig.__reduce__(), g.__reduce__(), methodcaller("f", 1).__reduce__())
r = methodcaller("split", ",", maxsplit=1).__reduce__()
print(type(r[0]).__name__, r[1], r[0](*r[1])("a,b,c"))
print(_operator._compare_digest(b"abc", b"abc"), _operator._compare_digest("ab", "ac"), _operator._compare_digest(b"a", bytearray(b"a")))
try: _operator._compare_digest(1, 2)
except TypeError as e: print(e)
print(operator.__lt__ is operator.lt, operator.matmul.__name__, operator.itemgetter.__module__)
import hmac
print(hmac.compare_digest("x", "x"))
