import decimal
from decimal import Decimal as D, Context, localcontext
for v, q in [('1.2345', '0.01'), ('1.2355', '0.001'), ('-7.5', '1'), ('123', '1e1'), ('123', '1e-3'), ('0', '1e-5'),
             ('-0', '1e2'), ('9.995', '0.01'), ('1e-10', '0.1'), ('Inf', 'Inf'), ('NaN', '1'), ('1.5', 'NaN')]:
    try:
        print(v, q, repr(D(v).quantize(D(q))))
    except decimal.InvalidOperation as e:
        print(v, q, 'InvalidOperation', e)
for q, m in [('0.1', decimal.ROUND_DOWN), ('1', decimal.ROUND_UP), ('0.01', decimal.ROUND_HALF_DOWN)]:
    print(D('12.345').quantize(D(q), rounding=m), D('-12.345').quantize(D(q), m))
c = Context(prec=4, traps=[])
for args in [('123.45', '0.1'), ('1', '1e-5'), ('1', '1e5'), ('Inf', '1')]:
    c.clear_flags()
    r = c.quantize(D(args[0]), D(args[1]))
    print(args, repr(r), sorted(k.__name__ for k, v in c.flags.items() if v))
print(D('1.41421356').quantize(D('1.000')), D('1.41421356').quantize(D('1.000'), context=Context(prec=2, traps=[])))
print(D('1.20').same_quantum(D('3.45')), D('1.2').same_quantum(D('1')), D('NaN').same_quantum(D('NaN')), D('Inf').same_quantum(1))
for v in ['1.2300', '-0.00', '120000', '1e-5', '0e5', 'Inf', '1.2345678901234567890123456789']:
    print(v, D(v).normalize(), D(v).to_integral_exact(), D(v).to_integral())
