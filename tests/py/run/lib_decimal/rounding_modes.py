import decimal
from decimal import Decimal as D, localcontext
modes = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
         decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]
vals = ['2.5', '-2.5', '3.5', '1.45', '-1.45', '1.451', '0.05', '-0.05', '1.01', '1.06', '9.99', '-9.99', '0.5']
for m in modes:
    row = []
    for v in vals:
        row.append(str(D(v).quantize(D('0.1'), rounding=m)))
        row.append(str(D(v).to_integral_value(rounding=m)))
    print(m, ' '.join(row))
for m in modes:
    with localcontext(prec=3, rounding=m) as c:
        print(m, D('1.2345') + 0, D('-1.2345') * 1, D(2) / 3, D(-2) / 3, D('999.5') + 0, D('1005') - 0, c.flags[decimal.Inexact])
for m in modes:
    with localcontext(prec=2, rounding=m, Emax=3):
        c = decimal.getcontext()
        c.traps[decimal.Overflow] = False
        print(m, D(9999) * 10, D(-9999) * 10, c.flags[decimal.Overflow])
print(round(D('2.5')), round(D('3.5')), round(D('-2.5')), round(D('2.675'), 2), round(D('1234'), -2), round(D('0.125'), 2))
import math
print(math.floor(D('-1.5')), math.ceil(D('-1.5')), math.trunc(D('-1.5')), int(D('9.99')), int(D('-9.99')), float(D('0.1')))
