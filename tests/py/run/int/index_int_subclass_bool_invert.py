# operator.index() of an int subclass is its int value (its own __index__ is not called, PyNumber_Index);
# ~ on a bool is deprecated (a DeprecationWarning) but still ~int(x)
import operator
import warnings


class MyInt(int):
    def __index__(self):
        return int(str(self)) + 1


class BadInt2(int):
    def __index__(self):
        return True


m = MyInt(7)
print(m.__index__(), operator.index(m), type(operator.index(m)).__name__, operator.index(BadInt2()))
print([10, 20, 30, 40, 50, 60, 70, 80, 90][m], bin(m), hex(m), oct(m), range(10)[m], "abcdefghi"[m])
print(list(range(20))[MyInt(2) : m : MyInt(2)], range(20)[MyInt(2) : m], slice(MyInt(1), m).indices(5), [0] * MyInt(3))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    t, f = True, False
    print(~t, ~f, ~int(t), -t, +f, abs(t))
    for x in w:
        print(x.category.__name__, "|", x.message)
