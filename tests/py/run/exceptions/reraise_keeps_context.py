# A re-raised exception (bare raise, the re-raise at the end of a finally or except, an exception
# leaving a generator) keeps the __context__ it was given when first raised, even when set to None.
from contextlib import contextmanager, ExitStack
class MyException(Exception):
    pass
@contextmanager
def my_cm():
    try:
        yield
    except BaseException:
        exc = MyException()
        try:
            raise exc
        finally:
            exc.__context__ = None
for cm in (my_cm,):
    try:
        with cm():
            raise IndexError()
    except MyException as exc:
        print("context:", exc.__context__)
def raise_exc(exc):
    raise exc
saved = None
def suppress_exc(*details):
    global saved
    saved = details
    return True
try:
    with ExitStack() as stack:
        stack.callback(raise_exc, IndexError)
        stack.callback(raise_exc, KeyError)
        stack.callback(raise_exc, AttributeError)
        stack.push(suppress_exc)
        stack.callback(raise_exc, ValueError)
        1 / 0
except IndexError as exc:
    print(type(exc.__context__).__name__, type(exc.__context__.__context__).__name__, exc.__context__.__context__.__context__)
print(type(saved[1]).__name__, type(saved[1].__context__).__name__)
def reraiser():
    try:
        raise KeyError("k")
    except KeyError as e:
        e.__context__ = None
        raise
try:
    try:
        raise TypeError("outer")
    except TypeError:
        reraiser()
except KeyError as e:
    print("bare raise keeps context:", e.__context__)
