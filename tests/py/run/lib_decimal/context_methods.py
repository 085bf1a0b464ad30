import decimal
from decimal import Decimal as D, Context
c = Context(prec=6, traps=[])
print(c.add(1, 2), c.subtract(D('1.5'), 3), c.multiply(3, D('0.333')), c.divide(2, 3), c.divide_int(17, 5),
      c.remainder(-17, 5), c.remainder_near(17, 5), c.divmod(17, 5), c.power(2, 20), c.power(3, 4, 7))
print(c.abs(-2), c.plus(D('1.23456789')), c.minus(5), c.sqrt(2), c.exp(2), c.ln(10), c.log10(1000), c.logb(1234))
print(c.fma(2, 3, 4), c.max(1, 2), c.min(1, 2), c.max_mag(-3, 2), c.min_mag(-3, 2), c.compare(1, 2), c.compare_signal(2, 1))
print(c.copy_abs(-1), c.copy_negate(1), c.copy_sign(1, -2), c.copy_decimal(5), c.canonical(D(3)))
print(c.next_plus(1), c.next_minus(1), c.next_toward(1, 2), c.next_toward(1, 0), c.next_plus(D('-Inf')))
print(c.normalize(D('1.2000')), c.number_class(D('-0')), c.quantize(D('1.23456'), D('0.01')), c.radix())
print(c.scaleb(D('1.5'), 3), c.shift(123456, 2), c.shift(123456, -2), c.rotate(123456, 2), c.rotate(123456, -2))
print(c.logical_and(1101, 1011), c.logical_or(1101, 1011), c.logical_xor(1101, 1011), c.logical_invert(1101))
print(c.to_sci_string(D('1.23E+7')), c.to_eng_string(D('1.23E+7')), c.to_eng_string(D('0.00001')), c.to_integral_exact(D('2.5')))
print(c.is_finite(1), c.is_infinite(D('Inf')), c.is_nan(D('NaN')), c.is_qnan(D('sNaN')), c.is_snan(D('sNaN')),
      c.is_signed(D('-0')), c.is_zero(0), c.is_normal(D('1e-999999')), c.is_subnormal(D('1e-1000000')), c.is_canonical(D(1)))
print(c.same_quantum(D('1.0'), D('2.0')), c.compare_total(D('1'), D('1.0')), c.create_decimal('3.14159265'),
      c.create_decimal_from_float(0.1), c.create_decimal())
x = D('-12.340')
print(x.adjusted(), x.as_tuple(), x.as_integer_ratio(), x.copy_abs(), x.copy_negate(), x.copy_sign(1),
      x.is_signed(), x.number_class(), x.logb(), x.scaleb(2), x.radix(), x.real, x.imag, x.conjugate())
print(D('1e5').logb(), D('0.001').logb(), D(7).fma(2, 1), D('Inf').number_class(), D('1E-999999').is_normal(),
      D('1E-1000000').is_subnormal(), D('1E-1000000').number_class())
print(D('1.3').as_integer_ratio(), D(0).as_integer_ratio(), D('1e3').as_integer_ratio(), D('-0.75').as_integer_ratio())
for v in ['Inf', 'NaN']:
    try:
        D(v).as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(complex(D('1.5')), float(D('-Inf')), float(D('NaN')), int(D('1e20')), bool(D('0.0')), bool(D('NaN')))
