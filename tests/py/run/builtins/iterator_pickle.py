# Builtin iterators pickle and copy: __reduce__ names iter/reversed (or the type) with the sequence and
# an index, __setstate__ restores the position (CPython's listiter_reduce_general, iter_reduce, ...).
import pickle, copy
def rt(it):
    return [list(pickle.loads(pickle.dumps(it, p))) for p in (0, 2, 5)][0]
t = (1, 2, 3); it = iter(t); next(it); print(rt(it), it.__reduce__()[2], list(copy.copy(it)))
s = "ab\U0001f600cd"; it = iter(s); next(it); next(it); next(it); print(rt(it), it.__reduce__())
it.__setstate__(1); print(list(it), it.__reduce__())
b = b"xyz"; it = iter(b); next(it); print(rt(it), type(it).__name__, it.__reduce__()[1:], it.__length_hint__())
ba = bytearray(b"xyz"); it = iter(ba); print(type(it).__name__, rt(it)); list(it); print(it.__reduce__()[1])
r = iter(range(3, 20, 4)); next(r); print(rt(r), r.__reduce__()[1:])
r.__setstate__(2); print(list(r))
r = iter(range(2**64, 2**64 + 10, 3)); next(r); print(type(r).__name__, rt(r), r.__reduce__()[1:])
r.__setstate__(1); print(list(r))
try: r.__setstate__(1.0)
except TypeError as e: print(e)
try: iter(range(3)).__setstate__("")
except TypeError as e: print(e)
print(rt(reversed(range(5))))
st = {1, 2, 3}; it = iter(st); next(it); print(sorted(rt(it)), len(list(it)))
d = {"a": 1, "b": 2, "c": 3}
for m in (d.keys, d.values, d.items):
    it = iter(m()); next(it); print(rt(it), rt(reversed(m())))
e = enumerate("abc", 5); next(e); print(rt(e), e.__reduce__()[0])
rv = reversed((1, 2, 3)); next(rv); print(rt(rv), rv.__reduce__()); list(rv); print(rv.__reduce__(), rv.__length_hint__())
z = zip([1, 2], "ab", strict=True); print(rt(z), z.__reduce__()[0], len(z.__reduce__()))
m = map(abs, [-1, -2]); print(rt(m), m.__reduce__()[1][0])
f = filter(None, [0, 1, 2, 0]); print(rt(f))
class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * 10
it = iter(Seq()); next(it); print(rt(it), it.__reduce__()[2], it.__length_hint__() if hasattr(Seq, "__len__") else "-")
it.__setstate__(-42); print(next(it))
list(it); print(it.__reduce__()[1])
c = [0]
def f():
    c[0] += 1
    return c[0]
ci = iter(f, 4); print(ci.__reduce__()[1][1], list(ci), ci.__reduce__()[1])
print(list(pickle.loads(pickle.dumps(iter([1, 2, 3])))))

# generic aliases iterate to their starred form, which pickles as next(iter(alias))
print(*tuple[int], [*tuple[int]], list[int])
a = [*tuple[int, str]][0]
print(a, a.__unpacked__, a.__typing_unpacked_tuple_args__, tuple[int].__unpacked__, tuple[int].__typing_unpacked_tuple_args__)
print(a == tuple[int, str], a == [*tuple[int, str]][0])
print(pickle.loads(pickle.dumps(list[int])), copy.copy(dict[str, int]), pickle.loads(pickle.dumps(a)))
print(list[int].__reduce__())
it = iter(list[int]); print(it.__reduce__()); next(it); print(it.__reduce__())

# iter(callable, sentinel): a call that exhausts its own iterator ends the iteration (gh-101892), and
# the sentinel is compared as `sentinel == value`
def spam():
    if spam.inner:
        return 2
    spam.inner = True
    list(spam.it)
    return 1
spam.inner = False
spam.it = iter(spam, 2)
print(list(spam.it))
class Sentinel:
    def __eq__(self, other):
        print("Sentinel.__eq__", other)
        return other == 3
vals = iter([1, 2, 3, 4])
print(list(iter(lambda: next(vals), Sentinel())))
