# Subclasses of the subclassable native iterators (enumerate, zip, map, filter, itertools) have a __dict__
# and honour __slots__; iterator types that cannot be instantiated refuse calls and object.__new__; nonempty
# __slots__ on int/tuple/bytes subclasses are refused; reversed() of a subclass still uses __reversed__.
import itertools

cases = [
    (enumerate, ([],)),
    (zip, ()),
    (map, (len, [])),
    (filter, (None, [])),
    (itertools.count, ()),
    (itertools.chain, ()),
    (itertools.islice, ([], 1)),
    (itertools.repeat, (1,)),
    (itertools.accumulate, ([],)),
]
for base, args in cases:
    class WithDict(base):
        pass

    class WithSlots(base):
        __slots__ = ("a",)

    o = WithDict(*args)
    o.attr = 1
    s = WithSlots(*args)
    try:
        s.a
    except AttributeError as e:
        unset = str(e)
    s.a = 5
    try:
        s.b = 1
        extra = "set"
    except AttributeError as e:
        extra = str(e)
    del s.a
    try:
        del s.a
    except AttributeError as e:
        again = str(e)
    print(base.__name__, o.__dict__, hasattr(s, "__dict__"), unset, "|", extra, "|", again)


class E(enumerate):
    def __init__(self, it, start=0):
        self.seen = 0

    def __next__(self):
        self.seen += 1
        return super().__next__()


e = E("ab", 1)
print(list(e), e.seen, vars(e))

for obj in [iter([]), iter(()), iter(range(3)), iter({}), iter({}.values()), iter({}.items()), reversed({}),
            iter(set()), iter(b""), iter(bytearray()), reversed([]), iter(int, 1), {}.keys(), {}.items(),
            (x for x in ()), len, [].append, str.join]:
    t = type(obj)
    out = [t.__name__, bool(t.__flags__ & (1 << 7))]
    for make in (lambda: t(), lambda: object.__new__(t)):
        try:
            make()
            out.append("made")
        except TypeError as e:
            out.append(str(e))
    print(*out)

for t in (enumerate, zip, map, dict, list, int):
    try:
        object.__new__(t)
        print(t.__name__, "made")
    except TypeError as e:
        print(e)


class MyInt(int):
    pass


try:
    object.__new__(MyInt)
except TypeError as e:
    print(e)


class Plain:
    def __new__(cls):
        return object.__new__(cls)


class Child(Plain):
    pass


print(type(Child()).__name__, type(object.__new__(Child)).__name__)

for base in (int, tuple, bytes):
    for slots in [(), ("a",), ("__dict__",)]:
        try:
            type("T", (base,), {"__slots__": slots})
            print(base.__name__, slots, "ok")
        except TypeError as e:
            print(base.__name__, slots, e)


class MyTuple(tuple):
    pass


try:
    class X(MyTuple):
        __slots__ = ("a",)
except TypeError as e:
    print(e)

for base, args in [(list, ()), (dict, ()), (set, ()), (float, ()), (frozenset, ())]:
    class S(base):
        __slots__ = ("a",)
    x = S(*args)
    x.a = 3
    print(base.__name__, x.a, hasattr(x, "__dict__"))


class R(reversed):
    pass


r = R([1, 2])
print(type(r).__name__, list(r))


class Seq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError
        return i * 10


r = R(Seq())
r.tag = "t"
print(type(r).__name__, r.tag, list(r))
