# Dict and set keys whose hash or equality takes a slow path: __hash__ results that CPython adjusts,
# tuple keys (hash cached per tuple), numeric keys equal across types, str subclasses, and keys whose
# __eq__ mutates the dict being searched.


class MinusOne:
    def __hash__(self):
        return -1

    def __eq__(self, other):
        return other == -2 or other is self


m = MinusOne()
print(hash(m), hash(-1), hash((-1,)) == hash((-2,)))
d = {-2: "minus two"}
print(d[m], m in d, m in {-2})


class Big:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return isinstance(other, Big) and other.h == self.h


big = Big(2**100)
print(hash(big) == hash(2**100), {big: 1}[Big(2**100)])
print(hash(Big(True)) if False else hash((True, False)) == hash((1, 0)))

# tuple keys: equal tuples hash alike whatever the numeric types inside
t = {}
for i in range(300):
    t[(i, str(i), (i, -i))] = i
print(len(t), t[(5, "5", (5, -5))], t[(5.0, "5", (True * 5, -5))], (7, "7", (7, -7)) in t)
print(t.get((1000, "x", (0, 0)), "missing"), t.setdefault((1, "1", (1, -1)), "new"))
nested = {((1, 2), (3, (4, 5))): "deep", (): "empty", (None, True, 1.5): "mixed"}
print(nested[((1.0, 2), (3, (4, 5.0)))], nested[()], nested[(None, 1, 1.5)])
for k in [(1, 2), (1, 2, 3), (2, 1), (-1, -2), (2**40, -(2**40)), (1.5, -0.0)]:
    print(k, {k: "v"}.get(tuple(list(k))), k in {k}, hash(k) == hash(tuple(list(k))))
print((1, [2]) in {} if False else "skip")
try:
    {}[(1, [2])]
except TypeError as e:
    print("TypeError", e)
try:
    {(1, [2]): 0}
except TypeError as e:
    print("TypeError", e)
try:
    {}[[1]]
except TypeError as e:
    print("TypeError", e)

# numbers equal across types are one key
n = {1: "int", 2.5: "float", 2**60: "big", -(2**60): "negbig"}
n[1.0] = "float one"
n[True] = "true"
print(n, n[2**60 + 0.0] if 2**60 + 0.0 == 2**60 else None, n[-(2**60)])


# str subclasses: keeping str's __eq__/__hash__ or overriding them
class KeepStr(str):
    pass


class LowerStr(str):
    def __eq__(self, other):
        return isinstance(other, str) and str.lower(self) == str.lower(other)

    def __hash__(self):
        return hash(str.lower(self))


s = {"abc": 1}
print(s[KeepStr("abc")], KeepStr("abc") in s)
s[KeepStr("abc")] = 2
print(s, type(list(s)[0]).__name__)
s[LowerStr("ABC")] = 3
print(s, LowerStr("XYZ") in s, s.get(LowerStr("aBc")))
u = {LowerStr("Key"): "lower"}
print(u.get("key"), u.get("KEY"), "key" in u)


# __eq__ that mutates the dict during a lookup: CPython restarts the search
class Mutator:
    def __init__(self, d, h):
        self.d = d
        self.h = h
        self.fired = False

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        if not self.fired:
            self.fired = True
            self.d.clear()
            self.d[other] = "re-added"
        return other is self or (isinstance(other, Mutator) and other.h == self.h)


target = {}
a = Mutator(target, 7)
target[a] = "first"
b = Mutator(target, 7)
b.fired = True
a.fired = False
print(target.get(b), len(target))
c = Mutator(target, 7)
print(c in target, len(target))


# hash calls: once per operation, as CPython
class Counted:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        Counted.calls += 1
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Counted) and self.v == other.v


cd = {}
k = Counted(3)
cd[k] = 1
cd.setdefault(Counted(3), 2)
cd.get(Counted(3))
Counted(3) in cd
cd.pop(Counted(3))
print(Counted.calls, cd)
key = (Counted(1), Counted(2))
hd = {key: "t"}
hd[key] = "again"
print(Counted.calls, hd[key])


# TypeErrors from hashing a key are reworded at the dict boundary; other errors pass through
class NoHash:
    __hash__ = None


class HashTypeError:
    def __hash__(self):
        raise TypeError("no hash today")


class HashValueError:
    def __hash__(self):
        raise ValueError("bad value")


for key in [NoHash(), HashTypeError(), HashValueError(), (1, NoHash()), ((1, 2), [3]), {1}]:
    for op in ["get", "set", "setdefault", "contains", "pop"]:
        dd = {1: 2}
        try:
            if op == "get":
                dd[key]
            elif op == "set":
                dd[key] = 1
            elif op == "setdefault":
                dd.setdefault(key)
            elif op == "contains":
                key in dd
            else:
                dd.pop(key)
        except Exception as e:
            print(op, type(e).__name__, e, e.__context__ is None)
