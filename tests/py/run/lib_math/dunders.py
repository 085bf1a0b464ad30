# floor/ceil/trunc use __floor__/__ceil__/__trunc__; float conversion via __float__ and __index__.
import math
from fractions import Fraction



class Num:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"


class F:
    def __float__(self):
        return 2.25


class I:
    def __index__(self):
        return 10**30


class MyFloat(float):
    pass


class MyInt(int):
    pass


print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(7), math.ceil(True), math.trunc(10**30))
print(math.floor(1e300) == 10**300, math.ceil(-0.0), type(math.floor(3.0)).__name__)
print(math.floor(Fraction(7, 2)), math.ceil(Fraction(7, 2)), math.trunc(Fraction(-7, 2)))
print(math.sqrt(F()), math.sqrt(I()), math.log(I()), math.sqrt(MyFloat(6.25)), math.sqrt(MyInt(16)))
print(math.floor(MyFloat(2.5)), math.sqrt(Fraction(1, 4)))
for f, a in [(math.floor, "x"), (math.ceil, math.inf), (math.floor, math.nan), (math.trunc, "x"),
             (math.trunc, 1j), (math.sqrt, 1j), (math.sqrt, None), (math.sqrt, I()), (math.floor, [])]:
    try:
        print(f(a))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


class BadFloat:
    def __float__(self):
        return 1


try:
    math.sqrt(BadFloat())
except TypeError as e:
    print(e)
