import string, _string

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for fmt in ['', 'abc', '{}', 'a{0}b{1!r}c{x:>10}', '{{}}', 'a{{b', 'x}}y', '{0.attr[key]!s:{width}}',
            '{:{}{}}', '{!a}', '{a[}]}', '{0!r:}', 'tail{', '}', 'a}b', '{0!', '{0!rx}', '{0:', '{0', '{a{b}',
            '{\u20ac}', '{0!\u20ac}']:
    show(lambda: list(_string.formatter_parser(fmt)))

for name in ['', '0', 'abc', '0.x', 'a.b.c[1][key]', 'a[0]', '12[34].z', 'a[]', 'a.', 'a[0]x', 'a[0', '007']:
    try:
        first, rest = _string.formatter_field_name_split(name)
        print(repr(first), list(rest))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: _string.formatter_parser(42))
it = _string.formatter_parser('{')
print(type(it).__name__, iter(it) is it)
show(lambda: next(it))

f = string.Formatter()
print(f.format('{0}-{1}-{name}', 1, 'two', name='three'))
print(f.format('{0.real} {1[1]} {d[k]}', 3+4j, [5, 6], d={'k': 'v'}))
print(f.format('{:>{}}|{:^8.3f}|{!r}', 'x', 5, 3.14159, 'q'))
print(f.format('{0:{1}}', 42, '05d'))
show(lambda: f.format('{}{0}', 1, 2))
show(lambda: f.format('{0}{}', 1, 2))
show(lambda: f.format('{2}', 1))
show(lambda: f.format('{x}'))
print(f.vformat('{a}{b}', (), {'a': 1, 'b': 2}))
print(list(f.parse('a{b!r:c}d')))

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<%s>' % key
        return super().get_value(key, args, kwargs)
print(Upper().format('{0} {missing} {x:>6}', 'abc', x='hi'))

class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used
        if unused:
            raise ValueError('unused: %s' % sorted(map(str, unused)))
show(lambda: Strict().format('{0}', 1, 2, z=3))
