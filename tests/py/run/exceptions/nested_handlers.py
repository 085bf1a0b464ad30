def f(level):
    try:
        if level == 0:
            raise LookupError("deep")
        f(level - 1)
    except LookupError as e:
        if level < 2:
            raise
        print("handled at", level, e)
f(4)
try:
    try:
        raise TypeError("a")
    except TypeError:
        try:
            raise ValueError("b")
        except ValueError as v:
            print("inner ctx", repr(v.__context__))
        raise
except TypeError as t:
    print("outer", t)
