import re

s = 'x\U0001F600y\U00010400\U00010428z'
print([m.span() for m in re.finditer(r'.', s)])
print(re.findall(r'[\U00010000-\U0010FFFF]', s) == ['\U0001F600', '\U00010400', '\U00010428'])
print(len(re.findall(r'(?i)\U00010400', s)), len(re.findall(r'\U00010400', s)), len(re.findall(r'(?i)[\U00010428]', s)))
print(re.search(r'y(.)(.)', s).span(1), re.search(r'y(.)(.)', s).span(2))
print(re.sub(r'[^\x00-\x7f]', '?', s), re.split(r'y', s)[1] == '\U00010400\U00010428z')
print(re.match(r'x.y', s).end(), len(re.match(r'x.y', s).group()), re.fullmatch(r'.{6}', s) is not None)
print(re.search(r'(?<=\U0001F600)y', s).span(), re.search(r'\w+', s).span(), re.findall(r'\W', s) == ['\U0001F600'])
t = '\U0001F600' * 300 + 'abc'
m = re.search(r'b', t)
print(m.span(), re.compile(r'c').match(t, 302).span(), re.findall(r'\w+', t))
print(repr(re.search('.', '\U0001F600'))[-4:-1] == '\U0001F600\'')
