import unicodedata as U
# digests of every property over a sample of the whole code space, compared against CPython's tables
def digest(f):
    h = 0
    for cp in range(0, 0x110000, 13):
        v = f(chr(cp))
        h = (h * 1000003 + (v if isinstance(v, int) else sum(map(ord, v)) * 7 + len(v))) % (2 ** 61 - 1)
    return h
for name in ['category', 'bidirectional', 'combining', 'east_asian_width', 'mirrored', 'decomposition']:
    print(name, digest(getattr(U, name)), digest(getattr(U.ucd_3_2_0, name)))
print(sum(U.combining(chr(cp)) for cp in range(0x300, 0x2000)), [U.category(chr(cp)) for cp in range(0x370, 0x3a0)])
