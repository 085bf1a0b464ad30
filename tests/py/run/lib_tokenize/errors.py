# _tokenize errors surface as SyntaxError (tokenize turns them into TokenError)
import _tokenize

def reader(s):
    it = iter(s.splitlines(True))
    return lambda: next(it, "")

for src in ["s = 'abc\n", "x = '''abc\n", "  x\n y\n", "0x\n", "a = 1\n"]:
    toks = []
    try:
        for t in _tokenize.TokenizerIter(reader(src), extra_tokens=True):
            toks.append(t[1])
        print(repr(src), "ok", toks)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, "after", toks)

bytes_lines = iter([b"x = '\xc3\xa9'\n", b""])
print([t[:4] for t in _tokenize.TokenizerIter(lambda: next(bytes_lines), extra_tokens=True, encoding="utf-8")])
def stop():
    raise StopIteration
print(list(_tokenize.TokenizerIter(stop, extra_tokens=True)))
try:
    _tokenize.TokenizerIter(reader("x"))
except TypeError as e:
    print(type(e).__name__, e)
