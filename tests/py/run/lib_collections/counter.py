from collections import Counter
import _collections
c = Counter()
_collections._count_elements(c, "hello world")
print(sorted(c.items()))
d = {}
_collections._count_elements(d, [1, 2, 1, 3, 1])
print(d)
class Logged(dict):
    def __setitem__(self, k, v):
        print("set", k, v); super().__setitem__(k, v)
_collections._count_elements(Logged(), "aba")
words = "the quick brown fox jumps over the lazy dog the end".split()
wc = Counter(words)
print(wc.most_common(2), wc["the"], wc["cat"], len(wc), wc.total())
print(sorted(Counter("abracadabra").elements()))
c1 = Counter(a=3, b=1, c=0, d=-2)
print(+c1, -c1, c1 + Counter(), sorted(c1))
c1["e"] += 1; del c1["a"]; print(c1)
print(Counter("aab") < Counter("aabb"), Counter("ab") <= Counter("ab"), Counter(a=1) == Counter(a=1, b=0))
c2 = Counter(a=1); c2.update(a=2, b=1); c2.subtract(["a", "c"]); print(c2)
c3 = Counter("abc"); c3 |= Counter("bcd"); print(sorted(c3.items())); c3 &= Counter("cc"); print(c3)
c4 = Counter(x=5); c4 -= Counter(x=2, y=1); print(c4); c4 += Counter(y=3); print(c4)
print(Counter({"a": 2, "b": 2, "c": 1}).most_common(), Counter("zzzyx").most_common(1))
print(repr(Counter(b=1, a=2)), Counter(a=1).copy(), Counter.fromkeys if hasattr(Counter, "fromkeys") else None)
try: Counter.fromkeys("ab")
except NotImplementedError as e: print("NotImplementedError", e)
print(Counter(iter([1, 1.0, True])))
