# bytearray item and slice assignment/deletion (bytearray_ass_subscript), extend, and their messages; an
# index's __index__ runs before the bounds check.
def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r), repr(ba))
    except Exception as e:
        print(label, "!!", type(e).__name__, e, repr(ba))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Shrinks:
    def __index__(self):
        ba.clear()
        return 0


class Regrows:
    def __index__(self):
        ba.clear()
        ba.extend(b"0123")
        return 0


def setitem(k, v):
    ba[k] = v


def delitem(k):
    del ba[k]


ba = bytearray(b"python")
show("ba['a'] = 1", lambda: setitem("a", 1))
show("ba['a']", lambda: ba["a"])
show("del ba['a']", lambda: delitem("a"))
show("ba[0] = 300", lambda: setitem(0, 300))
show("ba[0] = b'a'", lambda: setitem(0, b"a"))
show("ba[0] = Idx(80)", lambda: setitem(0, Idx(80)))
show("ba[Idx(1)] = 89", lambda: setitem(Idx(1), 89))
show("ba[10] = 1", lambda: setitem(10, 1))
show("ba[2**70] = 1", lambda: setitem(2**70, 1))
show("ba[0:1] = 5", lambda: setitem(slice(0, 1), 5))
show("ba[0:1] = 'x'", lambda: setitem(slice(0, 1), "x"))
show("ba[0:1] = 1.5", lambda: setitem(slice(0, 1), 1.5))
show("ba[0:1] = [300]", lambda: setitem(slice(0, 1), [300]))
show("ba[0:1] = [65, 66]", lambda: setitem(slice(0, 1), [65, 66]))
show("ba[:2] = memoryview(b'xy')", lambda: setitem(slice(None, 2), memoryview(b"xy")))
show("ba[::2] = b'x'", lambda: setitem(slice(None, None, 2), b"x"))
show("ba[::2] = b'ABCD'", lambda: setitem(slice(None, None, 2), b"ABCD"))
show("ba[:] = ba", lambda: setitem(slice(None), ba))
show("del ba[::3]", lambda: delitem(slice(None, None, 3)))
show("del ba[-1]", lambda: delitem(-1))
show("del ba[1:3]", lambda: delitem(slice(1, 3)))
show("del ba[Idx(0)]", lambda: delitem(Idx(0)))
ba = bytearray(b"Now you see me...")
show("ba[0] = Shrinks()", lambda: setitem(0, Shrinks()))
ba = bytearray(b"abc")
show("ba[Regrows()] = 63", lambda: setitem(Regrows(), 63))
ba = bytearray(b"abc")
show("extend('def')", lambda: ba.extend("def"))
show("extend(5)", lambda: ba.extend(5))
show("extend([300])", lambda: ba.extend([300]))
show("extend([1, -1])", lambda: ba.extend([1, -1]))
show("extend([Idx(100)])", lambda: ba.extend([Idx(100)]))
show("extend(ba)", lambda: ba.extend(ba))
show("extend(x for x in b'gh')", lambda: ba.extend(x for x in b"gh"))
show("insert(0, 300)", lambda: ba.insert(0, 300))
show("append('a')", lambda: ba.append("a"))
show("remove(b'a')", lambda: ba.remove(b"a"))
show("pop(50)", lambda: ba.pop(50))

seen = []
ba = bytearray()


def gen():
    for i in range(1, 5):
        seen.append(list(ba))
        yield i


ba.__init__(gen())
print(seen, ba)
ba.__init__(b"xyz")
print(ba)
