from decimal import Decimal as D, getcontext, FloatOperation, InvalidOperation
from fractions import Fraction as F
print(D('1.0') == 1, D('0.5') == 0.5, D('0.1') == 0.1, D('0.5') < 1, D(2) > 1.5, D('1.5') == F(3, 2), D('1.5') < F(8, 5))
print(D(1) == D('1.000'), D('-0') == D(0), D('NaN') == D('NaN'), D('NaN') != 1, D(1) != 'x', D(1) == None)
print(sorted([D('3'), D('-1.5'), D('2.25'), D('0')]), max(D(1), D('1.0')), min([D(2), D('-Inf'), D(5)]))
print(hash(D(1)) == hash(1), hash(D('0.5')) == hash(0.5), hash(D('-2.5')) == hash(-2.5), hash(D('1.000')) == hash(1))
print(hash(D(10**30)) == hash(10**30), hash(D('1e30')) == hash(10**30), hash(D('Inf')) == hash(float('inf')))
print(hash(D('0.1')) == hash(F(1, 10)), hash(D('-1')) == hash(-1), hash(D('-0')) == 0)
print({D('1.0'): 'a'}[1], len({D(1), D('1.00'), 1, 1.0}))
print(D(1) < D('Inf'), D('-Inf') < -10**100, D('1E+999999') > 10**100)
print(D(1).compare(D(2)), D(2).compare(D('2.0')), D('NaN').compare(D(1)), D(3).compare_total(D('3.0')),
      D('-0').compare_total(D('0')), D('NaN').compare_total(D('sNaN')), D(1).max(D('NaN')), D('-3').max_mag(D(2)),
      D(1).min(D('1.0')), D(2).min_mag(D(-2)))
for x, y in [(D('NaN'), 1), (D('sNaN'), 1)]:
    for op in ['==', '<']:
        try:
            print(op, eval(f'x {op} y'))
        except InvalidOperation as e:
            print(op, 'InvalidOperation', e)
getcontext().traps[FloatOperation] = True
print(D('1.5') == 1.5)
try:
    D('1.5') < 2.5
except FloatOperation as e:
    print('FloatOperation', e, isinstance(e, TypeError))
print(D(1) == 1 + 0j, D(1) == 1 + 1j)
