# Strings built piece by piece from surrogateescape-decoded bytes: lone surrogates at the joins stay
# single code points, long += loops stay fast, and the bytes come back unchanged.
import time

chunks = [b"abc\xff", b"\x80def", b"\xed\xa0\x80", b"z\xc3", b"\xa9", b"\xf0\x9f\x98\x80!"]
parts = [c.decode("utf-8", "surrogateescape") for c in chunks]
for p in parts:
    print(ascii(p), len(p))

s = ""
for p in parts:
    s += p
print(ascii(s), len(s), [hex(ord(ch)) for ch in s[:6]])
print(s.encode("utf-8", "surrogateescape") == b"".join(chunks))

# a lone low surrogate after a lone low one, a high one before plain text
t = "x\udcff" + "\udc80y"
print(len(t), ascii(t), ascii(t[1:3]))
u = "\ud800" + "abc"
print(len(u), ascii(u), u.encode("utf-8", "surrogatepass"))



def build(pieces, n):
    # a local accumulator (CPython appends in place; pypyts keeps a rope)
    big = ""
    for i in range(n):
        big += pieces[i % len(pieces)]
    return big


start = time.monotonic()
# pieces that end (or not) with lone surrogates and astral characters
big = build([parts[0], parts[3], parts[5]], 150000)
print(len(big), big.count("\udcff"), big.encode("utf-8", "surrogateescape")[:12])
print("fast:", time.monotonic() - start < 10)

rev = ""
for p in parts * 50:
    rev = p + rev
print(len(rev), ascii(rev[:8]))
