# deque pickling: iterators (fresh and running), subclasses with __slots__ and __dict__, a subclass whose
# __iter__ fails, recursive deques; remove() when a comparison mutates the deque.
import copy
import pickle
from collections import deque

orig = deque(range(6))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    it = iter(orig)
    next(it)
    it2, d = pickle.loads(pickle.dumps((it, orig), proto))
    d[3] = "three"
    print(proto, type(it2).__name__, list(it2), list(it))
r = reversed(orig)
next(r)
print(type(r), type(r).__reduce__(r)[1][1], list(r))
try:
    pickle.dumps(reversed(orig))  # collections does not export _deque_reverse_iterator
except pickle.PicklingError as exc:
    print("PicklingError", exc)


class WithSlots(deque):
    __slots__ = ("x", "y", "__dict__")


class BadIter(deque):
    def __iter__(self):
        raise TypeError("no iteration")


for d in WithSlots("abc"), WithSlots("abcde", maxlen=4):
    d.x = ["x"]
    d.z = ["z"]
    e = pickle.loads(pickle.dumps(d))
    print(type(e).__name__, list(e), e.maxlen, e.x, e.z, hasattr(e, "y"))
    c = copy.copy(d)
    print(type(c).__name__, list(c))
try:
    pickle.dumps(BadIter("ab"))
except TypeError as exc:
    print("TypeError", exc)

d = deque("abc", 5)
d.append(d)
e = pickle.loads(pickle.dumps(d))
print(e[-1] is e, e.maxlen, list(e)[:3])


class MutateCmp:
    def __init__(self, deque, result):
        self.deque = deque
        self.result = result

    def __eq__(self, other):
        self.deque.clear()
        return self.result


for match in (True, False):
    d = deque(["ab"])
    d.extend([MutateCmp(d, match), "c"])
    try:
        d.remove("c")
    except IndexError as exc:
        print("IndexError", exc, d)
