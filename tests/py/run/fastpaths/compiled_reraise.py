# Re-raises whose handler is in the same (hot, compiled) function: the cleanup of `except ... as e`
# around a raise, `finally` blocks inside an outer try, nested try statements; the traceback keeps one
# entry per frame with the line of the original raise, __context__/__cause__ are kept, and
# sys.exception() is restored after each handler.
import sys
import traceback


def chained(i):
    try:
        try:
            raise ValueError(i)
        except ValueError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError as e:
        return e.__cause__.args[0], e.__context__ is e.__cause__, sys.exception() is e


def in_finally(i, log):
    try:
        try:
            if i % 2:
                raise KeyError(i)
            return "ok"
        finally:
            log.append(("finally", i, sys.exception() is None))
    except KeyError as e:
        tb = traceback.extract_tb(e.__traceback__)
        return "caught", [(f.name, f.line) for f in tb], sys.exception() is e


def nested(i):
    try:
        try:
            try:
                raise TypeError(i)
            except ValueError:
                return "wrong"
        except (TypeError, IndexError) as e:
            raise IndexError("second") from None
    except IndexError as e:
        return repr(e), e.__suppress_context__, repr(e.__context__)


def bare(i):
    try:
        try:
            raise ValueError(i)
        except ValueError:
            raise
    except ValueError as e:
        return [f.line for f in traceback.extract_tb(e.__traceback__)]


def leaves(i):
    # the re-raise leaves the frame: the caller handles it
    try:
        raise OSError(i)
    finally:
        pass


def outer(i):
    try:
        leaves(i)
    except OSError as e:
        return [(f.name, f.line) for f in traceback.extract_tb(e.__traceback__)]


log = []
for i in range(3000):
    r = (chained(i), in_finally(i, log), nested(i), bare(i), outer(i))
print(r)
print(log[-2:], len(log), sys.exception())
print(chained(1), in_finally(1, []), in_finally(2, []))


# a with block whose __exit__ does not swallow, inside a try, and one that does
class Ctx:
    def __init__(self, swallow):
        self.swallow = swallow

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        return self.swallow


def with_blocks(i):
    out = []
    for swallow in (False, True):
        try:
            with Ctx(swallow):
                raise LookupError(i)
            out.append("swallowed")
        except LookupError as e:
            out.append(("raised", e.args))
    return out


for i in range(3000):
    r = with_blocks(i)
print(r)
