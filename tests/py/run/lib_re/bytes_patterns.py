import re

print(re.findall(rb'\w+', b'ab c\xe9d'))
print(re.findall(rb'\d', b'1\xb22'))
print(re.match(rb'(\w+)=(\w+)', b'key=val').groups())
print(re.sub(rb'\s+', b' ', b'a  b\t\nc'))
print(re.findall(rb'[\x80-\xff]', b'a\x80b\xffc'))
ba = bytearray(b'hello world')
m = re.search(rb'o w', ba)
print(m, m.group(), type(m.group()).__name__)
print(re.findall(rb'l+', memoryview(b'hello')))
print(re.split(rb'l', bytearray(b'hello')))
print(re.sub(rb'l', b'L', bytearray(b'hello')))
print(re.sub(rb'l', bytearray(b'L'), b'hello'))
for pat, s in [(r'a', b'a'), (rb'a', 'a')]:
    try:
        re.match(pat, s)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    re.match('a', 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    re.sub(b'a', 'x', b'abc')
except TypeError as e:
    print(type(e).__name__, e)
try:
    re.sub('a', lambda m: 1, 'abc')
except TypeError as e:
    print(type(e).__name__, e)
print(re.compile(rb'a+', re.I))
print(re.compile(rb'\w', re.L).findall(b'a_1'))
print(re.fullmatch(rb'.*', b'\n'), re.fullmatch(rb'(?s).*', b'\n'))
