from decimal import Decimal as D
import statistics, fractions, json, decimal
print(statistics.mean([D('1.1'), D('2.2')]), statistics.median([D('1.5'), D('2.5'), D(4)]))
print(statistics.fmean([D('1.5'), D('2.5')]), statistics.variance([D(1), D(2), D(4)]), statistics.stdev([D('1.5'), D('2.5'), D('2.5'), D('2.75')]))
print(statistics.harmonic_mean([D(1), D(2), D(4)]), statistics.mode([D(1), D('1.0'), D(2)]))
print(fractions.Fraction(D('1.25')), fractions.Fraction(D('-0.001')), fractions.Fraction(D(3)), fractions.Fraction(D('1e3')))
print(fractions.Fraction.from_decimal(D('2.5')), fractions.Fraction(1, 3) == D('0.5'), fractions.Fraction(1, 2) == D('0.5'))
for v in ['NaN', 'Inf']:
    try:
        fractions.Fraction(D(v))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(json.loads('[1.1, 2.50, 1e3]', parse_float=D), json.dumps(float(D('1.5'))))
print(sum([D('0.1')] * 10), sum([D('0.1')] * 10) == 1, sum([0.1] * 10) == 1)
import numbers
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real), issubclass(decimal.Decimal, numbers.Number))
import copy, pickle
x = D('-1.23e-7')
print(copy.copy(x), copy.deepcopy(x), pickle.loads(pickle.dumps(x)), x.__reduce__())
class MyDec(D):
    def double(self):
        return self * 2
m = MyDec('1.5')
print(type(m).__name__, m.double(), repr(m), type(m + 1).__name__, MyDec.from_float(0.5), type(MyDec.from_float(0.5)).__name__)
print(decimal.__version__, decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR, decimal.ROUND_HALF_EVEN, decimal.Decimal.__module__)
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), issubclass(decimal.FloatOperation, TypeError),
      decimal.Underflow.__mro__[1:4], decimal.DivisionUndefined.__mro__[1:3], decimal.ConversionSyntax.__bases__)
