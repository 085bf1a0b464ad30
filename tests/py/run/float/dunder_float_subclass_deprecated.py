# __float__ / __int__ / __index__ returning an instance of a strict subclass of float / int: accepted with
# a DeprecationWarning (the result is an exact float / int); other types are a TypeError
import warnings


class F2(float):
    pass


class RetF2:
    def __float__(self):
        return F2(2.5)


class RetInt:
    def __float__(self):
        return 3


class IndexBool:
    def __index__(self):
        return True


class IntBool:
    def __int__(self):
        return True


class IntSubIndex(int):
    def __index__(self):
        return True


class IntSubInt(int):
    def __int__(self):
        return True


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    r = float(RetF2())
    print(r, type(r).__name__)
    for obj in [IndexBool(), IntBool(), IntSubIndex(), IntSubInt()]:
        n = int(obj)
        print(type(obj).__name__, n, type(n).__name__)
    import operator
    print(operator.index(IndexBool()), [0, 1, 2][IndexBool()])
    for x in w:
        print(x.category.__name__, "|", x.message)
try:
    float(RetInt())
except TypeError as e:
    print(e)
