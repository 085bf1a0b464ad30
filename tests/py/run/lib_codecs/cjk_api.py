# The _multibytecodec objects behind the CJK codecs: constructor arguments, the class attribute `codec`, the
# `errors` and `stream` attributes, the module's names, and a big5hkscs pair kept pending by the incremental
# encoder.
import codecs, io
import _multibytecodec as m

def show(label, f):
    try:
        print(label, ascii(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(sorted(n for n in dir(m) if not n.startswith('__')))
show('enc None', lambda: codecs.getincrementalencoder('gbk')(None))
show('dec None', lambda: codecs.getincrementaldecoder('gbk')(errors=None))
show('reader None', lambda: codecs.getreader('gbk')(io.BytesIO(), None))
show('enc int', lambda: codecs.getincrementalencoder('gbk')(1))
show('enc 2 args', lambda: codecs.getincrementalencoder('gbk')('strict', 1))
show('enc kw', lambda: codecs.getincrementalencoder('gbk')(foo=1))
show('reader no stream', lambda: codecs.getreader('gbk')())
show('writer kw', lambda: codecs.getwriter('gbk')(stream=io.BytesIO(), errors='ignore').errors)

class NoCodec(m.MultibyteIncrementalEncoder):
    pass
class BadCodec(m.MultibyteIncrementalDecoder):
    codec = 3
show('no codec', lambda: NoCodec())
show('bad codec', lambda: BadCodec())
class Mine(m.MultibyteIncrementalEncoder, codecs.IncrementalEncoder):
    codec = codecs.lookup('euc_kr').encode.__self__ if hasattr(codecs.lookup('euc_kr').encode, '__self__') else None
print([c.__name__ for c in type(codecs.getincrementalencoder('gbk')()).__mro__])
print([c.__name__ for c in codecs.getreader('big5').__mro__])
print(type(codecs.lookup('gbk').encode).__name__)
e = codecs.getincrementalencoder('gbk')()
show('del errors', lambda: e.__delattr__('errors'))
e.errors = 'custom.name'
print(e.errors)
show('encode unknown handler', lambda: e.encode('\u00e9'))
r = codecs.getreader('gbk')(io.BytesIO('中文'.encode('gbk')), 'replace')
print(type(r.stream).__name__, r.errors)
show('set stream', lambda: setattr(r, 'stream', 1))
show('read float', lambda: r.read(1.5))
print(ascii(r.read(-1)))

# big5hkscs: Ê and ê combine with a following U+0304/U+030C into one code
e = codecs.getincrementalencoder('big5hkscs')()
print(e.encode('\u00ca'), e.getstate(), e.encode('\u0304'), e.encode('\u00ea'), e.encode('x'), e.encode('\u00ca', True))
print('\u00ca\u030c\u00ea\u0304\u00ca'.encode('big5hkscs'), b'\x88\x62\x88\x66\x88\xa7'.decode('big5hkscs'))
w = io.BytesIO()
sw = codecs.getwriter('big5hkscs')(w)
sw.write('a\u00ca')
print(w.getvalue())
sw.write('\u030c')
sw.write('\u00ea')
sw.reset()
print(w.getvalue())

# the encoders take any object and encode str() of it; the decoders want bytes-like objects
show('encode int', lambda: codecs.getincrementalencoder('gbk')().encode(12))
show('decode str', lambda: codecs.getincrementaldecoder('gbk')().decode('ab'))
show('decode bytearray', lambda: codecs.getincrementaldecoder('gbk')().decode(bytearray(b'\xd6\xd0')))
show('final kw', lambda: codecs.getincrementaldecoder('gbk')().decode(b'\xd6', final=True))
show('stream writelines', lambda: codecs.getwriter('gbk')(io.BytesIO()).writelines(5))

# StreamWriter.reset() with nothing pending writes nothing (the shift state stays for the next write);
# IncrementalEncoder.reset() drops the state without output
for enc in ['iso2022_jp', 'hz', 'big5hkscs', 'gbk']:
    b = io.BytesIO()
    w = codecs.getwriter(enc)(b)
    w.write('日本' if enc != 'big5hkscs' else '日\u00ca')
    w.reset()
    print(enc, b.getvalue())
    w.write('a')
    print(enc, b.getvalue())
    e = codecs.getincrementalencoder(enc)()
    print(e.encode('日'), e.reset(), e.encode('a'), e.getstate())

# `final` is taken by its truth value; a failed final decode leaves the pending bytes as they were
e = codecs.getincrementalencoder('gbk')()
for v in ['x', 1.5, None, 2, True]:
    show(f'encode final={v!r}', lambda: e.encode('a', v))
d = codecs.getincrementaldecoder('gbk')()
for v in ['x', None, 1.5]:
    show(f'decode final={v!r}', lambda: d.decode(b'\xd6', final=v))
