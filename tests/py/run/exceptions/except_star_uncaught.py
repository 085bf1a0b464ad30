# test: full-traceback
def f():
    raise ExceptionGroup("group", [ValueError("v"), TypeError("t")])
try:
    f()
except* ValueError:
    print("handled values")
