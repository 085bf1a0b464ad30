import io
import codecs

d = io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\r")), repr(d.decode("c", final=True)), d.newlines)
print(d.getstate())
d.decode("x\r")
print(d.getstate())
d.setstate((b"", 0))
print(repr(d.decode("", final=True)))
d.reset()
print(d.newlines)
u = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(u.decode("1\r\n2\r3\n")), u.newlines)
print(repr(u.decode("4\r")), repr(u.decode("", final=True)))
for text in ["\n", "\r", "\r\n", "\r\n\n", "\r\r\n", "\r\n\r", "x"]:
    n = io.IncrementalNewlineDecoder(None, False)
    n.decode(text, final=True)
    print(repr(text), n.newlines)
w = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), translate=True)
print(repr(w.decode(b"caf\xc3")), repr(w.decode(b"\xa9\r")), repr(w.decode(b"\n", final=True)))
print(w.getstate())
w.decode(b"\xc3")
print(w.getstate())
try:
    io.IncrementalNewlineDecoder(None, True).decode(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
