import re

print(re.split(r'\s*', 'a b  c'))
print(re.split(r'(\s)*', 'a b  c'))
print(re.split(r'x', 'axbxc', maxsplit=-1), re.split(r'x', 'axbxc', maxsplit=0), re.split(r'x', 'axbxc', maxsplit=5))
print(re.split(r'(?:)', 'ab'), re.split(r'^', 'a\nb', flags=re.M), re.split(r'$', 'a\nb', flags=re.M))
print(re.split(r'(a)(x)?', 'bacad'))
print(re.split(r'\b', 'hi there!'))
print(re.split(r'[,;]', ''), re.split(r'(,)', ''), re.split(r'', ''))
print(re.split(rb'(\W)', b'a.b-c'))
print(re.compile(r',').split('a,b,c', 1))
print(re.split(r',', 'a,b,c,', maxsplit=2))
