import re

p = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
for s in ['<user@host.com>', 'user@host.com', '<user@host.com', 'user@host.com>']:
    m = p.match(s)
    print(s, m.groups() if m else None)
print(re.findall(r'(a)?(?(1)b|c)', 'abcac'))
print(re.match(r'(?:(a)|b)(?(1)c|d)', 'bd').groups(), re.match(r'(?:(a)|b)(?(1)c|d)', 'ac').groups())
print(re.match(r'(a)?(?(1)|x)', 'x'), re.match(r'(a)?(?(1)|x)', 'a'))
print(re.match(r'((a)|b)+(?(2)y|z)', 'abz'), re.match(r'((a)|b)+(?(2)y|z)', 'aby'))
print(re.search(r'(?<=(a))?b(?(1)c|d)', 'abc'), re.search(r'(?<=(a))?b(?(1)c|d)', 'xbd'))
for bad in [r'(?(1)a|b|c)', r'(?(x)a)', r'(?(0)a)']:
    try:
        re.compile(bad)
    except re.error as e:
        print(type(e).__name__, e)
