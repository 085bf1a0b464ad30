import unicodedata as U

def show(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)

for c in ['A', ' ', '\xe9', '\u20ac', '\uac00', '\ud7a3', '\ud55c', '\u4e00', '\u9fff', '\U00020000', '\U0002a6df',
          '\uf900', '\U0002f800', '\U00018b00', '\U0001b170', '\U0001f600', '\U0001f9d1', '\ufe0f', '\U000e0100',
          '\x00', '\x7f', '\ud800', '\ue000', '\u0378', '\u1f7f']:
    print(ascii(c), U.name(c, None), U.ucd_3_2_0.name(c, None))
show(lambda: U.name('\x00'))
for n in ['LATIN SMALL LETTER A', 'latin small letter a', 'Euro Sign', 'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE HIH',
          'hangul syllable a', 'HANGUL SYLLABLE GXX', 'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-2A6DF',
          'CJK UNIFIED IDEOGRAPH-4DFF', 'CJK COMPATIBILITY IDEOGRAPH-F900', 'NULL', 'NUL', 'LINE FEED',
          'BYTE ORDER MARK', 'ZWJ', 'LATIN CAPITAL LETTER GHA', 'KEYCAP NUMBER SIGN',
          'LATIN SMALL LETTER R WITH TILDE', 'NO SUCH THING', 'GRINNING FACE', 'VARIATION SELECTOR-16',
          'VARIATION SELECTOR-256', 'TAMIL SYLLABLE SSAA', '']:
    show(lambda: U.lookup(n))
    show(lambda: U.ucd_3_2_0.lookup(n))
show(lambda: U.lookup(b'EURO SIGN'))
show(lambda: U.lookup('x' * 300))
show(lambda: U.lookup(42))
print('\N{EURO SIGN}\N{LATIN SMALL LETTER A WITH GRAVE}\N{HANGUL SYLLABLE HAN}\N{CJK UNIFIED IDEOGRAPH-4E01}\N{ZWJ}'.encode('unicode_escape'))
print(b'\\N{EM DASH}\\N{bullet}'.decode('unicode_escape'), ascii(b'\\N{LINE FEED}'.decode('unicode-escape')))
show(lambda: b'\\N{NO SUCH}'.decode('unicode_escape'))
show(lambda: b'\\N{KEYCAP NUMBER SIGN}'.decode('unicode_escape'))
print('a\xe9\u20ac\U0001f600\uac00\x07b'.encode('ascii', 'namereplace'))
print('\u0378\ue000'.encode('latin-1', 'namereplace'))
