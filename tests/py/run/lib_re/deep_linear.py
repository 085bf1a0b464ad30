import re

# deep backtracking state lives on the heap, not the JS stack
s = 'ab' * 100000
m = re.match('(a|b)*', s)
print(m.span(), m.group(1))
m = re.match('(?:a|b)*?$', s)
print(m.span())
print(re.fullmatch(r'(?:ab)+', s) is not None)
print(len(re.findall(r'(a)(b)', s)))
print(re.match(r'(x+x+)+y', 'x' * 20) is None)
# a catastrophic-looking pattern that backtracks linearly thanks to possessive/atomic groups
print(re.match(r'(?>x+)+y', 'x' * 5000) is None)
print(re.match(r'(x++)+y', 'x' * 5000) is None)
# nested repeats over a long subject
print(re.match(r'((?:a|b)+,)*', ('ab,' * 20000)).end())
print(re.sub(r'(a)(b)', r'\2\1', 'ab' * 10000)[:10])
text = ('word ' * 50000).strip()
print(len(re.split(r'\s+', text)), len(re.findall(r'\b\w', text)))
print(re.search(r'needle', 'hay' * 100000 + 'needle').span())
print(re.search(r'n[aeiou]+dle', 'hay' * 100000 + 'needle').span())
print(re.search(r'(\w+)\s\1', 'x ' * 1000 + 'dup dup').group(1))
