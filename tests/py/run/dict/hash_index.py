# Hashed (non-str) keys: calls of user __hash__/__eq__ (number and order), collisions, deletion and
# reinsertion through many table sizes, equal keys of different types, NaN, -1/-2, tuple keys.
log = []


class K:
    def __init__(self, v, h=1):
        self.v = v
        self.h = h

    def __hash__(self):
        log.append(("hash", self.v))
        return self.h

    def __eq__(self, other):
        log.append(("eq", self.v, getattr(other, "v", other)))
        return isinstance(other, K) and self.v == other.v

    def __repr__(self):
        return "K(%r)" % (self.v,)


def show(label):
    print(label, log)
    log.clear()


d = {}
print(d.setdefault(K(1), "a"))
show("setdefault new")
print(d.setdefault(K(2), "b"))
show("setdefault collide")
print(d.setdefault(K(1), "c"))
show("setdefault found")
d[K(3)] = "c3"
show("setitem third")
print(K(3) in d, d.get(K(4)), len(d))
show("lookups")
del d[K(2)]
show("del")
print(K(2) in d, list(d.values()))
show("after del")
d[K(2)] = "again"
print(list(d.items()))
show("reinsert")
print(d.pop(K(1)), d.pop(K(9), "none"))
show("pop")

# keys with equal hashes but different values: eq only when hashes are equal
e = {K(10, 5): 1, K(11, 6): 2, K(12, 5): 3}
show("distinct hashes")
print(e[K(12, 5)])
show("found after one miss")

# a stored key whose __eq__ mutates the dict: the lookup starts again on the new table
class M:
    def __init__(self, v, target=None):
        self.v = v
        self.target = target

    def __hash__(self):
        return 7

    def __eq__(self, other):
        log.append(("M.eq", self.v, other.v))
        if self.target is not None:
            t = self.target
            self.target = None
            t.clear()
            t[M(3)] = "fresh"
        return False

    def __repr__(self):
        return "M(%r)" % (self.v,)


m = {}
m[M(1, m)] = "one"
print(M(2) in m, m)
show("mutating eq")

# equal keys of different types share one entry; the first key is kept
f = {1: "int"}
f[1.0] = "float"
f[True] = "bool"
print(f, {0: 0, False: 1, 0.0: 2}, {-1: "m1", -2: "m2"}[-1])
nan = float("nan")
g = {nan: 1}
print(g[nan], float("nan") in g, len({float("nan"): 1, float("nan"): 2}))

# many int keys with deletions and reinsertions through several table sizes
h = {}
for i in range(3000):
    h[i * 7919 % 5003] = i
for i in range(0, 5003, 3):
    h.pop(i, None)
for i in range(0, 600, 2):
    h[-i] = i
print(len(h), sum(h), sum(h.values()), list(h)[:5], list(h)[-5:])
print(all(h[k] is not None for k in h), 5002 in h, 0 in h, -598 in h, -599 in h)
c = h.copy()
c[10**20] = "big"
c[(1, 2)] = "t"
print(len(c), len(h), c[10**20], c[(1, 2)], c == h, 10**20 in h)

# tuple keys: fresh tuples find entries made by other tuples
t = {}
words = ["ab", "cd", "ef", "ab"]
for i in range(len(words) - 1):
    key = (words[i], words[i + 1])
    t[key] = t.get(key, 0) + 1
t[("ab", ("x", 1))] = "nested"
print(t, t[("a" + "b", ("x", 1.0))], ("ab", "cd") in t, ("cd", "ab") in t)
print(hash((1, 2)) == hash((1, 2.0)), hash(()) == hash(()), {(1, 2): 1}[(1.0, 2)])

# sets of tuples and ints
s = {(i % 5, i % 3) for i in range(40)}
print(len(s), sorted(s)[:4])
