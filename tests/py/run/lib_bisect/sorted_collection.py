from bisect import bisect_left, bisect_right, insort
import bisect
class SortedList:
    def __init__(self, it=()): self.items = sorted(it)
    def add(self, x): insort(self.items, x)
    def count_range(self, lo, hi): return bisect_right(self.items, hi) - bisect_left(self.items, lo)
    def find_le(self, x):
        i = bisect_right(self.items, x)
        if i: return self.items[i - 1]
        raise ValueError("none")
    def find_ge(self, x):
        i = bisect_left(self.items, x)
        if i != len(self.items): return self.items[i]
        raise ValueError("none")
s = SortedList([5, 1, 9, 3])
for x in [4, 4, 10, 0]: s.add(x)
print(s.items, s.count_range(3, 5), s.find_le(6), s.find_ge(6))
try: s.find_ge(11)
except ValueError as e: print(e)
words = sorted(["pear", "apple", "fig", "banana"], key=len)
bisect.insort(words, "kiwi", key=len); bisect.insort_left(words, "plum", key=len); print(words)
print(bisect.bisect_left([1.0, 2.5, 2.5, 4], 2.5), bisect.bisect_right([1.0, 2.5, 2.5, 4], 2.5, 0, 2))
data = [("b", 2), ("a", 1), ("c", 3)]; data.sort(key=lambda r: r[1])
keys = [r[1] for r in data]; print(data[bisect_left(keys, 2)])
print(bisect.bisect_left(["a", "c", "e"], "d"), bisect.bisect_right(("x", "y"), "x"), bisect.bisect(b"ace", ord("c")))
import random
rng = random.Random(7); lst = []
for _ in range(200): insort(lst, rng.randrange(100))
print(lst == sorted(lst), len(lst), bisect_left(lst, 50) <= bisect_right(lst, 50))
try: bisect.bisect_right([1, 2], 1, 0, "x")
except TypeError as e: print(e)
try: bisect.insort((1, 2), 3)
except AttributeError as e: print(type(e).__name__)
print(bisect.bisect_left([], 1), bisect.bisect_right([1, 1, 1], 1, hi=2), bisect.bisect_left([1, 2, 3], 2, key=None))
