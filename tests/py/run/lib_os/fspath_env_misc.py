# open() of an object whose __fspath__ is None is a TypeError naming the type; os.reload_environ()
# (3.14) rebuilds os.environ from the C environment.
import os


class Foo:
    __fspath__ = None


for f in (open, os.fspath):
    try:
        f(Foo())
    except TypeError as e:
        print(f.__name__, "TypeError", e)

if hasattr(os, "putenv"):
    os.putenv("PYPYTS_RELOAD_X", "y")
    before = os.environ.get("PYPYTS_RELOAD_X")
    os.reload_environ()
    print(before, os.environ.get("PYPYTS_RELOAD_X"), os.environb.get(b"PYPYTS_RELOAD_X"))
