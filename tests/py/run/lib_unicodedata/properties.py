import unicodedata as U

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(U.unidata_version, U.ucd_3_2_0.unidata_version, type(U.ucd_3_2_0).__name__, type(U.ucd_3_2_0).__module__)
chars = ['A', 'z', '5', ' ', '\t', '\xa0', '\xe9', '\u0301', '\u0327', '\u05d0', '\u0627', '\u0663', '\u06f5', '\u0e51',
         '\u2028', '\u200d', '\u20ac', '\u2163', '\u2460', '\u00bd', '\u2155', '\u3007', '\u4e00', '\u4e94', '\uac00',
         '\uff21', '\uff76', '\ufb01', '\ufffd', '\U0001d7d8', '\U0001f600', '\U0001f1e6', '\U00020000', '\U0002f800',
         '\ud800', '\ue000', '\U000f0000', '\U0010ffff', '(', ')', '[', '\u00ab', '\u0f3a', '\U0001e900', '\u1c89',
         '\U00011f50', '\U0001ccf0', '\u0378']
for c in chars:
    print(ascii(c), U.category(c), U.bidirectional(c), U.combining(c), U.east_asian_width(c), U.mirrored(c),
          repr(U.decomposition(c)), U.decimal(c, '-'), U.digit(c, '-'), U.numeric(c, '-'))
    o = U.ucd_3_2_0
    print('  3.2:', o.category(c), o.bidirectional(c), o.combining(c), o.east_asian_width(c), o.mirrored(c),
          repr(o.decomposition(c)), o.decimal(c, '-'), o.digit(c, '-'), o.numeric(c, '-'))
show(lambda: U.decimal('x'))
show(lambda: U.digit('x'))
show(lambda: U.numeric('x'))
show(lambda: U.category('ab'))
show(lambda: U.category(65))
show(lambda: U.category(''))
print(U.numeric('\u00bc'), U.numeric('\u2152'), U.numeric('\U0001ecb4', None), U.numeric('\u5146'))
import collections
print(sorted(collections.Counter(U.category(chr(c)) for c in range(0x110000)).items()))
print(sorted(collections.Counter(U.east_asian_width(chr(c)) for c in range(0, 0x110000, 3)).items()))
print(sum(U.combining(chr(c)) for c in range(0x110000)), sum(U.mirrored(chr(c)) for c in range(0x110000)))
