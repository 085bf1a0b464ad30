# The tokenize module over _tokenize: generate_tokens, tokenize (bytes, ENCODING), exact types, untokenize
import io
import tokenize

src = (
    "def f(a, b=1):\n    # comment\n    return a + b  # add\n\n"
    "print(f'{f(1)!r:>4}', t'{x}')\nclass C:\n    x: int = 3\n    s = '''multi\nline'''\n"
)
for t in tokenize.generate_tokens(io.StringIO(src).readline):
    print(t)
for t in tokenize.tokenize(io.BytesIO(src.encode()).readline):
    print(tokenize.tok_name[t.type], tokenize.tok_name[t.exact_type], repr(t.string), t.start, t.end)
print(tokenize.untokenize(tokenize.generate_tokens(io.StringIO(src).readline)) == src)
print(tokenize.untokenize((t.type, t.string) for t in tokenize.generate_tokens(io.StringIO("x=1+2\n").readline)))
try:
    list(tokenize.generate_tokens(io.StringIO("x = '''abc\n").readline))
except tokenize.TokenError as e:
    print(type(e).__name__, e.args)
print(tokenize.detect_encoding(io.BytesIO(b"# -*- coding: latin-1 -*-\nx = 1\n").readline))
