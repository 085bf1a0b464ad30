import codecs

def show(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = 'a\tb\nc\\d\'e"f\x00\x7f\xe9\u20ac\U0001f600\r'
print(s.encode('unicode_escape'), s.encode('raw_unicode_escape'))
print(ascii(s.encode('unicode_escape').decode('unicode_escape')) == ascii(s))
print(ascii(s.encode('raw_unicode_escape').decode('raw_unicode_escape')) == ascii(s))
for b in [b'\\x41\\101\\u0042\\U00000043', b'\\a\\b\\f\\v\\0', b'line\\\ncont', b'\\x4', b'\\u12', b'\\U1234567',
          b'\\U00110000', b'\\N{DIGIT ONE}', b'\\N{', b'\\N{DIGIT ONE', b'\\N', b'abc\\', b'\\377', b'\xe9\xff']:
    show(lambda: b.decode('unicode_escape'))
    show(lambda: b.decode('unicode_escape', 'replace'))
    show(lambda: codecs.unicode_escape_decode(b, 'strict', False))
for b in [b'\\u20ac', b'\\\\u20ac', b'\\\\\\u20ac', b'\\x41', b'\\u12', b'\\U00110000', b'a\\', b'\\U0001f600']:
    show(lambda: b.decode('raw_unicode_escape'))
    show(lambda: codecs.raw_unicode_escape_decode(b, 'backslashreplace', False))
print(codecs.unicode_escape_decode('\\u20ac str input'), codecs.raw_unicode_escape_decode('\\u20ac'))
print(codecs.escape_encode(b'\x00\x1f ~\x7f\x80\xff\'"\\\t\n\r'))
for b in [b'\\x41\\n\\t\\\\\\\'\\"', b'\\101\\0', b'\\', b'\\x4', b'\\xzz', '\\x41']:
    show(lambda: codecs.escape_decode(b))
show(lambda: codecs.escape_decode(b'\\x4', 'replace'))
show(lambda: codecs.escape_decode(b'\\x4g', 'ignore'))
show(lambda: codecs.escape_encode('str'))
print(codecs.encode(b'\n\x00', 'escape_codec') if hasattr(codecs, 'x') else '', codecs.decode(b'\\n', 'unicode_escape'))
print('\u20ac\U0001f600'.encode('unicode-escape'), 'x'.encode('raw-unicode-escape'))
