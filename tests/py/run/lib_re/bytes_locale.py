import re

data = bytes(range(0x20, 0x100, 7))
for p in [rb'\w+', rb'\W+', rb'\d', rb'\s', rb'[a-z]+', rb'(?i)[a-z]+', rb'(?L)\w+', rb'(?iL)[a-z]+', rb'(?i)\xe9']:
    print(p, re.findall(p, data))
print(re.findall(rb'(?L)\bab\b', b'ab cab ab_ ab'), re.findall(rb'(?iL)AB', b'ab aB Ab'))
print(re.findall(rb'(?iL)(a)\1', b'aA Aa'), re.findall(rb'(?i)(a)\1', b'aA'))
print(re.findall(rb'(?L)[^\w]', b'a-b c'), re.findall(rb'(?iL)[^A]', b'aAb'))
print(re.compile(rb'x', re.L | re.I), re.compile(rb'(?L)x').flags)
print(re.sub(rb'(?iL)x', b'-', b'xXy'), re.split(rb'(?L)\W', b'a.b,c'))
