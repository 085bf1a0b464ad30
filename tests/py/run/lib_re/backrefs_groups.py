import re

print(re.search(r'(\w)\1', 'abccd').group())
print(re.search(r'(?P<q>["\']).*?(?P=q)', 'say "hi" \'x\'').group())
print(re.match(r'(a)|(b)', 'b').groups(), re.match(r'(a)|(b)', 'b').lastindex)
m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?', 'Jane Doe')
print(m.groupdict(), m.groupdict('-'), m.groups('-'))
print(m['first'], m.group('last'), m.start('last'), m.span('opt'), m.lastgroup, m.lastindex)
p = re.compile(r'(?P<a>x)(?P<b>y)?')
print(p.groupindex, type(p.groupindex).__name__, p.groups)
print(dict(p.groupindex), list(p.groupindex))
print(re.match(r'((a)(b))', 'ab').groups(), re.match(r'((a)(b))', 'ab').lastindex)
print(re.match(r'(a)(?:(b)|c)*', 'abcb').groups())
print(re.match(r'(a|(b))+', 'ab').groups(), re.match(r'(a|(b))+', 'ba').groups())
print(re.match(r'(?:(a)|b)*', 'ab').groups())
print(re.match(r'(a)?(?(1)b|c)', 'ab'), re.match(r'(a)?(?(1)b|c)', 'c'), re.match(r'(a)?(?(1)b|c)', 'ac'))
print(re.match(r'(?P<n>a)?(?(n)b)', 'b'))
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk').span())
print(re.sub(r'(?P<x>\d)', r'\g<x>\g<x>', 'a1b2'), re.sub(r'(\d)', r'\g<1>0', 'a1'))
for bad in ['no', 5, -1, 10**30, 1.5]:
    try:
        m.group(bad)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(m.group(True), m.start(False))
try:
    m.group([1])
except TypeError as e:
    print(type(e).__name__, e)
print(re.match(r'(a*)+', 'b').groups(), re.match(r'(a*)*', 'aa').groups())
print(re.match(r'(a|b)*?c', 'abc').groups(), re.match(r'(a+?)(a*)', 'aaa').groups())
print(re.match(r'(?:a(b)?)+', 'aba').groups())
