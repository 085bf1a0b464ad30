# A staticmethod object is callable (3.10+) with positional and keyword arguments; wrapping one in another
# staticmethod (as `open = staticmethod(_pyio.open)` does, _pyio.open being a staticmethod) still calls.
import _pyio


def f(a, b=2, *, c=3):
    return (a, b, c)


s = staticmethod(f)
print(s(1), s(1, b=5), s(a=0, c=9))


class T:
    g = staticmethod(s)
    open = staticmethod(_pyio.open)


print(T.g(4, c=1), T().g(a=7))
with T().open(__file__, encoding="utf-8") as fh:
    print(fh.readline().startswith("# A staticmethod"))
try:
    s(1, d=2)
except TypeError as e:
    print("TypeError", e)
