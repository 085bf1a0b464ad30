import codecs

def show(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = 'A\xe9\u20ac\U0001f600'
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'UTF16', 'utf_32le']:
    b = s.encode(enc)
    print(enc, b, ascii(b.decode(enc)))
for data in [b'\xff\xfeA\x00', b'\xfe\xff\x00A', b'A\x00', b'\xff\xfe', b'\xff', b'A\x00B', b'\x3d\xd8\x00\xde',
             b'\x3d\xd8', b'\x3d\xd8A\x00', b'\x00\xdeA\x00']:
    for enc in ['utf-16', 'utf-16-be']:
        show(lambda: data.decode(enc))
        show(lambda: data.decode(enc, 'replace'))
for data in [b'\xff\xfe\x00\x00A\x00\x00\x00', b'\x00\x00\xfe\xff\x00\x00\x00A', b'A\x00\x00', b'\x00\xd8\x00\x00',
             b'\x00\x00\x11\x00', b'\xff\xff\xff\xff']:
    for enc in ['utf-32', 'utf-32-be']:
        show(lambda: data.decode(enc))
        show(lambda: data.decode(enc, 'ignore'))
print(codecs.utf_16_ex_decode(b'\xff\xfeA\x00B', 'strict', 0, False))
print(codecs.utf_16_ex_decode(b'A\x00', 'strict', 1, True), codecs.utf_32_ex_decode(b'\x00\x00\x00A', 'strict', 1, True))
print(codecs.utf_16_encode('ab', 'strict', 1), codecs.utf_16_encode('ab', 'strict', -1), codecs.utf_32_encode('a', None, 1))
show(lambda: '\ud800'.encode('utf-16'))
show(lambda: '\ud800'.encode('utf-32-be', 'surrogatepass'))
show(lambda: b'\x00\xd8'.decode('utf-16-le', 'surrogatepass'))
show(lambda: 'a\ud800b'.encode('utf-16-le', 'backslashreplace'))
show(lambda: 'a\udcffb'.encode('utf-32', 'surrogateescape'))
for enc in ['utf-16', 'utf-32']:
    dec = codecs.getincrementaldecoder(enc)()
    data = s.encode(enc)
    print(enc, ascii([dec.decode(data[i:i + 3]) for i in range(0, len(data), 3)] + [dec.decode(b'', True)]))
    e = codecs.getincrementalencoder(enc)()
    print(e.encode('a'), e.encode('b'), e.getstate() if hasattr(e, 'getstate') else '')
print(codecs.BOM_UTF16, codecs.BOM_UTF32 == codecs.BOM_UTF32_LE)
