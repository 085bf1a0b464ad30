import re

p = re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?')
m = p.match('2024-05')
print(p.groupindex, p.groups)
print(m.groupdict(), m.groupdict(default='??'), m.group('year', 'month', 2))
print(m.lastgroup, m.lastindex, m['month'], m.span('day'), m.start('year'))
m = p.match('2024-05-17')
print(m.lastgroup, m.lastindex, m.groups())
print(re.match(r'(?P<a>x)(?P<b>y)?(?(b)z|w)', 'xw').groupdict())
print(re.sub(r'(?P<w>\w+)@(?P<d>\w+)', r'\g<d> at \g<w>', 'me@host you@there'))
print(re.match(r'(?P<x>a)(?P=x)(?P<y>b)(?P=y)', 'aabb').groupdict())
print(re.match(r'(?P<é>a)(?P<日本>b)', 'ab').groupdict())
print(re.match(r'(a)(?P<n>b)', 'ab').lastgroup, re.match(r'(?P<n>a)(b)', 'ab').lastgroup)
for bad in [r'(?P<a-b>x)', r'(?P<>x)', r'(?P<1a>x)', r'(?P=a)', r'(?P<a>x)(?P=b)']:
    try:
        re.compile(bad)
    except re.error as e:
        print(type(e).__name__, e)
