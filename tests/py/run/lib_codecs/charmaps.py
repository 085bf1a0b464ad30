import codecs

allbytes = bytes(range(256))
for enc in ['cp1252', 'cp1250', 'cp1251', 'cp437', 'cp850', 'cp866', 'iso8859_2', 'iso8859_5', 'iso8859_7',
            'iso8859_15', 'koi8_r', 'koi8_u', 'mac_roman', 'mac_cyrillic', 'mac_greek', 'cp037', 'cp500',
            'hp_roman8', 'tis_620', 'cp1256', 'ptcp154', 'kz1048', 'cp273', 'latin_1', 'ascii']:
    text = allbytes.decode(enc, 'replace')
    back = text.encode(enc, 'replace')
    print(enc, len(text), sum(map(ord, text)) % 100003, text.count('\ufffd'), back == allbytes,
          codecs.lookup(enc).name)
print(ascii('Grüße, €100 — “quoted”'.encode('cp1252')))
print(ascii(b'\x93hi\x94 \x80'.decode('cp1252')), ascii(b'\xc8\xe9\xf0'.decode('cp1251')))
try:
    b'\x81'.decode('cp1252')
except UnicodeDecodeError as e:
    print(e)
try:
    'ą'.encode('cp1252')
except UnicodeEncodeError as e:
    print(e)
print('ą€'.encode('cp1252', 'xmlcharrefreplace'), 'ą€'.encode('cp437', 'backslashreplace'))
decmap = {ord('a'): 'A', ord('b'): 0x42, ord('c'): None, ord('d'): 'xyz'}
print(codecs.charmap_decode(b'abd', 'strict', decmap))
try:
    codecs.charmap_decode(b'abc', 'strict', decmap)
except UnicodeDecodeError as e:
    print(e)
print(codecs.charmap_decode(b'abcq', 'replace', decmap), codecs.charmap_decode(b'\x00\x01', 'strict', 'XY'))
encmap = {ord('A'): ord('a'), ord('B'): b'bb', ord('C'): None}
print(codecs.charmap_encode('AB', 'strict', encmap))
for text in ['ABC', 'ABD']:
    try:
        print(codecs.charmap_encode(text, 'strict', encmap))
    except UnicodeEncodeError as e:
        print(e)
print(codecs.charmap_encode('ABCD', 'replace', {ord('A'): 1, ord('?'): ord('!')}))
try:
    codecs.charmap_encode('A', 'strict', {ord('A'): 300})
except TypeError as e:
    print(e)
try:
    codecs.charmap_decode(b'A', 'strict', {ord('A'): 0x110000})
except TypeError as e:
    print(e)
try:
    codecs.charmap_decode(b'A', 'strict', {ord('A'): 1.5})
except TypeError as e:
    print(e)
table = codecs.charmap_build('\x00' + ''.join(chr(0x400 + i) for i in range(1, 256)))
print(type(table).__name__, codecs.charmap_encode('\u0401\u0402', 'strict', table), codecs.charmap_decode(b'\x01', 'strict', None))
