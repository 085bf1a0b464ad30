import unicodedata as U
for db in (U, U.ucd_3_2_0):
    counts = {}
    h = 0
    for cp in list(range(0xa0, 0x3400, 2)) + list(range(0xf900, 0x10000)) + list(range(0x1d100, 0x1d800, 3)) + list(range(0x2f800, 0x2fa20)):
        s = chr(cp)
        for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
            r = db.normalize(form, s)
            if r != s:
                counts[form] = counts.get(form, 0) + 1
                h = (h * 131 + sum(map(ord, r)) + len(r)) % 1000000007
    print(sorted(counts.items()), h)
pairs = 0
for cp in range(0x300, 0x370):
    for base in 'aeiouAEIOU':
        s = base + chr(cp) + '\u0323'
        pairs += len(U.normalize('NFC', s)) + 3 * len(U.normalize('NFD', U.normalize('NFC', s)))
print(pairs)
