# Decoding error handlers that replace exc.object: a non-bytes object is a TypeError, other bytes are
# decoded from the returned position (ascii, utf-8, the escape codecs, charmap).
import codecs
baddata = [("ascii", b"\xff"), ("utf-8", b"\xff"), ("unicode-escape", b"\\u123g"), ("raw-unicode-escape", b"\\u123g")]
def replacing(exc):
    exc.object = 42
    return ("\u4242", 0)
codecs.register_error("t.replacing", replacing)
def mutating(exc):
    exc.object = b""
    return ("\u4242", 0)
codecs.register_error("t.mutating", mutating)
for enc, data in baddata:
    for h in ("t.replacing", "t.mutating"):
        try:
            print(enc, h, ascii(data.decode(enc, h)))
        except TypeError as e:
            print(enc, h, "TypeError", e)
print(ascii(codecs.charmap_decode(b"\xff", "t.mutating", "abc")[0]))
