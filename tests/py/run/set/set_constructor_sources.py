# set(iterable) from each kind of source: tuples, lists (also one that a key's __hash__ grows or shrinks
# while the set is built), generators, strings, dicts, other sets; the argument checks of set(); sets
# built by a subclass; iteration order of small int sets as tables grow.
print(sorted(set((3, 1, 2, 3))), sorted(set([5, 5, 4])), sorted(set("abca")), sorted(set({"k": 1, "j": 2})))
print(set(range(20)), set([x * 7 % 23 for x in range(12)]), set((i * i for i in range(10))))
print(set(), set(()), set([]), len(set(frozenset([1, 2]))))

lst = [1, 2, 3]


class Grow:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        if len(lst) < 8:
            lst.append(len(lst) + 10)
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Grow) and other.v == self.v

    def __repr__(self):
        return f"Grow({self.v})"


lst.append(Grow(0))
s = set(lst)
print(len(s), sorted(x for x in s if isinstance(x, int)), lst[-1])

lst2 = [1, 2]


class Shrink:
    def __hash__(self):
        del lst2[:]
        return 7


lst2[1:1] = [Shrink()]
print(len(set(lst2)), lst2)

# unhashable items, errors and tuples holding lists
for bad in ([1, [2]], ([],), [{}]):
    try:
        set(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    set((1, [2]))
except TypeError as e:
    print(e)
try:
    set([1], [2])
except TypeError as e:
    print(e)
try:
    set(iterable=[1])
except TypeError as e:
    print(e)
try:
    set(5)
except TypeError as e:
    print(e)


class MySet(set):
    def __init__(self, it=(), extra=0):
        super().__init__(it)
        self.extra = extra


m = MySet((1, 2), extra=5)
print(type(m).__name__, sorted(m), m.extra, type(set(m)).__name__, sorted(set(m)))
# equal but distinct keys: the first one stays
a, b = 1, 1.0
print(set([a, b, True]), set((b, a)), set([0, -0.0, False]))
