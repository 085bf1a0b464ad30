# test: full-traceback
def f(x):
    return 1 / x

def g():
    try:
        f(0)
    except ZeroDivisionError as e:
        raise ValueError("bad") from e

print("start")
d = {"a": [1, 2]}
try:
    d["a"][5]
except IndexError as e:
    print(type(e).__name__, e)
g()
