import re

for p in [r'a{2}', r'a{2,}', r'a{,2}', r'a{2,3}', r'a{2,3}?', r'a{0}', r'a{0,0}', r'(?:ab){2}', r'a{1,1}+', r'a{3,}+a']:
    print(p, [re.match(p, 'a' * n) and re.match(p, 'a' * n).end() for n in range(5)])
print(re.match(r'a{', 'a{'), re.match(r'a{1', 'a{1'), re.match(r'a{x}', 'a{x}'), re.match(r'a{1,x}', 'a{1,x}'))
print(re.match(r'x{100}', 'x' * 150).end(), re.match(r'(x){100,}', 'x' * 150).span(1))
print(re.match(r'(?:x{2}){3}', 'x' * 7).end(), re.match(r'(?:a|bc){2,}?d', 'abcad').end())
for bad in [r'a{3,2}', r'a{4294967296}', r'a{1,4294967296}', r'a{2}{3}', r'a*{2}']:
    try:
        re.compile(bad)
        print('ok', bad)
    except (re.error, OverflowError) as e:
        print(bad, type(e).__name__, e)
print(re.match(r'a{,}', 'a{,}'))
