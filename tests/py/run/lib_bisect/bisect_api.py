import bisect, _bisect
from bisect import bisect_left, bisect_right, insort, insort_left, insort_right
print(bisect.bisect is _bisect.bisect_right)
a = [1, 2, 2, 2, 3, 5]
print(bisect_left(a, 2), bisect_right(a, 2), bisect.bisect(a, 4), bisect_left(a, 0), bisect_right(a, 9))
print(bisect_left(a, 2, 2), bisect_right(a, 2, 0, 2), bisect_left(a, 2, hi=1), bisect_right(a, 2, lo=4))
insort(a, 4); insort_left(a, 2); insort_right(a, 0); print(a)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect_left(recs, 3, key=lambda r: r[1]), bisect_right(recs, 3, key=lambda r: r[1]))
insort(recs, ("x", 4), key=lambda r: r[1]); print(recs)
insort_left(recs, ("y", 3), key=lambda r: r[1]); print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
try: bisect_left(a, 1, -1)
except ValueError as e: print(e)
try: bisect_left(a)
except TypeError as e: print(type(e).__name__)
try: bisect_left([1, "a"], 2)
except TypeError as e: print(e)
class Seq:
    def __init__(self, d): self.d = d
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
    def insert(self, i, x): self.d.insert(i, x)
s = Seq([1, 3, 5]); print(bisect_left(s, 4)); insort(s, 4); print(s.d)
print(bisect_right("abcde", "c"), bisect_left(range(0, 100, 5), 42))
