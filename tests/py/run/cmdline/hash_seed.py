# oracle: python3
# PYTHONHASHSEED: str and bytes hash as CPython's SipHash-1-3 with the seed's key (0: zeros; N: the LCG
# bytes of N), so hash values and the order of sets of strings are CPython's; unset or "random" differs
# per run; anything else is a fatal configuration error. (python3 3.11 hashes as 3.14 does.)
from _child import run, run_all

PROG = r"""
import sys
words = ['', 'a', 'spam', 'abcdefgh', 'abcdefghi', 'caf\xe9', '\u0100\u0101x', '\u65e5\u672c\u8a9e',
         '\U0001f600', 'a\U0001f600b', '\ud800', 'x' * 37]
print(sys.flags.hash_randomization, [hash(w) for w in words])
print(hash(b'spam') == hash('spam'), hash(b'bytes\x00\xff'), hash(memoryview(b'mv')), hash(('a', 'b', 1)))
s = set()
for w in ['banana', 'apple', 'cherry', 'd', 'e', 'f', 'grape', 'kiwi']:
    s.add(w)
print(s)
fs = frozenset(['x' + str(i) for i in range(20)])
print(list(fs))
"""

for seed in ("0", "1", "123", "4294967295", " 77", "+5"):
    code, out, err = run("-c", PROG, env={"PYTHONHASHSEED": seed})
    print(repr(seed), code, out, err)

a, b = run_all([("-c", "print(hash('spam'))"), ("-c", "print(hash('spam'))")])
print("random seeds differ:", a[1] != b[1])
code, out, err = run("-c", "import sys; print(sys.flags.hash_randomization)", env={"PYTHONHASHSEED": "random"})
print(code, out)
code, out, err = run("-E", "-c", "import sys; print(sys.flags.hash_randomization)", env={"PYTHONHASHSEED": "0"})
print(code, out)
for bad in ("abc", "-1", "4294967296", "1.5"):
    code, out, err = run("-c", "pass", env={"PYTHONHASHSEED": bad})
    print(repr(bad), code, err.splitlines()[0])
