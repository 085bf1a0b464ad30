import re

m = re.search(r'(a)(b(c))?(d)?', 'xxabc')
print(m.span(), m.span(1), m.span(3), m.span(4), m.start(4), m.end(4), m.regs, m.regs is m.regs)
print(m.groups(), m.groups(0), m.groups(default='-'), m.group(0, 4), m.lastindex)
print(m[0], m[3], m[4], m.pos, m.endpos, m.string, m.re.pattern)
print(repr(re.match(r'.*', 'x' * 100))[-30:])
print(repr(re.match(r'.*', "it's \"quoted\"")))
print(repr(re.match(rb'.*', b'\x00\xff')), repr(re.match(r'.+', 'tab\there')))
class S(str): pass
sm = re.match(r'(\w+)', S('abc def'))
print(type(sm.string).__name__, type(sm.group()).__name__, type(sm.group(1)).__name__, sm)
ba = bytearray(b'hello')
bm = re.match(rb'(h)(el)', ba)
ba[0:3] = b'HEL'
print(bm.group(1), bm.group(2), bm.string)
ba.clear()
print(bm.group(2), bm.span(2))
print(re.match('a', 'a').__class__ is re.Match, isinstance(re.compile('a'), re.Pattern))
m = re.match(r'(?P<g>a)|(?P<h>b)', 'b')
print(m.lastgroup, m.lastindex, m.groupdict(), m['h'], m.span('g'))
m = re.match(r'((a)|(b))*', 'ab')
print(m.groups(), m.lastindex, m.span(2), m.span(3))
print(bool(re.match('', '')), m == m, m != re.match(r'((a)|(b))*', 'ab'))
