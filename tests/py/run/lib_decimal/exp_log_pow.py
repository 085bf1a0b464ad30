from decimal import Decimal as D, localcontext
import decimal
for v in ['0.5', '1', '2', '-2', '10', '100', '0.001', '1e-20', '-1e-20', '50', '-50', '2.302585092994045684017991455']:
    print(v, D(v).exp())
for v in ['0.5', '2', '10', '1e-20', '1e50', '0.999999', '123.456', '1.000000000000000000001']:
    print(v, D(v).ln(), D(v).log10())
for a, b in [('2', '0.5'), ('10', '0.3'), ('0.5', '-1.5'), ('1.01', '100'), ('3', '-2'), ('4', '0.5'), ('9', '1.5'), ('1e10', '0.1'), ('7', '7.7')]:
    print(a, b, D(a) ** D(b))
with localcontext(prec=10, rounding=decimal.ROUND_DOWN):
    print(D(1).exp(), D(2).ln(), D(2) ** D('0.5'), D(2).sqrt(), D(1) / 3)
with localcontext(prec=3, traps=[]) as c:
    print(D(1000).exp(), D(-1e10).exp(), D(10) ** 1000000, D(10) ** -1000000)
    print(sorted(k.__name__ for k, v in c.flags.items() if v))
for v in ['1e-1000', '2e-1000']:
    with localcontext(prec=8):
        print(D(v).ln(), D(v).log10())
