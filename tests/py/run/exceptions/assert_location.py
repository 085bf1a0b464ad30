# test: full-traceback
# 3.14 raises AssertionError at the test expression's location: the carets mark the failed condition,
# and a parenthesised test on its own line is the line reported.
def check(x):
    assert x > 2 and x < 10, "out of range"


def multiline(x):
    assert (
        x > 2)


for f in (check, multiline):
    try:
        f(1)
    except AssertionError as e:
        tb = e.__traceback__.tb_next
        print(f.__name__, tb.tb_lineno - f.__code__.co_firstlineno, repr(e))

check(1)
