# A frame an exception leaves through a handler that did not match reports the handler's line
# (f_lineno, as CPython's propagated line numbers give the RERAISE), in several shapes.
def other_except():
    try:
        1 / 0
    except TypeError as ex:
        pass


def other_except_plain():
    try:
        1 / 0
    except (TypeError, KeyError):
        pass


def in_finally():
    try:
        1 / 0
    finally:
        x = 1


def in_with():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False

    with CM():
        1 / 0


def in_loop():
    for i in range(3):
        try:
            1 / 0
        except ValueError:
            continue


for f in (other_except, other_except_plain, in_finally, in_with, in_loop):
    try:
        f()
    except ZeroDivisionError as e:
        t = e.__traceback__.tb_next
        print(f.__name__, t.tb_frame.f_lineno - f.__code__.co_firstlineno, t.tb_lineno - f.__code__.co_firstlineno)
