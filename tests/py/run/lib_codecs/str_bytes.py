import codecs

def show(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)

for enc in ['utf8', 'UTF-8', 'u8', 'utf_8', 'latin1', 'Latin-1', 'iso-8859-1', 'L1', 'ascii', 'US-ASCII', '646',
            'cp1252', 'windows-1252', 'utf-16', 'utf_32_be', 'mac-roman', 'koi8-r']:
    show(lambda: 'caf\xe9'.encode(enc))
    show(lambda: b'caf\xc3\xa9'.decode(enc))
show(lambda: str(b'caf\xe9', 'cp1252'))
show(lambda: str(b'caf\xe9', encoding='latin-1', errors='strict'))
show(lambda: bytearray(b'\x80abc').decode('cp1252'))
show(lambda: memoryview(b'\xe9').tobytes().decode('latin-1'))
show(lambda: bytes('\u20ac', 'cp1252'))
show(lambda: bytearray('\u20ac', 'cp1252'))
show(lambda: 'x'.encode(encoding='nope'))
show(lambda: b'x'.decode('nope'))
show(lambda: 'x'.encode('hex'))
show(lambda: b'x'.decode('rot13'))
show(lambda: 'x'.encode('utf-8', errors='nope'))
show(lambda: 'x\xff'.encode('ascii', errors='nope'))
show(lambda: b'x\xff'.decode('ascii', 'nope'))
codecs.register_error('str.dash', lambda e: ('-' * (e.end - e.start), e.end))
show(lambda: 'a\xe9\xe9b'.encode('ascii', 'str.dash'))
show(lambda: 'a\u20acb'.encode('cp1252', 'str.dash'))
show(lambda: 'a\u0100b'.encode('cp1252', 'str.dash'))
show(lambda: b'a\xff\xfeb'.decode('utf-8', 'str.dash'))
show(lambda: b'a\x81b'.decode('cp1252', 'str.dash'))
show(lambda: 'a\ud800b'.encode('utf-16-le', 'str.dash'))
show(lambda: 'a\xe9'.encode('ascii', 'namereplace'))
show(lambda: b'\xff'.decode('ascii', 'namereplace'))
class S(str): pass
show(lambda: S('caf\xe9').encode('cp1252'))
show(lambda: b'abc'.decode())
show(lambda: 'abc'.encode())
show(lambda: b'\x00\x00\xfe\xff\x00\x00\x00a'.decode('utf-32'))
show(lambda: 'abc'.encode('utf-8-sig'))
