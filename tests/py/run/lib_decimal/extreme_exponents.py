from decimal import Decimal as D, getcontext
import decimal
getcontext().traps[decimal.Overflow] = False
print(D('1e999998') - 1, D('1e-999999').quantize(D(1)), D('1e500000').ln(), D('1e100000') ** 2 > 0, D(2) ** 100000, D(3) ** D(10**6))
print(D(1).scaleb(999999), D('1e999999') * D('1e999999'), D('1.5e-999999').sqrt(), D('9e999999').exp(), D('-9e999999').exp())
print(D('1e-999999').ln(), D(7).log10(), D('0.9999999999999999999999999999999999999').ln())
print(sorted(k.__name__ for k, v in getcontext().flags.items() if v))
