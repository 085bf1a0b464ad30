import re

p = re.compile(r'\w+')
s = 'ab cd ef'
for pos, endpos in [(0, 8), (1, 8), (3, 5), (-3, 100), (5, 3), (8, 8), (9, 10), (0, -1), (2, 2)]:
    m = p.match(s, pos, endpos)
    f = p.fullmatch(s, pos, endpos)
    sr = p.search(s, pos, endpos)
    print(pos, endpos, m and m.span(), f and f.span(), sr and sr.span(), p.findall(s, pos, endpos),
          [x.span() for x in p.finditer(s, pos, endpos)])
    if sr:
        print('  ', sr.pos, sr.endpos, sr.string)
print(re.compile(r'(?<=a)b').search('ab', 1), re.compile(r'\bb').search('ab', 1), re.compile('^').findall('abc', 1))
print(re.compile(r'x*').findall('axx', 1, 2), re.compile('$').search('abc', 0, 2).span())
print(re.compile(r'a').match('a', pos=0, endpos=1), re.compile(r'a').search(string='ba', pos=1).span())
for bad in [('a', 'x'), ('a', 1.5), ('a', 0, None)]:
    try:
        re.compile('a').match(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
