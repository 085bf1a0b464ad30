import codecs

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

ci = codecs.lookup('Latin-1')
print(type(ci).__name__, ci.name, isinstance(ci, tuple), len(ci))
for name in ['utf8', 'UTF_8', 'U8', 'latin_1', 'l1', 'iso-8859-15', 'cp-1252', 'windows-1252',
             'mac-roman', 'utf_16', 'UTF-32-BE', 'ascii', '646', 'koi8-u', 'cp037', 'hex', 'rot13']:
    try:
        print(name, '->', codecs.lookup(name).name)
    except LookupError as e:
        print(name, 'LookupError', e)
show(lambda: codecs.lookup('no-such-codec'))
show(lambda: codecs.lookup(1))

def search(name):
    print('search called with', repr(name))
    if name == 'my_codec':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode(), len(s)),
                                lambda b, errors='strict': (bytes(b).decode().lower(), len(b)),
                                name='my-codec')
    if name == 'tuple_codec':
        return (lambda s, errors='strict': (b'T', len(s)), lambda b, errors='strict': ('t', len(b)), None, None)
    if name == 'bad_codec':
        return 'oops'
    return None

codecs.register(search)
print(codecs.lookup('My Codec').name)
print(codecs.lookup('my-codec').name)  # cached: search not called again
print('hello'.encode('my_codec'), b'HELLO'.decode('my-codec'))
print(codecs.encode('abc', 'my_codec'), codecs.decode(b'ABC', 'my_codec'))
print('x'.encode('tuple_codec'), b'x'.decode('tuple_codec'))
show(lambda: codecs.lookup('bad_codec'))
codecs.unregister(search)
show(lambda: codecs.lookup('my_codec2'))
show(lambda: codecs.register(42))

# encode/decode keywords and defaults
print(codecs.encode(obj='x\xe9', encoding='latin-1'), codecs.decode(b'\xc3\xa9'))
show(lambda: codecs.encode('x', errors='strict', encoding='utf-16-le'))
show(lambda: codecs.decode('abc', 'utf-8'))
show(lambda: codecs.encode(b'abc', 'utf-8'))
show(lambda: 'x'.encode('rot13'))
show(lambda: b'x'.decode('rot13'))
show(lambda: codecs.encode('Hello', 'rot_13'))

# getencoder and friends
print(codecs.getencoder('utf-8')('h\xe9'), codecs.getdecoder('latin-1')(b'h\xe9'))
enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('ab'), enc.encode('c'), enc.encode('', final=True))
dec = codecs.getincrementaldecoder('utf-16')()
print(repr(dec.decode(b'\xff')), repr(dec.decode(b'\xfea')), repr(dec.decode(b'\x00b')), repr(dec.decode(b'\x00', final=True)))
print(list(codecs.iterdecode([b'\xe2', b'\x82', b'\xac', b'!'], 'utf-8')))
print(list(codecs.iterencode(['a', '\xe9'], 'utf-8')))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE)
