try:
    try:
        raise KeyError("first")
    except KeyError:
        raise TypeError("second")
except TypeError as e:
    print(repr(e.__context__), e.__cause__)
def f():
    try:
        raise ValueError(1)
    finally:
        pass
try:
    f()
except ValueError as e:
    print(e.__context__)
