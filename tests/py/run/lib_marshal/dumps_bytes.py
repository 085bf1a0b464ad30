# marshal.dumps gives CPython's exact bytes for plain values: type codes, FLAG_REF where CPython's reference
# counts put it (constants, variables, repeats, immortal small ints and one-character strings), TYPE_REF for
# repeats, interned strings, versions 0-4 (text floats, no refs, no short forms), longs, surrogates.
import marshal

def hx(v):
    return marshal.dumps(v).hex()

def hxv(v, version):
    return marshal.dumps(v, version).hex()

# constants and immortal objects
print(hx(0), hx(-5), hx(256), hx(257), hx(1000), hx(-1000), hx(2**31 - 1), hx(-2**31), hx(2**31), hx(2**62))
print(hx(10**30), hx(1.5), hx(-0.0), hx(1e300), hx(2j), hx(-2.5j))
print(hx(""), hx("a"), hx("é"), hx("abc"), hx("snake_case_1"), hx("with space"), hx("héllo"), hx("\U0001f600"))
print(hx(b""), hx(b"z"), hx(b"two"), hx(()), hx((1,)), hx((1, "two words", 2.5)), hx(None), hx(True), hx(False))
print(hx(...), hx(StopIteration), hx(("x", "y z")), hx([(6, "five words")]))
# temporaries built by displays are not shared: no FLAG_REF on them
print(hx([1, 2]), hx({"k": 1}), hx({5}), hx(frozenset()), hx(bytearray(b"ab")), hx(slice(1, None, 2)))
print(hx([[1], [1.5, "x y"]]), hx({"a": [], "b": ()}))
# values held in module variables are shared
v = [1, 2]
d = {"key": (1, "two words"), "n": None}
s = {7}
fs = frozenset({1})
ba = bytearray(b"xy")
neg = -2**70
print(hx(v), hx(d), hx(s), hx(fs), hx(ba), hx(neg))
# repeats become references
inner = [3]
t = (inner, inner, "rep eat", "rep eat", 2.5, 2.5, 10**20, 10**20)
print(hx(t))
nested = {"a": inner, "b": [inner]}
print(hx(nested))
# strings built at run time are neither interned nor shared unless held
parts = ["ab", "cd"]
joined = "".join(parts)
print(hx(joined), hx([joined, joined + "!"]), hx(chr(0xe9)), hx("x" + str(12)))
big = "".join(["q"] * 300)
print(hx(big)[:20], hx("é" * 2 + big)[:20])
lone = "a\ud800b"
print(hx(lone))
# inside a function: a local passed as the only reference is lent, not shared
def local_case():
    w = [1, 2]
    x = {"only": [4]}
    y = (w, w)
    return hx(w), hx(x), hx(y), hx([w])
print(*local_case())
print(hx([9]), hx(v), hx((1, 2)))
# versions
mixed = (1, "abc", 1.5, 0.1, 2j, -7.25e-5, 1e22, [2], "é", 2**40, v)
for ver in range(5):
    print(ver, hxv(mixed, ver))
print(hxv(float("inf"), 1), hxv(float("-inf"), 0), hxv(1e16, 1), hxv(123456789.125, 1), hxv(-0.0, 1))
# everything loads back
for val in [t, nested, d, v, lone, big, mixed, float("inf"), 1e16]:
    for ver in range(5):
        back = marshal.loads(marshal.dumps(val, ver))
        assert back == val, (val, ver)
print("round trips ok")
# constants of a function (its code is also nested in the module's)
def consts_in_function():
    return hx(("in", "func tuple")), hx([2.75, "a b c"]), hx({"kk": (3.5,)})
print(*consts_in_function())
