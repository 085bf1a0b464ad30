# Error handling of the CJK codecs: the standard handlers, custom ones from codecs.register_error, and the
# exception attributes ("illegal multibyte sequence", "incomplete multibyte sequence").
import codecs

def show(label, f):
    try:
        print(label, ascii(f()))
    except (UnicodeError, TypeError, IndexError, LookupError, ValueError) as e:
        attrs = ''
        if isinstance(e, (UnicodeEncodeError, UnicodeDecodeError)):
            attrs = (e.encoding, e.object if len(e.object) < 30 else len(e.object), e.start, e.end, e.reason)
        print(label, type(e).__name__, ascii(str(e)), ascii(attrs))

samples = {
    'gbk': ('a\u20ac\u4e2d\U0001f600b\udcff', b'a\xd6\xd0\x81\x20\xff\xfeb\x81'),
    'gb18030': ('\ud800x', b'\x81\x30\x81\x81\x90\x30\xff\x30z\x84\x31\xa5\x30\x81\x30'),
    'hz': ('ab\u4e2d~\u00e9c', b'a~{VP~x~}b~{V'),
    'big5': ('x\u4e2d\u00e9y', b'\xa4\xa4\x80\xa4\xa4\x7f\xa4'),
    'shift_jis': ('\u65e5\u00e9\u2460', b'\x93\xfa\x85\x40\xa0\x81\x39\x93'),
    'cp932': ('\u2460\u00e9\U0001f600', b'\x87\x40\x85\x9f\x81'),
    'euc_jp': ('\u65e5\u00e9', b'\xc6\xfc\x8f\xa1\xa1\x8e\x20\xc6'),
    'euc_kr': ('\ud55c\uac02\u00e9', b'\xc7\xd1\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xff\xa4\xd4\xa4'),
    'cp949': ('\uac02\u00e9', b'\x81\x41\x81\x20\xc7'),
    'johab': ('\uac00\u00e9', b'\x88\x61\x84\x20\xd9\x7f\x88'),
    'iso2022_jp': ('a\u65e5\u00e9b\uff71', b'a\x1b$B;z\x1b(Bb\x1b$Bx\x1b(Bc\x1b$Z\x1b$'),
    'iso2022_kr': ('\ud55c\u00e9a', b'\x1b$)C\x0eGQ\x0fa\x0eGx\x0f\x1b'),
}
for enc, (text, data) in samples.items():
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
                   'surrogateescape', 'surrogatepass']:
        show(f'{enc} encode {errors}', lambda: text.encode(enc, errors))
    for errors in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
        show(f'{enc} decode {errors}', lambda: data.decode(enc, errors))

calls = []
def custom(exc):
    calls.append((type(exc).__name__, exc.start, exc.end, exc.reason))
    if isinstance(exc, UnicodeEncodeError):
        return ('<%s>' % ','.join('%x' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    return ('[%s]' % exc.object[exc.start:exc.end].hex(), exc.end)
codecs.register_error('test.cjk', custom)
codecs.register_error('test.cjk.bytes', lambda exc: (b'\xa1\xa1', exc.end))
codecs.register_error('test.cjk.back', lambda exc: ('', exc.start - 1 if exc.start else exc.end))
codecs.register_error('test.cjk.far', lambda exc: ('?', 999))
codecs.register_error('test.cjk.bad', lambda exc: ('?', 'x'))
codecs.register_error('test.cjk.unencodable', lambda exc: ('\u00e9', exc.end))
codecs.register_error('test.cjk.kanji', lambda exc: ('\u65e5', exc.end))
for enc in ['gbk', 'shift_jis', 'iso2022_jp', 'hz']:
    show(f'{enc} custom encode', lambda: 'a\u00e9\u00e8b\u0100'.encode(enc, 'test.cjk'))
    show(f'{enc} bytes encode', lambda: 'a\u00e9b'.encode(enc, 'test.cjk.bytes'))
    show(f'{enc} far encode', lambda: 'a\u00e9b'.encode(enc, 'test.cjk.far'))
    show(f'{enc} bad encode', lambda: 'a\u00e9b'.encode(enc, 'test.cjk.bad'))
    show(f'{enc} unencodable encode', lambda: 'a\u00e9b'.encode(enc, 'test.cjk.unencodable'))
    show(f'{enc} kanji encode', lambda: 'a\u00e9b'.encode(enc, 'test.cjk.kanji'))
    show(f'{enc} custom decode', lambda: b'a\xff\x81b\x80'.decode(enc, 'test.cjk'))
    show(f'{enc} far decode', lambda: b'a\xffb'.decode(enc, 'test.cjk.far'))
show('unknown handler', lambda: '\u00e9'.encode('gbk', 'no.such.handler'))
print(calls)
# the codec objects directly
import _codecs_cn, _multibytecodec
c = _codecs_cn.getcodec('gbk')
print(type(c).__name__, type(c).__module__, c.encode('\u4e2d'), c.decode(b'\xd6\xd0'), c.encode('x\u00e9', 'replace'))
show('decode str', lambda: c.decode('abc'))
show('encode int', lambda: c.encode(12))
show('decode memoryview', lambda: c.decode(memoryview(b'\xd6\xd0ab')))
show('errors type', lambda: c.encode('a', 3))
show('getcodec unknown', lambda: _codecs_cn.getcodec('big5'))
show('getcodec type', lambda: _codecs_cn.getcodec(b'gbk'))
show('create_codec', lambda: _multibytecodec.__create_codec('gbk'))
