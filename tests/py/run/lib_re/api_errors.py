import re, _sre
p = re.compile('a')
m = p.match('a')
tests = [lambda: p.match(), lambda: p.match('a', 'x'), lambda: p.sub('a'), lambda: p.match('a', foo=1),
         lambda: m.start(1, 2), lambda: m.group(1.5), lambda: p.split(), lambda: m.groups(1, 2),
         lambda: p.match('a', 2**70), lambda: _sre.template('a', []), lambda: _sre.template('a', ['x', -1, 'y']),
         lambda: _sre.compile('a', 0, [1], 0, {}, ()), lambda: _sre.compile('a', 0, [], 0, {}, ()),
         lambda: _sre.ascii_iscased('a'), lambda: p.findall(1), lambda: re.sub('a', 1, 'a'),
         lambda: setattr(p, 'flags', 1), lambda: setattr(m, 'pos', 1), lambda: p.scanner(),
         lambda: m.expand(), lambda: re.compile('(?P<n>a)').match('a').group('n', 'm')]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
print(type(p.groupindex), repr(p.groupindex))
class S(str): pass
print(repr(re.match('a', S('ab'))), type(re.match('a', S('ab')).group()).__name__, type(re.match('a', S('ab')).string).__name__)
print(re.compile('a').match('a').__class__.__qualname__, re.Pattern.__qualname__, re.Pattern.__module__)
print(_sre.compile(None, 0, [1], 0, {}, ()).match('x'), _sre.compile(None, 0, [1], 0, {}, ()).match(b'x'))
print(_sre.compile('a', 0, [1], 0, {}, ()))
print(type(iter(re.compile('x').scanner('x').search, None)))

print(re.sub('(a)', r'\1\1', 'xa'), re.sub('a', r'\\', 'a'))
print(re.compile(r'\d+').fullmatch('123', 1, 2))
t = _sre.template('a', ['x', 1, ''])
print(type(t).__name__, type(t).__module__)
for op in ['<', '<=']:
    try:
        eval('p ' + op + ' p')
    except TypeError as e:
        print(type(e).__name__)
print(_sre.MAGIC, _sre.CODESIZE, _sre.getcodesize(), _sre.copyright)
print(_sre.ascii_iscased(ord('a')), _sre.ascii_iscased(ord('1')), _sre.unicode_iscased(0xdf), _sre.unicode_iscased(0x2160))
print(_sre.ascii_tolower(ord('Q')), _sre.ascii_tolower(0xc0), _sre.unicode_tolower(0xc0), _sre.unicode_tolower(0x130))
for f in [lambda: p.foo, lambda: p.match('a').foo, lambda: setattr(p.match('a'), 'lastindex', 1)]:
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__, e)
