# gc.collect() reclaims what the program dropped, whatever the interpreter did with it last
import gc
import weakref


class C:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, C) and self.n == other.n

    def __hash__(self):
        return hash(self.n)


def gone(r):
    gc.collect()
    return r() is None


def unpacked():
    a, b = [C(i) for i in range(2)]
    r = weakref.ref(b)
    del b
    return gone(r)


def subscripted():
    d = {}
    k = C(1)
    d[k] = "value"
    r = weakref.ref(k)
    del d[k], k
    return gone(r)


def compared():
    x, y = C(1), C(1)
    same = x == y and x in [y]
    r = weakref.ref(y)
    del y
    return same and gone(r)


def swapped():
    items = [C(i) for i in range(3)]
    items[0], items[2] = items[2], items[0]
    r = weakref.ref(items[0])
    items.clear()
    return gone(r)


def built():
    pair = [C(5), C(6)]
    r = weakref.ref(pair[1])
    del pair
    return gone(r)


def weak_containers():
    a, b, c, d = [C(i) for i in range(4)]
    keys = weakref.WeakKeyDictionary({a: b, c: d})
    values = weakref.WeakValueDictionary({1: b, 2: d})
    del c, d
    gc.collect()
    return len(keys), len(values)


for test in (unpacked, subscripted, compared, swapped, built, weak_containers):
    print(test.__name__, test())
