# marshal: round trips of every marshallable type, shared containers, data written by CPython 3.14,
# truncated and unknown data, dump/load on files.
import marshal
vals = [None, True, False, ..., 0, -1, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**100, -(3**80), 1.5, -0.0, float("inf"),
        1+2j, "", "abc", "héllo \U0001f600", "x" * 300, b"", b"\x00\xff" * 3, bytearray(b"ab"), (), (1, "a"),
        tuple(range(300)), [1, [2, [3]]], {"a": 1, 2: [3]}, {1, 2, 3}, frozenset({"q"}), slice(1, None, 2),
        StopIteration]
for v in vals:
    d = marshal.dumps(v)
    back = marshal.loads(d)
    print(type(v).__name__, back == v or (v != v), type(back).__name__)
shared = [1, 2]
t = (shared, shared)
b = marshal.loads(marshal.dumps(t))
print(b, b[0] is b[1])
# data written by CPython 3.14 (version 5) for a few values
for data in [b'\xe9\x01\x00\x00\x00', b'\xa9\x02\xe9\x01\x00\x00\x00\xda\x01a', b'\xfb\xda\x01k\xe9\x05\x00\x00\x000',
             b'\xec\x02\x00\x00\x00\x00\x00\x01\x00', b'\xe7\x00\x00\x00\x00\x00\x00\xf8?']:
    print(repr(marshal.loads(data)))
for bad in [b'', b'\xe9\x01', b'Q', b'(\x05\x00\x00\x00']:
    try:
        marshal.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    marshal.dumps(object())
except ValueError as e:
    print("ValueError", e)
print(marshal.version, marshal.dumps(5, 2)[:1], marshal.loads(marshal.dumps([1.25], 1)))
import io
f = io.BytesIO()
marshal.dump({"k": (1, 2)}, f)
marshal.dump("second", f)
f.seek(0)
print(marshal.load(f), marshal.load(f))
