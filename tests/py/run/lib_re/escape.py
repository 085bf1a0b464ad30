import re

for s in ['a.b', 'x*y+z?', '[a]{1}(b)|c^$\\', 'tab\tnl\nsp ', 'ü€😀', '#&~-', '_a1', '']:
    e = re.escape(s)
    print(repr(e), re.fullmatch(e, s) is not None)
print(re.escape(b'a.b\x00\xff '), re.fullmatch(re.escape(b'a.b\x00\xff '), b'a.b\x00\xff ') is not None)
print(re.escape(bytes(range(32, 48))))
print(re.sub(re.escape('$1.00'), 'X', 'cost $1.00!'), re.split(re.escape('|'), 'a|b|c'))
