# A generator keeps its own handled exception across yields (gi_exc_state): sys.exception() inside it,
# a bare raise, implicit chaining, and what the caller sees, including throw() of the caller's own
# handled exception and generators started inside an except block.
import sys


def store_raise_exc_generator():
    try:
        print("start", sys.exception())
        yield
    except Exception as exc:
        print("caught", type(sys.exception()).__name__, exc.__context__)
        yield
        print("after yield", type(sys.exception()).__name__)
        yield
        raise


make = store_raise_exc_generator()
next(make)
try:
    raise ValueError("v")
except Exception as exc:
    try:
        make.throw(exc)
    except Exception:
        pass
    print("caller handles", type(sys.exception()).__name__)
print("caller after", sys.exception())
next(make)
try:
    next(make)
except ValueError as e:
    print("re-raised", repr(e), e.__context__)
print("end", sys.exception())


def sees_caller():
    print("gen sees", repr(sys.exception()))
    yield "done"
    print("gen sees later", repr(sys.exception()))
    yield "again"


g = sees_caller()
try:
    raise KeyError("outer")
except KeyError:
    print(next(g))
print(next(g))


def raises_inside():
    yield 1
    raise IndexError("inner")


g = raises_inside()
next(g)
try:
    raise TypeError("handling")
except TypeError:
    try:
        next(g)
    except IndexError as e:
        print("context:", repr(e.__context__))


def bare_raise_from_caller():
    yield
    raise


g = bare_raise_from_caller()
next(g)
try:
    raise RuntimeError("caller's")
except RuntimeError:
    try:
        next(g)
    except RuntimeError as e:
        print("bare raise:", repr(e))


def handler_then_yield():
    try:
        1 / 0
    except ZeroDivisionError:
        yield sys.exception()
    yield sys.exception()


g = handler_then_yield()
print(type(next(g)).__name__, sys.exception())
print(next(g), sys.exc_info())


def nested(depth):
    try:
        raise LookupError(depth)
    except LookupError:
        if depth:
            yield from nested(depth - 1)
        yield repr(sys.exception())


print(list(nested(2)))
