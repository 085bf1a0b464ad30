# capture and lastindex after backtracking: the subtle mark save/restore paths of the engine
import re

PATTERNS = [
    r'(a)|b', r'(?:(a)|b)*', r'(?:(a)|(b))*', r'((a)|(b))*c', r'(a*)*', r'(a*)+', r'(a|b)*?c', r'(?:(a)|b)+?c',
    r'((a)|b)+', r'(a)?(b)?(c)?', r'(?:(a)(b)?)+', r'(?:a(b)?)*', r'(?:(ab)|(a))*b', r'((a)(?=b))?(\w)',
    r'(?=(a))?\w', r'(?!(a))\w', r'(?<=(a))b|(c)', r'(a)(?:(b)|(c))*d', r'(?:(a)|(b)|(c))+?(d)',
    r'(?:x(a)|x(b))y', r'(?:(a)b|(a)c)', r'(a)(?:b\1|c)', r'((a)\2)*', r'(?>(a)|(ab))c', r'(?:(a)|b)*+c',
    r'((a)|b)*+', r'(?:(a){2}|(b))+', r'(?:(a)|(b)){2,3}', r'(?:(a)|(b)){2,3}?', r'(a(b)?)+', r'((a)|(a)b)+c',
]
SUBJECTS = ['a', 'b', 'ab', 'ba', 'abc', 'aab', 'abab', 'aabbcd', 'acd', 'abcbd', 'xay', 'xby', 'ac', 'aac', 'abac']
for p in PATTERNS:
    rx = re.compile(p)
    row = []
    for s in SUBJECTS:
        m = rx.match(s)
        row.append('-' if m is None else '%d%s%s' % (m.end(), m.groups(), m.lastindex))
    print(p, ' '.join(row))
