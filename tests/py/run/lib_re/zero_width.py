import re

for p in [r'', r'x*', r'\b', r'(?=a)', r'a?', r'(a)|', r'^', r'$', r'(?m)$', r'\B']:
    print(repr(p), re.findall(p, 'aab'), re.sub(p, '-', 'aab'), re.split(p, 'aab'),
          [m.span() for m in re.finditer(p, 'aab')], re.subn(p, '', 'aab')[1])
print(re.sub(r'a*', 'x', 'baaac'), re.sub(r'a*?', 'x', 'baac'), re.findall(r'a*?', 'aa'))
print(re.sub(r'(?:)', '|', ''), re.findall(r'', ''), re.split(r'a*', ''), re.sub(r'\b', '|', 'ab cd'))
print(re.findall(r'(?=(\w\w))', 'abcd'), [m.group(1) for m in re.finditer(r'(?=(a+))', 'aaa')])
