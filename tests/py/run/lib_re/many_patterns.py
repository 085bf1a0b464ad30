import re

PATTERNS = [
    r'a|ab|abc', r'(a|ab)(c|bcd)(d*)', r'(?:a|)*b', r'(a*)*b', r'(a*)+?b', r'(?:x|y|)+z', r'(a|b)*?b',
    r'a{3}', r'a{2,4}?', r'(?:ab){0,2}c', r'(a){1000}' if False else r'(a){10}', r'[\w\s]+', r'[^\W\d]+',
    r'[\d\-]+', r'[a-c\]]+', r'[]a]', r'[^]a]', r'[\u0100-\u0200\u0300]+', r'[^\u0100-\u0200]+',
    r'(?i)[k-m]+', r'(?i)[\u0100-\u017f]+', r'(?i)[^a-z]+', r'\bfoo\b', r'\Bo\B', r'(?a)\w+\b', r'^$',
    r'(?m)^$', r'(?m)^\w+$', r'(?s)a.*?b', r'a.*b', r'(?x) a \s* b  # comment', r'(?P<d>\d)(?P=d)',
    r'(\w)(?=\w\1)', r'(?<=(\w))\1', r'(?<![a-z])\d+', r'(?=a)(?!ab)a', r'(a)|(b)|(c)', r'((((a))))',
    r'(?:(a)|(b))+', r'(a)?(b)?c', r'(?(1)x)(a)?', r'(a)?(?(1)b|(c))', r'x*?y*?z', r'.*?$', r'(\s*)\S',
    r'[\x00-\x1f]', r'\x41\u0042\U00000043', r'\t\n\v\f\r', r'[.^$*+?{}]+', r'\\', r'a++b', r'(?>a+)b',
    r'(?:a|b)++c', r'(?:a{2})*+a', r'(?i:A)a', r'(?-i:a)', r'(ab|a)(bc|c)?', r'(?:(?:a|b)(?:c|d))+',
    r'(a+|b+)*c', r'(?s:.)\n', r'[^\n]+', r'\d{2,}?\d', r'(\d+)\s+(?P<w>\w+)', r'(.)(.)(.)\3\2\1',
    r'(?i)(\w)\1', r'\W*(\w+)\W*', r'\A\w|\w\Z', r'(?:^|,)([^,]*)',
]
SUBJECTS = ['', 'a', 'ab', 'abc', 'abcd', 'aaab', 'xyz', 'aaaaaaaaaaa', 'foo bar_baz 12-34', 'Ĉeĥo ĀāĂă ̀',
            'line1\n\nline2\n', 'KkK\u212a LMN', 'abba xyzzy 123321', 'a,b,,c', ' \t x', 'abcba', 'xa1b22']

for p in PATTERNS:
    rx = re.compile(p)
    out = []
    for s in SUBJECTS:
        m = rx.search(s)
        out.append('-' if m is None else '%d:%d%s' % (m.start(), m.end(), m.groups() if m.groups() else ''))
    print(p, '|', ' '.join(out))
    print('  ', [x if isinstance(x, str) else '/'.join(map(str, x)) for s in SUBJECTS[8:] for x in rx.findall(s)][:12])
    print('  ', rx.sub('<\\g<0>>', 'aab abc foo') , rx.split('ab,abc', 2))
