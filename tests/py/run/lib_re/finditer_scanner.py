import re

p = re.compile(r'\d+')
print([m.span() for m in p.finditer('12 a 345 b 6', 3)], [m.group() for m in p.finditer('12 a 345 b 6', 0, 7)])
print([m.span() for m in re.finditer(r'\b', 'ab cd')])
print([m.groups() for m in re.finditer(r'(\w)(\d)?', 'a1bc2')])
it = re.finditer(r'x', 'xx')
print(iter(it) is it, [m.start() for m in it], list(it))
s = p.scanner('1 22 333')
print(s.search().group(), s.search().group(), s.match(), s.search())
s = re.compile(r'\w').scanner('ab c')
print(s.match().group(), s.match().group(), s.match(), s.match())
lex = re.Scanner([
    (r'[a-zA-Z_]\w*', lambda sc, t: ('NAME', t)),
    (r'\d+\.\d*', lambda sc, t: ('FLOAT', float(t))),
    (r'\d+', lambda sc, t: ('INT', int(t))),
    (r'[=+*/-]', lambda sc, t: ('OP', t)),
    (r'\s+', None),
])
print(lex.scan('x = 3.5 * y1 + 42 ?rest'))
print(re.Scanner([(r'a', None)], re.I).scan('aAb'))
