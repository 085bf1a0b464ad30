from decimal import Decimal, getcontext, InvalidOperation
import decimal

cases = ['0', '-0', '1', '1.0', '1.23E+5', '123456789e-20', '-1.5e-7', '0.000001', '0.0000001',
         '1e1000', '  42  ', '1_000_000', '.5', '5.', '-.5e3', 'Inf', '-infinity', 'nan', 'NaN123',
         '-sNaN45', '0E-10', '100E+2', '1.500', '+7']
for s in cases:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.to_eng_string())

for v in [0, -5, 10**30, -(2**70), 0.1, -2.5, 1e300, float('inf'), float('-inf'), True]:
    print(repr(Decimal(v)))
print(repr(Decimal(float('nan'))))
print(Decimal.from_float(0.25), Decimal.from_float(7), Decimal.from_number(3), Decimal.from_number(0.5))
for t in [(0, (1, 2, 3), -2), (1, (0,), 0), (0, (), 'F'), (1, (4, 5), 'n'), (0, (1,), 'N'), [1, [9, 9], 3]]:
    print(repr(Decimal(t)))
print(Decimal(Decimal('3.14')), Decimal('1.5').as_tuple(), Decimal('-Inf').as_tuple(), Decimal('NaN').as_tuple())
print(decimal.DecimalTuple(1, (2, 0), -1), Decimal(decimal.DecimalTuple(1, (2, 0), -1)))
for bad in ['abc', '1e', '1..2', '', ' ', '1 2', '1__0', '_1', 'Infinit', '0x10', 'sNaN1.2']:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print(repr(bad), type(e).__name__, e)
getcontext().traps[InvalidOperation] = False
print(repr(Decimal('garbage')), getcontext().flags[InvalidOperation])
