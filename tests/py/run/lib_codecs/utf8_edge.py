import codecs

def show(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)

cases = [b'\xc0\x80', b'\xc1\xbf', b'\xe0\x80\x80', b'\xe0\x9f\xbf', b'\xed\xa0\x80', b'\xed\xbf\xbf', b'\xf0\x8f\xbf\xbf',
         b'\xf4\x90\x80\x80', b'\xf5\x80\x80\x80', b'\xff', b'\x80', b'\xbf\xbf', b'\xe2\x82', b'\xe2\x82x',
         b'\xf0\x9f\x98', b'\xf0\x9f\x98\x80', b'a\xf0\x9fb', b'\xe2\x28\xa1', b'\xc3', b'\xc3\x28']
for b in cases:
    show(lambda: b.decode('utf-8'))
    show(lambda: b.decode('utf-8', 'replace'))
    show(lambda: b.decode('utf-8', 'backslashreplace'))
    show(lambda: codecs.utf_8_decode(b, 'strict', False))
for s in ['\ud800', 'a\udfffb', '\udc80\udcff', 'x\ud800\ud800y']:
    show(lambda: s.encode('utf-8'))
    show(lambda: s.encode('utf-8', 'surrogatepass'))
    show(lambda: s.encode('utf-8', 'surrogateescape'))
    show(lambda: s.encode('utf-8', 'replace'))
show(lambda: b'\xed\xa0\x80x\xed\xb0\x80'.decode('utf-8', 'surrogatepass'))
show(lambda: b'\xef\xbb\xbfabc'.decode('utf-8'))
show(lambda: b'\xef\xbb\xbfabc'.decode('utf-8-sig'))
show(lambda: 'abc'.encode('utf-8-sig'))
dec = codecs.getincrementaldecoder('utf-8')('replace')
out = []
for byte in b'h\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xff!':
    out.append(dec.decode(bytes([byte])))
out.append(dec.decode(b'\xe2', final=True))
print(ascii(out))
dec = codecs.getincrementaldecoder('utf-8-sig')()
print(ascii([dec.decode(b'\xef'), dec.decode(b'\xbb'), dec.decode(b'\xbfx'), dec.decode(b'', True)]))
print(ascii(codecs.utf_8_decode(b'ab\xf0\x9f', 'strict', False)), ascii(codecs.utf_8_decode(b'ab\xf0\x9f', 'replace', True)))
print(codecs.utf_8_encode('h\xe9\U0001f600'), codecs.utf_8_encode('a\ud800', 'surrogatepass'))
print(len(('\u20ac' * 10000).encode()), len(bytes(range(128)).decode('utf-8')))
