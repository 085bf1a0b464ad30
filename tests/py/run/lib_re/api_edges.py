# Match subscripts and argument conversions at the edges (slices, None, bools, floats, bytes names).
import re
m = re.match(r'(?P<n>a)(b)?', 'ab')
for k in [slice(0, 1), None, -1, True, b'n', 'n', 2, 3, 1.0, (1,), '1']:
    try:
        print(repr(k), repr(m[k]))
    except Exception as e:
        print(repr(k), type(e).__name__, e)
for f in [lambda: m.start(None), lambda: m.span(-1), lambda: m.end('n'), lambda: m.group(0, 'n', 2),
          lambda: re.compile('a').match('a', True), lambda: re.compile('a').match('a', pos=None),
          lambda: len(m), lambda: m == m, lambda: hash(m) == hash(m), lambda: re.compile('a').match('a').groupdict(),
          lambda: re.compile('(a)').split('xax', maxsplit=1.0), lambda: re.compile('a').sub('b', 'a', 'x'),
          lambda: re.compile('a').sub(repl='b', string='aa', count=1), lambda: re.compile('a').search(string=b'a'),
          lambda: re.compile(b'a').sub(b'b', memoryview(b'aa')), lambda: re.compile('a').finditer('aa', 1).__next__().span(),
          lambda: list(re.compile(r'\d').scanner('1a2').match.__self__.pattern.pattern),
          lambda: re.compile('x').pattern.__class__, lambda: re.compile(b'x').pattern, lambda: m.re.groupindex['n']]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
