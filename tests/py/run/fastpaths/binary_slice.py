# x[a:b] (BINARY_SLICE) for each kind of container and bound, in code run once and in hot (compiled) code:
# strs with and without astral characters, lists, tuples, bytes, ranges, subclasses overriding
# __getitem__, bounds that are negative, out of range, None, bools, big ints, __index__ objects, and bad
# bound types; s[:] of an exact str is the str itself, l[:] a new list.


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class MyStr(str):
    def __getitem__(self, k):
        return ("MyStr", k.start, k.stop) if isinstance(k, slice) else super().__getitem__(k)


class MyList(list):
    def __getitem__(self, k):
        return ("MyList", k.start, k.stop) if isinstance(k, slice) else super().__getitem__(k)


class Sub(str):
    pass


def cases(s, astral, lst, t):
    out = []
    for a, b in [(1, 4), (None, 2), (2, None), (None, None), (-3, None), (-100, 100), (5, 1), (0, 0),
                 (True, -1), (Idx(1), Idx(-1)), (2**70, None), (-(2**70), 2)]:
        out.append((s[a:b], astral[a:b], lst[a:b], t[a:b], b"bytes!"[a:b], range(10)[a:b]))
    return out


s, astral, lst, t = "héllo wörld", "a😀b😀cd", [0, 1, 2, 3, 4, 5], (0, 1, 2, 3, 4, 5)
first = cases(s, astral, lst, t)
for _ in range(1200):
    hot = cases(s, astral, lst, t)
print(first == hot)
for row in hot:
    print(row)


def same(x):
    return x[:] is x, x[0:len(x)] is x, x[:100] is x


for _ in range(1200):
    r = (same("abc"), same([1, 2]), same((1, 2)), same(Sub("abc")), same(""), same(astral))
print(r, type(Sub("abc")[1:]).__name__, type(Sub("abc")[:]).__name__)


def over(x):
    return x[1:3]


for _ in range(1200):
    r = (over(MyStr("abcdef")), over(MyList([1, 2, 3, 4])), over("abcdef"), over([1, 2, 3, 4]))
print(r)


def bad(x, a):
    try:
        return x[a:]
    except (TypeError, KeyError) as e:
        return type(e).__name__, str(e)


for _ in range(1200):
    r = (bad("abc", 1.5), bad([1, 2], "x"), bad("abc", None), bad(5, 1), bad({}, 1))
print(r)

# a list growing while sliced in a loop
grow = [1]
for i in range(1200):
    part = grow[-3:]
    grow.append(len(part) + i)
print(grow[-5:], len(grow))
