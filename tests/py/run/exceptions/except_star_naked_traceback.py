# except* wrapping a naked exception in a group gives the group a traceback that starts at the except*
# clause of the handling frame (gh-128799); the wrapped exception keeps its own.
import traceback

def entries(tb):
    return [(f.name, f.lineno, f.end_lineno, f.line) for f in traceback.extract_tb(tb)]

def exc():
    try:
        raise Exception(42)
    except* Exception as e:
        print("bound", type(e).__name__, repr(e.message), entries(e.__traceback__))
        raise

try:
    exc()
except BaseException as e:
    print(type(e).__name__, entries(e.__traceback__))
    print([entries(x.__traceback__) for x in e.exceptions])

def exc2():
    try:
        raise ValueError(1)
    except* TypeError:
        pass
    except* ValueError:
        x = 1
        raise

try:
    exc2()
except BaseException as e:
    print(type(e).__name__, entries(e.__traceback__))

def exc3():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("bound group", entries(e.__traceback__))

try:
    exc3()
except BaseException as e:
    print(type(e).__name__, repr(e), entries(e.__traceback__))
