# The frames an exception passes through, as traceback.extract_tb sees them: comprehensions are part of
# their function (PEP 709), generator expressions keep their own <genexpr> frame.
import traceback


def fail(v):
    return 1 // v


def listcomp(vals):
    return [fail(v) for v in vals]


def setcomp(vals):
    return {fail(v) for v in vals}


def dictcomp(vals):
    return {v: fail(v) for v in vals}


def nested(vals):
    return [[fail(w) for w in range(v, -1, -1)] for v in vals]


def genexpr(vals):
    return list(fail(v) for v in vals)


for f in (listcomp, setcomp, dictcomp, nested, genexpr):
    try:
        f([2, 1, 0])
    except ZeroDivisionError as e:
        print(f.__name__, [fr.name for fr in traceback.extract_tb(e.__traceback__)])

try:
    [fail(v) for v in [1, 0]]
except ZeroDivisionError as e:
    print("module", [fr.name for fr in traceback.extract_tb(e.__traceback__)])
    print([fr.line for fr in traceback.extract_tb(e.__traceback__)])
