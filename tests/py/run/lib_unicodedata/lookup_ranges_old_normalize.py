# unicodedata.lookup of "<PREFIX>-<hex>" names (only CJK UNIFIED IDEOGRAPH is computed: case-sensitive, 4 or
# 5 hex digits; the other ranges match case-insensitively and only as name() spells them), the 3.2.0 view's
# normalization (today's composition table and combining classes), and normalize() of a str subclass.
import unicodedata

for cp in (0x3400, 0x4E00, 0x20000, 0x18B00, 0x1B170, 0xF900, 0x2F800, 0x31350):
    n = unicodedata.name(chr(cp))
    head, _, hex_part = n.rpartition("-")
    for v in (n, n.lower(), head + "-0" + hex_part, head + "-" + hex_part.lower()):
        try:
            print(v, hex(ord(unicodedata.lookup(v))))
        except KeyError as e:
            print(v, "KeyError", e)
for v in ("CJK UNIFIED IDEOGRAPH-33FF", "CJK UNIFIED IDEOGRAPH-F900", "TANGUT IDEOGRAPH-3400",
          "CJK COMPATIBILITY IDEOGRAPH-3400", "HANGUL SYLLABLE AC00", "CJK UNIFIED IDEOGRAPH-"):
    try:
        unicodedata.lookup(v)
        print(v, "found")
    except KeyError as e:
        print("KeyError", e)

old = unicodedata.ucd_3_2_0
for s in ["\U00011935\U00011930", "\U00011938", "\u0340", "\U0002fa1d", "\uf951", "\U0002f868",
          "a\u0328\u0301", "e\u0301\u0328", "\u1100\u1161\u11a8"]:
    print(ascii(s), [ascii(old.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          [old.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])


class S(str):
    pass


for f in ("NFC", "NFD", "NFKC", "NFKD"):
    for x in ("", "abc", "\xe9", "e\u0301"):
        r = unicodedata.normalize(f, S(x))
        print(f, type(r).__name__, ascii(r))
