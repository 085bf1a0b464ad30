# list.sort makes CPython's comparisons in CPython's order (timsort/powersort with galloping): the
# comparison log, results under inconsistent orderings (NaN), the list left behind when __lt__ raises
# mid-sort, "list modified during sort", and the direct compares for int/float/str/tuple keys.


def lcg(seed):
    state = [seed]

    def below(n):
        state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
        return (state[0] >> 8) % n

    return below


log = []


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "K(%r)" % (self.v,)


def checksum(pairs):
    h = 0
    for a, b in pairs:
        h = (h * 1000003 + a * 7919 + b) % (1 << 61)
    return h


below = lcg(42)
shapes = {
    "random": lambda n: [below(n) for _ in range(n)],
    "few": lambda n: [below(4) for _ in range(n)],
    "ascending": lambda n: list(range(n)),
    "descending": lambda n: list(range(n, 0, -1)),
    "desc_eq": lambda n: [i // 3 for i in range(n, 0, -1)],
    "sawtooth": lambda n: [i % 97 for i in range(n)],
    "runs": lambda n: [(i // 50) * 1000 + (i * 37) % 50 if (i // 50) % 2 else -i for i in range(n)],
    "nearly": lambda n: [i if below(10) else below(n) for i in range(n)],
}
for name, make in shapes.items():
    for n in (2, 3, 63, 64, 65, 300, 2000):
        data = make(n)
        log.clear()
        ks = [K(v) for v in data]
        ks.sort()
        assert [k.v for k in ks] == sorted(data)
        c1 = (len(log), checksum(log))
        log.clear()
        ks = [K(v) for v in data]
        ks.sort(reverse=True)
        c2 = (len(log), checksum(log))
        log.clear()
        sorted(data, key=K)
        c3 = (len(log), checksum(log))
        print(name, n, c1, c2, c3)

# inconsistent orderings: NaNs make `<` no total order; the result depends on the algorithm
nan = float("nan")
below = lcg(7)
for n in (10, 70, 500):
    xs = [nan if below(5) == 0 else float(below(100)) for _ in range(n)]
    r = sorted(xs)
    print(n, [x if x == x else "nan" for x in r[:30]], sum(1 for x in r if x != x))
    t = sorted([(x, i) for i, x in enumerate(xs)])
    print([i for _, i in t[:30]])


class Flaky:
    """__lt__ answers by a fixed pseudo-random stream: CPython's algorithm decides the result."""

    stream = lcg(99)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return Flaky.stream(3) == 0


for n in (5, 40, 200):
    Flaky.stream = lcg(n)
    print([f.v for f in sorted(Flaky(i) for i in range(n))][:40])


# __lt__ raising after some comparisons leaves a permutation of the list, as CPython does
class Bomb:
    left = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Bomb.left -= 1
        if Bomb.left < 0:
            raise RuntimeError("boom")
        return self.v < other.v


below = lcg(5)
for n, after in ((10, 5), (70, 100), (70, 300), (300, 1000), (300, 2000)):
    data = [below(1000) for _ in range(n)]
    for rev in (False, True):
        items = [Bomb(v) for v in data]
        Bomb.left = after
        try:
            items.sort(reverse=rev)
            print("sorted")
        except RuntimeError as e:
            print(e, [b.v for b in items][:25], sorted(b.v for b in items) == sorted(data))
        items = [Bomb(v) for v in data]
        Bomb.left = after
        try:
            items.sort(key=lambda b: b, reverse=rev)
        except RuntimeError as e:
            print(e, [b.v for b in items][:25])


# a key function raising leaves the list untouched
def bad_key(x):
    if x == 3:
        raise ValueError("bad key")
    return -x


xs = [5, 1, 4, 3, 2]
try:
    xs.sort(key=bad_key, reverse=True)
except ValueError as e:
    print(e, xs)

# mutation during the sort
xs = [3, 1, 2, 5, 4]


def grow(x):
    xs.append(x)
    return x


try:
    xs.sort(key=grow)
except ValueError as e:
    print(e, xs)


class Mut:
    def __init__(self, v, target):
        self.v = v
        self.target = target

    def __lt__(self, other):
        self.target.append(0)
        self.target.clear()
        return self.v < other.v


holder = []
ys = [Mut(v, holder) for v in (4, 2, 3, 1)]
holder_list = ys
for m in ys:
    m.target = holder_list
try:
    ys.sort()
except ValueError as e:
    print(e, [m.v for m in ys])


class SeesEmpty:
    seen = []

    def __init__(self, v, owner):
        self.v = v
        self.owner = owner

    def __lt__(self, other):
        SeesEmpty.seen.append(len(self.owner))
        return self.v < other.v


zs = []
zs.extend(SeesEmpty(v, zs) for v in (3, 1, 2))
zs.sort()
print([z.v for z in zs], set(SeesEmpty.seen))

# the direct compares: ints (with bigints), floats, strs (with astral characters), tuples
big = [10**30, -(10**30), 5, 2**53 + 1, 2**53, -3, 0, 2**63, -(2**63)]
print(sorted(big), sorted(big, reverse=True))
print(sorted([True, 2, False, 1, -1, 1]), sorted([1.5, 1, True, 0.5, 2**60]))
print(sorted([2.5, -0.0, 0.0, -1e300, 1e-300, float("inf"), float("-inf")]))
words = ["b", "a\U0001f600", "a\uffff", "a", "", "\U0001f600", "\uffee", "ab"]
print([ascii(w) for w in sorted(words)])
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), (0, "z", 1), (-1, 2)]))
print(sorted([(2, [1]), (1, "x"), (2, [0])]), sorted([((1, 2), 3), ((1, 1), 4), ((0,), 5)]))
print(sorted([(1.5, "a"), (0.5, "b"), (1.5, "0")]), sorted([("b", 2), ("a", 3), ("b", 1)]))


class MyInt(int):
    def __lt__(self, other):
        return int(self) > int(other)  # reversed order


print(sorted([MyInt(1), MyInt(3), MyInt(2)]), sorted([1, MyInt(3), 2]))
print(sorted([(MyInt(1), 0), (MyInt(3), 1), (MyInt(2), 2)]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
try:
    sorted([(1, 2), (1, "a")])
except TypeError as e:
    print(e)
try:
    sorted([(1, 2), ("a", 2)])
except TypeError as e:
    print(e)
