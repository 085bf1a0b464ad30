# bytes/bytearray repetition: lengths 0, 1 and longer, counts 0, negative, odd, large.
for b in (b"", b"x", b"ab", b"xyz"):
    for n in (-2, 0, 1, 2, 5):
        print(repr(b), n, b * n, n * bytearray(b))
big = b"xyz" * 100001
print(len(big), big[:7], big[-4:], big.count(b"xyz"))
one = b"\x00" * (1 << 20)
print(len(one), one.count(0), (bytearray(b"\xff") * 3))
