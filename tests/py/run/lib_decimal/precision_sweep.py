from decimal import Decimal as D, localcontext, getcontext
import decimal
for p in [1, 2, 5, 12, 28, 40]:
    with localcontext(prec=p) as c:
        x = D(22) / D(7)
        print(p, x, x * x, x - D(3), D('123456789.987654321') + 0, D(1) - D('1e-50'),
              D(2) ** D('0.1'), D('1.5') ** 20, D(10).ln(), D('0.1').exp(), D(123).sqrt())
with localcontext(prec=60):
    print(D(2).sqrt(), D(1).exp(), D(2).ln())
    print(D('0.5').log10(), D(3) ** D('2.5'), D('1.0001') ** 10000)
with localcontext(prec=5, Emax=10, Emin=-10) as c:
    c.traps[decimal.Overflow] = False
    print(D('1e-12') * 1, D('1.23e-13') * 1, D('9.9999e10') * 10, D(10) ** 11, D('1e-5') ** 3, c.Etiny(), c.Etop())
    print(sorted(k.__name__ for k, v in c.flags.items() if v))
with localcontext(prec=5, Emax=10, Emin=-10, clamp=1) as c:
    print(D('1e10') + 0, D('1.2e10') * 1, D('1e8').normalize(), c.create_decimal('1e10'))
