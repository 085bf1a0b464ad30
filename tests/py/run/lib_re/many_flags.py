import re

PATTERNS = [r'a+', r'[a-z]+', r'\w+', r'\W', r'\d+', r'\s', r'\b\w', r'^\w', r'\w$', r'.+', r'(\w)\1',
            r'[^a-z]+', r'A', r'[\xe0-\xff]', r'x|yz?', r'(?:ab)+?', r'$', r'\Z', r'(a|A)*?b']
FLAGS = [0, re.I, re.M, re.S, re.A, re.I | re.A, re.I | re.M | re.S]
SUBJECTS = ['aAbB', 'ÀàÿŸ', 'x\ny\n', 'AA aa\n', '9 ½ ٣', 'ab\nAB', '\u212a\u0130i']

for p in PATTERNS:
    for f in FLAGS:
        rx = re.compile(p, f)
        row = []
        for s in SUBJECTS:
            m = rx.match(s)
            fm = rx.fullmatch(s)
            row.append('%s/%s/%d' % (m.span() if m else '-', 'F' if fm else '-', len(rx.findall(s, 1))))
        print(p, int(f), ' '.join(row))
    for f in [0, re.I, re.L, re.I | re.L, re.M | re.S]:
        rb = re.compile(p.encode('latin-1'), f)
        res = [rb.findall(s.encode('latin-1', 'replace')) for s in SUBJECTS]
        print('  b', int(f), res)
print(re.compile('a').search('bab', 1, 2), re.compile('a').search('bab', 2, 1), re.compile('b$').search('bab', 0, 1))
print(re.compile(r'\b').findall('ab cd', 1, 4), re.compile(r'(?<=a)b').findall('abab', 1))
