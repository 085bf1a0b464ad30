import numbers, collections.abc as cabc
from fractions import Fraction
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1j, numbers.Complex), isinstance(True, numbers.Number))
print(isinstance(1.5, numbers.Integral), issubclass(complex, numbers.Real), isinstance(Fraction(1, 2), numbers.Rational))
class MyInt(numbers.Integral):
    pass
try: MyInt()
except TypeError as e: print(str(e)[:60])
types = [list, tuple, dict, set, frozenset, str, bytes, bytearray, range, type({}.keys()), type(iter([]))]
abcs = [cabc.Iterable, cabc.Iterator, cabc.Sequence, cabc.MutableSequence, cabc.Mapping, cabc.MutableMapping,
        cabc.Set, cabc.MutableSet, cabc.Sized, cabc.Container, cabc.Hashable, cabc.Collection, cabc.Reversible]
for t in types:
    print(t.__name__.ljust(14), "".join("X" if issubclass(t, a) else "." for a in abcs))
def g(): yield 1
async def co(): pass
print(isinstance(g(), cabc.Generator), isinstance(g(), cabc.Iterator), issubclass(type(co), cabc.Callable))
c = co(); print(isinstance(c, cabc.Coroutine), isinstance(c, cabc.Awaitable)); c.close()
class Bag(cabc.MutableSet):
    def __init__(self, it=()): self.d = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.d
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def add(self, x):
        if x not in self.d: self.d.append(x)
    def discard(self, x):
        if x in self.d: self.d.remove(x)
b = Bag("abc"); b |= {"d"}; b -= {"a"}
print(sorted(b), b <= Bag("bcdz"), b.isdisjoint("xyz"), sorted(b & {"b", "q"}), b.pop() in "bcd", len(b))
class Reg: pass
cabc.Sequence.register(Reg)
print(issubclass(Reg, cabc.Sequence), issubclass(Reg, cabc.Iterable), issubclass(Reg, cabc.Mapping))
class DictLike(cabc.Mapping):
    def __getitem__(self, k): return k * 2
    def __iter__(self): return iter(range(3))
    def __len__(self): return 3
dl = DictLike(); print(dict(dl), list(dl.items()), dl.get(5), 1 in dl, dl.keys() == {0, 1, 2})
print(cabc.Set._hash(frozenset()) == cabc.Set._hash(frozenset()), cabc.Buffer)
