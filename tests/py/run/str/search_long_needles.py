# find/count/split/replace/in with long needles take linear time (CPython's two-way search); a
# quadratic search would not finish these within the time limit.
N = 200_000
A, B = "a" * N, "b" * N
hay = A + A + B + A + A
needle = A + B + B + A
print(hay.find(needle), hay.count(needle), needle in hay)
both = hay + needle + hay
print(both.find(needle), both.count(needle), needle in both, both.index(needle))
print([len(p) for p in both.split(needle)], len(both.replace(needle, "x")))
print([len(p) for p in both.partition(needle)], both.find(needle, 1), both.find(needle, 0, len(both) - 1))

# periodic needles ("skip with memory")
for n in (1000, 30_000):
    nd = "ab" * n
    h = ("ab" * (n - 1) + "b") * 2
    print(n, h.find(nd), h.count(nd), (h + nd).find(nd) == len(h), (h + nd).count(nd))

# reverse searches with long needles
text = "".join(chr(97 + (i * 7919) % 26) for i in range(20_000))
nd = text[5000:5100]
print(text.rfind(nd), text.rindex(nd), text.rfind(nd, 0, 5099), text.rfind(nd, 4000), len(text.rsplit(nd)))
print([len(p) for p in text.rpartition(nd)], text.rfind(text[:64] + "!"))

# needles with characters outside the BMP: matches never split a surrogate pair
s = "\U0001f600" * 5000 + "x" + "\U0001f600" * 40 + "y"
nd = "\U0001f600" * 40 + "y"
print(s.find(nd), s.rfind(nd), s.count(nd), s.index("x" + nd), nd in s, s.count("\U0001f600" * 40))

# bytes and bytearray use the same search
hb, nb = hay.encode(), needle.encode()
print(hb.find(nb), hb.count(nb), (hb + nb).find(nb), nb in hb + nb)
ba = bytearray(hb + nb)
print(ba.find(nb), ba.count(nb), len(ba.split(nb)), len(ba.replace(nb, b"")))
tb = text.encode()
print(tb.rfind(tb[5000:5100]), bytearray(tb).rindex(tb[5000:5100]))
print(("xyz" * 50_000).count("xyz" * 40), (b"xyz" * 50_000).count(b"xyz" * 40))
