# _sre.compile on code lists: the compiler's, hand-made ones, and mutations of valid code that the
# validator must accept or reject as CPython's does ("invalid SRE code").
import _sre
from re import _compiler, _parser
from re._constants import *

def try_compile(code, groups=0, pattern='x'):
    try:
        _sre.compile(pattern, 0, code, groups, {}, (None,) * (groups + 1))
        return 'ok'
    except (RuntimeError, TypeError, OverflowError) as e:
        return '%s: %s' % (type(e).__name__, e)

p = _sre.compile('ab', 0, [LITERAL, 97, LITERAL, 98, SUCCESS], 0, {}, ())
print(p, p.match('abc'), p.search('xab'), p.groups, p.groupindex)
print(_sre.compile(None, 0, [ANY, SUCCESS], 0, {}, ()).findall('ab'), _sre.compile(None, 0, [ANY, SUCCESS], 0, {}, ()).findall(b'ab'))
for code, groups in [([SUCCESS], 0), ([], 0), ([LITERAL, 97], 0), ([JUMP, 0, SUCCESS], 0), ([IN, 100, SUCCESS], 0),
                     ([MARK, 5, SUCCESS], 1), ([MARK, 3, SUCCESS], 1), ([GROUPREF, 1, SUCCESS], 1),
                     ([GROUPREF, 0, SUCCESS], 1), ([AT, 12, SUCCESS], 0), ([AT, 11, SUCCESS], 0),
                     ([IN, 4, CATEGORY, 17, FAILURE, SUCCESS], 0), ([IN, 4, CATEGORY, 18, FAILURE, SUCCESS], 0),
                     ([REPEAT_ONE, 6, 3, 2, ANY, SUCCESS, SUCCESS], 0), ([99, SUCCESS], 0), ([LITERAL, -1, SUCCESS], 0),
                     ([LITERAL, 2**64, SUCCESS], 0), ([LITERAL, 'a', SUCCESS], 0), ([SUCCESS], -1)]:
    print(code, groups, try_compile(code, groups))

patterns = [r'a|b|c', r'(a)(?(1)b|c)', r'(?<=ab)c(?!d)', r'[a-z\d]{2,5}', r'(?:ab){1,3}?x', r'(?>a|b)c',
            r'(a)\1', r'x{3}+y', r'(?:ab){2}+', r'[^\u0100\u0102\u0104\u0106\u0108\u010a\u010c\u4e00\u4e02]',
            r'^abc$', r'(?i)ab[cd]']
seed = 12345
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
for pat in patterns:
    p = _parser.parse(pat, 0)
    code = [int(x) for x in _compiler._code(p, 0)]
    groups = p.state.groups - 1
    results = [try_compile(code, groups, pat)]
    for k in range(40):
        c = list(code)
        i = rand(len(c))
        c[i] = rand(50)
        results.append(try_compile(c, groups, pat)[:2])
    print(pat, ''.join(r[0] if r.startswith(('ok', 'Ru')) else '?' for r in results))
