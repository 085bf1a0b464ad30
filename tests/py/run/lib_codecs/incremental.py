import codecs

text = 'Grüße, 世界! \U0001f600 €'
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-be', 'utf-32', 'utf-7', 'latin-1', 'cp1252', 'ascii',
            'unicode_escape', 'raw_unicode_escape', 'cp437']:
    e = codecs.getincrementalencoder(enc)('replace')
    data = b''.join(e.encode(ch) for ch in text) + e.encode('', final=True)
    d = codecs.getincrementaldecoder(enc)('replace')
    pieces = [d.decode(data[i:i + 1]) for i in range(len(data))] + [d.decode(b'', final=True)]
    print(enc, data[:40], ascii(''.join(pieces)), len(pieces))
    e.reset(); d.reset()
    print('  state', d.getstate()[1] if enc.startswith('utf-16') or enc.startswith('utf-32') else '-')
print(list(codecs.iterencode(iter(['a', 'é', '€']), 'utf-16-le')))
print(ascii(''.join(codecs.iterdecode(iter([b'\xff', b'\xfe', b'a\x00', b'\x3d', b'\xd8\x00\xde']), 'utf-16'))))
d = codecs.getincrementaldecoder('utf-8')()
try:
    d.decode(b'\xe2\x82', final=True)
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
d = codecs.getincrementaldecoder('ascii')('strict')
try:
    d.decode(b'ok\x80')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(codecs.getincrementaldecoder('utf-16')().decode(b'\xfe\xff\x00A'))
for enc in ['base64', 'hex', 'uu', 'quopri', 'zlib', 'rot13']:
    info = codecs.lookup(enc)
    print(enc, info.name, info._is_text_encoding)
print(codecs.encode(b'\x00\xffdata', 'base64'), codecs.decode(codecs.encode(b'\x00\xffdata', 'zlib'), 'zlib'))
print(codecs.encode(b'hex me', 'hex_codec'), codecs.decode('6869', 'hex'))
e = codecs.getincrementalencoder('base64')()
print(e.encode(b'abc'), e.encode(b'd', True))
print(codecs.encode('Hello', 'rot13'), codecs.decode('Uryyb', 'rot-13'))
