# An exception from __enter__ or __exit__ is located at that context manager's expression in the with
# statement (which of several items failed), for the normal exit and the exceptional one.
import traceback
class Dummy:
    def __enter__(self): return self
    def __exit__(self, *a): return False
class EnterRaises:
    def __enter__(self): raise RuntimeError("enter")
    def __exit__(self, *a): return False
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError("exit")
def enter_raises():
    try:
        with EnterRaises(), Dummy() as d:
            pass
    except Exception as e:
        return e
def exit_raises():
    try:
        with Dummy(), ExitRaises(), \
             Dummy() as d:
            pass
    except Exception as e:
        return e
def exit_raises_on_error():
    try:
        with (Dummy(),
              ExitRaises()):
            1 / 0
    except Exception as e:
        return e
for f in (enter_raises, exit_raises, exit_raises_on_error):
    e = f()
    fs = traceback.extract_tb(e.__traceback__)[0]
    print(f.__name__, fs.lineno - f.__code__.co_firstlineno, fs.end_lineno - f.__code__.co_firstlineno, (fs.colno, fs.end_colno), type(e.__context__).__name__)
