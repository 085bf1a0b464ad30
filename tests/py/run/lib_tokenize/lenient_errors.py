# tokenize mode is lenient where the parser is not (unmatched brackets, stray characters, non-ASCII names)
# and reports an unclosed bracket as CPython's 'unexpected EOF in multi-line statement'
import _tokenize, tokenize, io
def reader(s):
    it = iter(s.splitlines(True))
    return lambda: next(it, "")
for src in ["x = (1,\n", "x = (1,\n  2", "a $ b\n", ")\n", "x = [1)\n", "a ? b\n", "x = 1\n  y\n", "'abc\n", "\"\"\"abc\n", "0x\n", "x = `a`\n", "if x:\n  y\n z\n", "a\\\n", "€ = 1\n"]:
    toks = []
    try:
        for t in _tokenize.TokenizerIter(reader(src), extra_tokens=True):
            toks.append((t[0], t[1], t[2], t[3]))
        print(repr(src), "ok", toks)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, "after", toks)
    try:
        list(tokenize.generate_tokens(io.StringIO(src).readline))
    except tokenize.TokenError as e:
        print("   TokenError", e.args)
    except SyntaxError as e:
        print("   ", type(e).__name__, e.msg, e.lineno, e.offset)
