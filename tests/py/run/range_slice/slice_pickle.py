# slices pickle and copy: __reduce__ is (slice, (start, stop, step))
import copy, pickle
for s in (slice(1, 10, 2), slice(None, 5), slice("a", [1], None)):
    print(s.__reduce__(), pickle.loads(pickle.dumps(s)) == s, copy.copy(s) == s, copy.deepcopy(s) == s)
s = slice([1], None)
d = copy.deepcopy(s)
print(d.start == s.start, d.start is s.start)
