import codecs

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = 'a\xe9\u20ac\U0001f600\udcff z'
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape']:
    for enc in ['ascii', 'latin-1', 'utf-8', 'cp1252', 'utf-16-le']:
        show(lambda: s.encode(enc, errors))

data = b'a\xff\xe2\x82\xacb\xe2\x82 \xed\xa0\x80\xf0\x9f\x98'
for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass']:
    for enc in ['ascii', 'utf-8', 'cp1252', 'utf-16-be', 'utf-32']:
        show(lambda: data.decode(enc, errors))

show(lambda: b'x'.decode('utf-8', 'xmlcharrefreplace'))
show(lambda: b'\xff'.decode('utf-8', 'xmlcharrefreplace'))
show(lambda: 'x\xff'.encode('ascii', 'nosuchhandler'))
show(lambda: codecs.lookup_error('nosuchhandler'))

def handler(exc):
    print('  handler:', type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason)
    if isinstance(exc, UnicodeEncodeError):
        return ('[%s]' % exc.object[exc.start:exc.end].upper(), exc.end)
    return ('<%s>' % exc.object[exc.start:exc.end].hex(), exc.end)

codecs.register_error('test.upper', handler)
show(lambda: 'abc\xe9\xe8d\xe0'.encode('ascii', 'test.upper'))
show(lambda: b'ab\xff\xfecd'.decode('utf-8', 'test.upper'))
show(lambda: 'xy\u20acz'.encode('cp437', 'test.upper'))
show(lambda: b'\x81\x8d'.decode('cp1252', 'test.upper'))

codecs.register_error('test.bytes', lambda e: (b'\x01\x02', e.end))
show(lambda: 'a\xffb'.encode('ascii', 'test.bytes'))
codecs.register_error('test.skip', lambda e: ('', e.end + 1))
show(lambda: 'a\xffbc'.encode('ascii', 'test.skip'))
codecs.register_error('test.back', lambda e: ('?', -1))
show(lambda: 'ab\xff'.encode('latin-1', 'test.back') if False else 'skipped')
codecs.register_error('test.bad', lambda e: 42)
show(lambda: 'a\xffb'.encode('ascii', 'test.bad'))
show(lambda: b'a\xffb'.decode('ascii', 'test.bad'))
codecs.register_error('test.oob', lambda e: ('x', 100))
show(lambda: 'a\xffb'.encode('ascii', 'test.oob'))
codecs.register_error('test.nonascii', lambda e: ('\xe9', e.end))
show(lambda: 'a\u20acb'.encode('latin-1', 'test.nonascii'))
show(lambda: 'a\u20acb'.encode('ascii', 'test.nonascii'))
show(lambda: 'a\ud800b'.encode('utf-8', 'test.nonascii'))
show(lambda: codecs.register_error('x', 1))

# the handler functions called directly
e = UnicodeEncodeError('ascii', 'a\xe9\u20acb', 1, 3, 'bad')
for name in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
    show(lambda: codecs.lookup_error(name)(e))
d = UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'bad')
for name in ['ignore', 'replace', 'backslashreplace', 'surrogateescape', 'xmlcharrefreplace']:
    show(lambda: codecs.lookup_error(name)(d))
show(lambda: codecs.lookup_error('replace')(ValueError('x')))
show(lambda: codecs.strict_errors(ValueError('boom')))
t = UnicodeTranslateError('a\xe9b', 1, 2, 'nope')
show(lambda: codecs.replace_errors(t))
show(lambda: codecs.backslashreplace_errors(t))
