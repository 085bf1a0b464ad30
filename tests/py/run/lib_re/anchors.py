import re

s = 'one\ntwo\n\nthree\n'
for p in [r'^\w+', r'\w+$', r'^$', r'\A\w+', r'\w+\Z', r'$', r'\b\w', r'\w\b', r'\B\w\B']:
    print(p, [m.span() for m in re.finditer(p, s)], [m.span() for m in re.finditer(p, s, re.M)])
print(re.search(r'\Bx', 'x'), re.search(r'\b', ''), re.search(r'\B', ''), re.search(r'^', ''))
print(re.findall(r'\b', 'a'), re.findall(r'\B', 'ab'), re.findall(rb'\b\w', b'ab cd'))
print(re.findall(r'(?a)\b\w', 'é a'), re.findall(r'\b\w', 'é a'), re.findall(r'(?a)\B', 'é'))
print(re.search(r'x\Z', 'x\n'), re.search(r'x$', 'x\n'), re.search(r'(?m)x$', 'x\ny'))
print(re.compile(r'^b').search('ab', 1), re.compile(r'(?m)^b').search('a\nb', 2), re.compile(r'\Ab').search('ab', 1))
print(re.compile(r'a$').search('ab', 0, 1), re.compile(r'a\Z').match('ab', 0, 1))
