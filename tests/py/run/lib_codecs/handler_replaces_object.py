# A decoding error handler returning a position before the error's end, and one that replaces
# exc.object: decoding goes on in the new input (unicode_decode_call_errorhandler_writer).
import codecs
def fwd(exc):
    return ('\ufffd', exc.start + 1)
codecs.register_error("t.fwd", fwd)
import sys
for data, enc in [(b'\xd8\xd8\xd8\xd8\xd8\x00\x00\x00', 'utf-16-le'), (b'\xd8\xd8\xd8\xd8\x00\xd8\x00\x00', 'utf-16-be'),
                  (b'\x11\x11\x11\x11\x11\x00\x00\x00\x00\x00\x00', 'utf-32-le'), (b'\x11\x11\x11\x00\x00\x11\x11\x00\x00\x00\x00', 'utf-32-be')]:
    print(enc, ascii(data.decode(enc, 't.fwd')), flush=True)
def replace_with_long(exc):
    exc.object = b"\x00" * 8
    return ('\ufffd', exc.start)
codecs.register_error("t.long", replace_with_long)
for enc in ("utf-16", "utf-32", "utf-16-be", "utf-32-le"):
    print(enc, ascii(b'\x00'.decode(enc, 't.long')))
def bad_object(exc):
    exc.object = "text"
    return ('?', exc.end)
codecs.register_error("t.bad", bad_object)
try:
    b'\x00'.decode('utf-16', 't.bad')
except TypeError as e:
    print("TypeError", e)
def to_ascii(exc):
    exc.object = b"abc\xffdef"
    return ('<', 4)
codecs.register_error("t.swap", to_ascii)
print(ascii(b'\xff\xfe'.decode('utf-8', 't.swap')))
