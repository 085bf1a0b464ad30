import re

m = re.search(r'(?P<first>\w+) (?P<second>\w+)', 'hello big world')
for t in [r'\2 \1', r'\g<second>-\g<first>', r'\g<0>!', r'[\n\t\\]', r'\0', r'\01x', r'\101', r'\g<1>0', 'plain']:
    print(repr(t), '->', repr(m.expand(t)))
for t in [r'\3', r'\g<third>', r'\g<-1>', r'\g<>', r'\g<1', r'\q', r'\x']:
    try:
        print(m.expand(t))
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)
print(re.sub(r'(a)|b', r'[\1]', 'abab'))
print(re.sub(rb'(\w+)', rb'<\1>', b'ab cd'), re.sub(rb'x', rb'\n', b'axb'))
print(re.sub('a', r'\\1', 'aa'), re.sub('a', '\\\\', 'a'))
print(re.subn(r'\d', r'<\g<0>>', '1a22', count=2))
print(re.sub(r'(?P<n>\d)', lambda m: m['n'] * 2, 'a1b2'))
print(re.sub('', '-', 'abc'), re.sub('x*', '-', 'abxd'), re.sub('(?=b)', '^', 'abab'))
print(re.sub(r'\w', lambda m: m.group().upper(), 'ab'), re.sub('a', str, 'a') != 'a')
class S(str): pass
print(re.sub('a', S(r'\g<0>\g<0>'), 'a'), re.sub(b'a', bytearray(rb'\g<0>!'), b'a'))
