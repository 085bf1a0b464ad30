import re

for pat in ['(', 'a)', '[a', '*a', 'a**', '(?P<1>a)', '(?P<a>a)(?P<a>b)', r'\1(a)', '(?<=a+)b',
            'a{2,1}', '(?z)', r'\p', '(?P=nope)', 'x{,70000}' * 0 + '(?', 'a\n(', '[z-a]']:
    try:
        re.compile(pat)
        print('ok', repr(pat))
    except re.error as e:
        print(type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno)
print(re.error is re.PatternError, re.error.__module__)
try:
    re.compile(b'(')
except re.error as e:
    print(e, e.pattern)
try:
    re.sub('(a)', r'\2', 'a')
except re.error as e:
    print(type(e).__name__, e)
try:
    re.sub('a', r'\g<x>', 'a')
except (re.error, IndexError) as e:
    print(type(e).__name__, e)
try:
    re.compile('a', re.ASCII | re.LOCALE)
except ValueError as e:
    print(type(e).__name__, e)
try:
    re.compile(b'a', re.UNICODE)
except ValueError as e:
    print(type(e).__name__, e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print(type(e).__name__, e)
try:
    re.compile(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    re.Pattern()
except TypeError as e:
    print(type(e).__name__, e)
try:
    re.Match()
except TypeError as e:
    print(type(e).__name__, e)
try:
    class P(re.Pattern):
        pass
except TypeError as e:
    print(type(e).__name__, e)
p = re.compile('a')
for call in [lambda: p.match(), lambda: p.match('a', 'x'), lambda: p.sub('a'), lambda: p.match('a', foo=1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__)
m = p.match('a')
try:
    m.expand(r'\2')
except re.error as e:
    print(type(e).__name__, e)
