from collections import deque
import copy

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.maxlen)
print(d.pop(), d.popleft(), d)
d.extend("ab"); d.extendleft([9, 8])
print(d, d.count(1), d.index(2), d.index("a", 2, 6))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.reverse(); print(d)
d.insert(1, "x"); d.remove(9); print(d)
del d[0]; d[0] = "y"; print(d, "y" in d, 100 in d)
try: d.index(100)
except ValueError as e: print(type(e).__name__, e)
try: d.remove(100)
except ValueError as e: print(type(e).__name__, e)
e = deque()
for meth in (e.pop, e.popleft):
    try: meth()
    except IndexError as ex: print(type(ex).__name__, ex)
try: d[10]
except IndexError as ex: print(ex)
try: d["a"]
except TypeError as ex: print(ex)

m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(5); print(m)
m.appendleft(-1); print(m)
m.extend([7, 8]); print(m)
try: m.insert(0, 1)
except IndexError as ex: print(ex)
try: deque([], -1)
except ValueError as ex: print(ex)
z = deque([1, 2], maxlen=0); z.append(3); print(z)

r = deque([1]); r.append(r); print(r)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1]) == [1], deque([2]) >= deque([1, 5]))
print(deque("ab") + deque("cd"), deque("ab") * 2, 2 * deque([0]), deque([1, 2], maxlen=3) * 2)
try: deque() + [1]
except TypeError as ex: print(ex)
q = deque([1, 2]); q += [3]; q *= 2; print(q)
c = q.copy(); c.append(99); print(q, c, copy.copy(q) == q, copy.deepcopy(deque([[1]])))
print(q.__reduce__()[0].__name__, q.__reduce__()[1], deque([1], maxlen=4).__reduce__()[1])

print(list(reversed(deque("abc"))), list(iter(deque("abc"))))
it = iter(q)
next(it); q.append(1)
try: next(it)
except RuntimeError as ex: print(ex)
print(bool(deque()), bool(deque([0])), deque[int])
class MyDeque(deque):
    pass
md = MyDeque([1, 2], maxlen=4); md.attr = 1
print(md, type(md.copy()).__name__, md.copy().maxlen, md.attr)
try: hash(deque())
except TypeError as ex: print(ex)
d = deque(range(100))
d.rotate(37); print(d[0], d[-1], sum(d))
for i in range(60): d.popleft()
d.extendleft(range(10)); print(len(d), d[0], d[9], d[10])
d.clear(); print(d, len(d))
import collections.abc
print(isinstance(deque(), collections.abc.MutableSequence))
match deque([1, 2]):
    case [a, b]: print("seq", a, b)
print(deque(iterable=[1], maxlen=2))
