# min()/max() take one item at a time: the key of each item is computed as the item is reached, so a
# generator with side effects and the key function interleave; an error mid-way leaves the rest unread.
log = []


def gen(n):
    for i in range(n):
        log.append(f"yield {i}")
        yield i


def key(x):
    log.append(f"key {x}")
    return x % 3


print(max(gen(4), key=key), log)
log.clear()
print(min(gen(4), key=key), log)
log.clear()

# ties keep the first item for both
print(max([3, 0, 6], key=key), min([1, 4, 7], key=lambda x: x % 3))


def bad_key(x):
    if x == 2:
        raise ValueError("bad item")
    return x


g = gen(5)
try:
    max(g, key=bad_key)
except ValueError as e:
    print(e, log, list(g))
log.clear()

# comparison failing half-way through a generator
g = gen(5)
try:
    min((x if x != 3 else "s" for x in g))
except TypeError as e:
    print(e, list(g))
log.clear()

# key=None, default with an empty generator, default not used
print(max(gen(3), key=None), min(gen(0), default="empty"), max(gen(2), default=9))
# several positional arguments with a key function: keys in argument order
print(max("bb", "a", "ccc", key=lambda s: (log.append(s), len(s))[1]), log)
log.clear()
# callables of every kind as keys: builtin, bound method, class, callable instance, a function with defaults


class Neg:
    def __call__(self, x):
        return -x


class Box:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return f"Box({self.v})"


def scaled(x, factor=2):
    return x * factor


d = {1: 30, 2: 10, 3: 20}
print(max([1, 2, 3], key=d.get), min([-5, 3, -1], key=abs), max([2, 1, 3], key=Box), min([1, 2, 3], key=Neg()))
print(max([1, 3, 2], key=scaled), min(range(10), key=lambda x, y=5: abs(x - y)))
try:
    max([1, 2], key=lambda: 0)
except TypeError as e:
    print(e)
try:
    min([1, 2], key=lambda a, b: 0)
except TypeError as e:
    print(e)
# the same through sorted(), map() and filter()
print(sorted([3, 1, 2], key=Neg()), list(map(scaled, [1, 2])), list(filter(lambda x, y=1: x > y, [0, 1, 2, 3])))
