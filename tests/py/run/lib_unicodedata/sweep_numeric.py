import unicodedata as U
for db in (U, U.ucd_3_2_0):
    num = [(cp, db.numeric(chr(cp))) for cp in range(0x110000) if db.numeric(chr(cp), None) is not None]
    dec = [(cp, db.decimal(chr(cp))) for cp, v in num if db.decimal(chr(cp), None) is not None]
    dig = [(cp, db.digit(chr(cp))) for cp, v in num if db.digit(chr(cp), None) is not None]
    print(len(dec), sum(c * v for c, v in dec) % 1000003, len(dig), sum(c * v for c, v in dig) % 1000003)
    print(len(num), sorted(set(v for c, v in num))[:20], max(v for c, v in num))
    print([(hex(c), v) for c, v in num if v != int(v)][:25])
