from decimal import Decimal as D, localcontext
vals = ['0', '-0', '1234567.891', '-0.000123456', '1E+5', '123.456', '0.5', '1e-10', '99.995', 'Inf', '-NaN', '12']
specs = ['', 'f', '.2f', '.0f', 'e', '.3e', 'E', 'g', '.3g', 'G', '%', '.1%', ',', ',.2f', '>12', '<12.1f',
         '^15', '=+12.2f', '+', ' .3', '012.2f', '10', '*^20,.3f', 'n', '.5n', '-', '0=+15,.1f', '.0e', '.2g']
for v in vals:
    print(v, [format(D(v), s) for s in specs])
print(f"{D('3.14159'):.3}", f"{D('1234.5'):,}", f"{D('-1234.5'):_>12}", '{:08.3f}'.format(D('-3.14159')))
with localcontext(capitals=0):
    print(format(D('1e20'), ''), str(D('1e20')))
with localcontext(rounding='ROUND_DOWN'):
    print(format(D('1.999'), '.2f'), format(D('-1.999'), '.1e'))
