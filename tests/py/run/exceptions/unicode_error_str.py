# str() of the Unicode errors for any start/end (CPython 3.14 clips nothing and never crashes), with
# attributes changed by str() of reason/encoding, and uninitialised instances.
from itertools import product
out = []
for start, end, objlen in product(range(-3, 4), range(-3, 4), range(4)):
    obj = 'a' * objlen
    out.append(str(UnicodeEncodeError('utf-8', obj, start, end, 'r')))
    out.append(str(UnicodeTranslateError(obj, start, end, 'r')))
    out.append(str(UnicodeDecodeError('utf-8', obj.encode(), start, end, 'r')))
print(len(out))
for o in out:
    print(o)
class Evil(str):
    def __str__(self):
        exc.object = None
        return self
exc = UnicodeEncodeError(Evil("utf-8"), "x", 0, 1, "r")
try: str(exc)
except TypeError as e: print("TypeError", e)
exc = UnicodeDecodeError("utf-8", b"x", 0, 1, Evil("r"))
try: str(exc)
except TypeError as e: print("TypeError", e)
print(repr(str(UnicodeEncodeError.__new__(UnicodeEncodeError))))
u = UnicodeEncodeError('baz', 'xxxxx', 1, 5, 'foo'); u.start = 1000; print(str(u))
u = UnicodeEncodeError('baz', '\u20ac\U0001f600x', 1, 2, 'foo'); print(str(u))
