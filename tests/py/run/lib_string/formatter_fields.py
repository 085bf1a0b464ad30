import string

class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __format__(self, spec): return 'P(%s,%s)%s' % (self.x, self.y, spec)
    def __repr__(self): return 'Point!'

f = string.Formatter()
p = Point(1, 2)
print(f.format('{0.x}/{0.y} {0} {0!r} {0!s:>5} {0:spec}', p))
print(f.format('{d[key]} {d[1]} {l[0][1]} {0[a b]}', {'a b': 'spaced'}, d={'key': 'v', 1: 'int1', '1': 'str1'}, l=[[7, 8]]))
print(f.format('{:{w}.{p}f}|{:^{w}}', 3.14159, 'mid', w=9, p=2))
print(f.format('{!r:^12}', 'x'), f.format('{0!a}', '\xe9'))
print(f.format('{{literal}} {0}', 'val'), f.format(''), f.format('no fields'))
for bad in ['{0!x}', '{0:{1:{2}}}', '{a.}', '{a[}', '{0.}', '{!}', '{0[0]x}']:
    try:
        print(f.format(bad, 1, 2, 3, a=1))
    except Exception as e:
        print(type(e).__name__, e)

class Tracing(string.Formatter):
    def get_value(self, key, args, kwargs):
        print('  get_value', repr(key))
        return super().get_value(key, args, kwargs)
    def get_field(self, field_name, args, kwargs):
        print('  get_field', repr(field_name))
        return super().get_field(field_name, args, kwargs)
    def convert_field(self, value, conversion):
        print('  convert_field', repr(value), repr(conversion))
        return super().convert_field(value, conversion)
    def format_field(self, value, format_spec):
        print('  format_field', repr(value), repr(format_spec))
        return super().format_field(value, format_spec)
print(Tracing().format('{0.real!r:>{1}} and {k[0]}', 5, 4, k='xyz'))
print(Tracing().vformat('{} {}', ('a', 'b'), {}))
class NoAuto(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        print('  used', sorted(map(str, used)))
print(NoAuto().format('{1}{0}{x}', 'a', 'b', 'c', x='y', z='w'))
try:
    string.Formatter().convert_field('v', 'q')
except ValueError as e:
    print('ValueError', e)
print(list(string.Formatter().parse('{0:{1}}{2!r}text{{x}}')))
