# Unicode*Error, ImportError and SyntaxError constructors check their arguments as CPython's do: str
# fields, a bytes-like object kept as bytes, index start/end, the SyntaxError details' length.
e = UnicodeDecodeError('ascii', bytearray(b'\xff'), 0, 1, 'ordinal not in range')
print(repr(e.object), e)
for args in ((1, b'x', 0, 1, 'r'), ('a', 'x', 0, 1, 'r'), ('a', b'x', '0', 1, 'r'), ('a', b'x', 0, 1, 2)):
    try: UnicodeDecodeError(*args)
    except TypeError as ex: print(ex)
for args in ((1, 'x', 0, 1, 'r'), ('a', b'x', 0, 1, 'r')):
    try: UnicodeEncodeError(*args)
    except TypeError as ex: print(ex)
try: UnicodeTranslateError(b'x', 0, 1, 'r')
except TypeError as ex: print(ex)
print(UnicodeDecodeError('a', memoryview(b'ab'), 0, 1, 'r').object)
try: ImportError('test', invalid='keyword')
except TypeError as ex: print(ex)
for args in (("bad.py", 1, 2), ("bad.py", 1, 2, 4, 5, 6, 7, 8), ("bad.py", 1, 2, "abcdefg", 1)):
    try: print(SyntaxError("bad bad", args))
    except TypeError as ex: print("TE", ex)
s = SyntaxError("bad bad", ("bad.py", 1, 2, "abcdefg", 1, 7))
print(s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset)
