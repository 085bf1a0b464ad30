import re

print(re.findall(r'(?i)a', 'aA'), re.findall(r'(?i:a)A', 'aA AA'), re.findall(r'(?i)a(?-i:b)', 'AB Ab ab'))
print(re.findall(r'(?m)^x', 'x\nx'), re.findall(r'(?s)a.b', 'a\nb'), re.findall(r'(?x) a b # c', 'ab'))
print(re.findall(r'(?a)\w+', 'héllo'), re.findall(r'(?u)\w+', 'héllo'), re.findall(rb'(?L)\w+', b'h\xe9llo'))
print(re.compile(r'(?i)x').flags & re.I, re.compile(r'(?ms)x').flags & (re.M | re.S))
print(re.findall(r'(?s:.)(.)', 'a\nb\nc'))
print(re.match(r'(?x: a b ) c', 'ab c'), re.match(r'(?-x: a)', ' a'))
for bad in [r'a(?i)b', r'(?-a:x)', r'(?au)x', r'(?i-i:x)', r'(?L)x', r'(?x', r'(?-)']:
    try:
        print(re.compile(bad))
    except (re.error, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
print(repr(re.I), repr(re.I | re.M), re.I | re.M, int(re.S), re.RegexFlag(34))
print(repr(re.A | re.I), re.NOFLAG, repr(~re.I & re.I), re.I in (re.I | re.M))
