# memoryview equality by unpacked values, hashing, release and the export of a view inside `with`
import array

def attempt(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"

a = memoryview(b"abc")
print(a == b"abc", a == bytearray(b"abc"), a != b"abd", a == "abc", a == a[:], a[:2] == a)
print(b"abc" == a, bytearray(b"abc") == a, attempt(lambda: a < a), attempt(lambda: b"a" < a))
print(bytearray(b"a") < a, a == array.array("B", b"abc"))
i = memoryview(array.array("i", [1, 2, 3]))
print(i == array.array("i", [1, 2, 3]), i == array.array("h", [1, 2, 3]), i == [1, 2, 3])
print(i == array.array("q", [1, 2, 3]), i == memoryview(b"\x01\x02\x03"), i == i.cast("B").cast("i"))
f = memoryview(array.array("d", [1.0, float("nan")]))
print(f == f, f[:1] == array.array("f", [1.0]))
print(memoryview(b"\x00\x01").cast("?") == memoryview(b"\x00\x01").cast("?"))
print(memoryview(b"\xff").cast("b") == memoryview(b"\xff").cast("B"))
print(a.cast("c") == b"abc", a.cast("b") == a)

# hashing
print(hash(a) == hash(b"abc"), hash(a[::-1]) == hash(b"cba"))
print(attempt(lambda: hash(memoryview(bytearray(b"x")))))
print(attempt(lambda: hash(memoryview(bytes(4)).cast("i"))))
print(attempt(lambda: hash(memoryview(bytearray(b"x")).toreadonly())))
h = memoryview(b"xyz")
v = hash(h)
h.release()
print(hash(h) == v, attempt(lambda: hash(memoryview(b"q").toreadonly().__class__(b"")[0:0])))

# release and context manager
ba = bytearray(b"hello")
m = memoryview(ba)
with m as cm:
    print(cm is m, attempt(lambda: ba.append(1)), attempt(lambda: ba.extend(b"x")), attempt(lambda: ba.pop()))
    ba[0] = 72
    ba[1:3] = b"EL"
    print(bytes(m), attempt(lambda: ba.clear()), attempt(lambda: ba.__setitem__(slice(0, 1), b"")))
print(repr(m).startswith("<released memory at 0x"), attempt(lambda: m[0]), attempt(lambda: len(m)))
print(attempt(lambda: m.format), attempt(lambda: bytes(m)), attempt(lambda: m.tolist()))
print(m == m, m != memoryview(b"hello"), attempt(lambda: m.__enter__()))
m.release()
ba.append(33)
print(ba)
with memoryview(ba) as v:
    v.release()
    ba.append(63)
print(ba)
arr = array.array("h", [1, 2])
with memoryview(arr) as v:
    print(attempt(lambda: arr.append(3)), attempt(lambda: arr.pop()), attempt(lambda: arr.extend([4])))
    v[0] = 10
arr.append(5)
print(arr)

# toreadonly
w = memoryview(bytearray(b"rw"))
ro = w.toreadonly()
print(w.readonly, ro.readonly, memoryview(ro).readonly, attempt(lambda: ro.__setitem__(0, 1)))
ro.release()
print(w.tolist(), attempt(lambda: ro.tolist()))
print(attempt(lambda: memoryview(b"ab").__setitem__(0, 1)), attempt(lambda: memoryview(b"ab").__setitem__(0, b"x")))
