# Incremental and stream use of the CJK codecs: pending input, getstate/setstate, reset, the stateful
# codecs (hz, iso2022_*), StreamReader/StreamWriter, io.TextIOWrapper.
import codecs, io

text = 'ABC 中文 日本語 ｶﾅ 한국 \\~ end\n第二行\n'
for enc in ['gbk', 'gb18030', 'hz', 'big5', 'shift_jis', 'cp932', 'euc_jp', 'euc_kr', 'johab', 'iso2022_jp',
            'iso2022_jp_2', 'iso2022_kr']:
    e = codecs.getincrementalencoder(enc)('replace')
    chunks = []
    for ch in text:
        chunks.append(e.encode(ch))
        chunks.append(e.getstate())
    chunks.append(e.encode('', final=True))
    data = b''.join(c for c in chunks if isinstance(c, bytes))
    print(enc, 'enc', data.hex()[:60], sorted(set(c for c in chunks if isinstance(c, int))))
    d = codecs.getincrementaldecoder(enc)('replace')
    out = []
    states = []
    for i in range(len(data)):
        out.append(d.decode(data[i:i + 1]))
        states.append(d.getstate())
    out.append(d.decode(b'', final=True))
    print(enc, 'dec', ascii(''.join(out)), states[:6], len(set(s[1] for s in states)))
    # the state survives a setstate into a fresh decoder
    d1 = codecs.getincrementaldecoder(enc)()
    first = d1.decode(data[:7])
    st = d1.getstate()
    d2 = codecs.getincrementaldecoder(enc)()
    d2.setstate(st)
    print(enc, 'setstate', ascii(first + d2.decode(data[7:], final=True)) == ascii(data.decode(enc, 'replace')))
    e.reset()
    d.reset()
    print(enc, 'reset', e.getstate(), d.getstate())

# an incomplete sequence at the end
for enc, data in [('gbk', b'ab\xd6'), ('euc_kr', b'\xa4\xd4\xa4\xa1'), ('gb18030', b'\x81\x30\x81'),
                  ('iso2022_jp', b'\x1b$'), ('hz', b'~{VP~')]:
    d = codecs.getincrementaldecoder(enc)()
    print(enc, ascii(d.decode(data)), d.getstate())
    try:
        d.decode(b'', final=True)
    except UnicodeDecodeError as ex:
        print(enc, 'final', ex.start, ex.end, ex.reason, ex.object)
    print(enc, 'after', d.getstate())
    print(enc, ascii(data.decode(enc, 'replace')))

# encoder state of the iso2022 codecs: the escape back to ASCII comes with final=True or reset()
e = codecs.getincrementalencoder('iso2022_jp')()
print(e.encode('日本'), e.getstate(), e.encode('語', final=True), e.getstate())
e.encode('日')
st = e.getstate()
e2 = codecs.getincrementalencoder('iso2022_jp')()
e2.setstate(st)
print(e2.encode('x'), e2.getstate())
e = codecs.getincrementalencoder('hz')()
print(e.encode('中'), e.getstate(), e.encode(''), e.encode('a'), e.encode('文', True))
for bad in [-1, 2 ** 200, 'x']:
    try:
        e.setstate(bad)
    except (OverflowError, TypeError) as ex:
        print(type(ex).__name__)
d = codecs.getincrementaldecoder('gbk')()
for bad in [123, ('x', 0), (b'', 'x'), (b'123456789', 0)]:
    try:
        d.setstate(bad)
    except (TypeError, UnicodeError) as ex:
        print(type(ex).__name__, ex)
e = codecs.getincrementalencoder('gbk')('strict')
print(e.errors)
e.errors = 'ignore'
print(e.errors, e.encode('a\u00e9b'))
try:
    e.errors = 5
except TypeError as ex:
    print('TypeError', ex)

# streams
buf = io.BytesIO()
w = codecs.getwriter('iso2022_jp')(buf)
w.write('日本')
w.write('語 ok\n')
w.writelines(['かな', 'abc'])
w.reset()
print(buf.getvalue())
r = codecs.getreader('iso2022_jp')(io.BytesIO(buf.getvalue()))
print(ascii(r.readline()), ascii(r.read()))
r = codecs.getreader('gbk')(io.BytesIO('第一行\n第二行\nthird\n'.encode('gbk')))
print([ascii(x) for x in r.readlines()])
r = codecs.getreader('shift_jis')(io.BytesIO('アイウエオ'.encode('shift_jis')))
print(ascii(r.read(1)), ascii(r.read(3)), ascii(r.read()))
print(type(w.stream).__name__, w.errors)

# io.TextIOWrapper
for enc in ['gbk', 'shift_jis', 'euc_kr', 'iso2022_jp', 'big5']:
    raw = io.BytesIO()
    t = io.TextIOWrapper(raw, encoding=enc, newline='\n')
    t.write('第一 line\n二\n')
    t.flush()
    data = raw.getvalue()
    t2 = io.TextIOWrapper(io.BytesIO(data), encoding=enc, newline='\n')
    first = t2.readline()
    pos = t2.tell()
    rest = t2.read()
    t2.seek(pos)
    print(enc, data, ascii(first), ascii(rest), ascii(t2.read()) == ascii(rest))
print(list(codecs.iterdecode([b'\xd6', b'\xd0\xce', b'\xc4'], 'gbk')))
print(list(codecs.iterencode(['日', '本', ''], 'iso2022_jp')))
