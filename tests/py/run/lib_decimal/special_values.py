from decimal import Decimal as D, localcontext, InvalidOperation
import decimal
vals = [D('Inf'), D('-Inf'), D('NaN'), D('-NaN7'), D(0), D('-0'), D('1.5')]
with localcontext(traps=[]) as c:
    for a in vals:
        row = []
        for b in vals:
            row.append(f'{a + b} {a * b} {a / b}')
        print(a, ' | '.join(row))
    print(D('sNaN12') + 1, D(1) * D('-sNaN3'), D('NaN5').sqrt(), abs(D('-NaN')), -D('NaN'), D('Inf').ln(),
          D('-Inf').exp(), D('Inf').sqrt(), D('-Inf').sqrt(), D('Inf') // 3, D(3) // D('Inf'), D(3) % D('Inf'))
    print(D('Inf') ** 2, D('Inf') ** -1, D('-Inf') ** 3, D(2) ** D('Inf'), D('0.5') ** D('Inf'), D(1) ** D('Inf'), D(0) ** -1)
    print(sorted(k.__name__ for k, v in c.flags.items() if v))
for f in [lambda: int(D('NaN')), lambda: int(D('-Inf')), lambda: float(D('sNaN')), lambda: round(D('NaN')),
          lambda: round(D('Inf'), 2), lambda: hash(D('sNaN')), lambda: D('Inf').to_integral(), lambda: D('NaN') > 1]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print([D(x).number_class() for x in ['0', '-0', '1', '-1', '1e-1000000', 'Inf', '-Inf', 'NaN', 'sNaN']])
print(D('NaN').is_nan(), D('sNaN').is_snan(), D('Inf').is_infinite(), D('-0').is_zero(), D('NaN').is_finite())
