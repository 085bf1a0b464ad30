# tokenize round trips: untokenize(generate_tokens(src)) reproduces the source; token streams of
# tricky layouts (continuation lines, nested brackets, comments at odd places, CRLF, tabs, unicode)
import io
import tokenize
import token

sources = [
    "if True:\n\tx = 1  # tab\n\ty = [\n\t  2,\n\t]\n",
    "def f(a,\n      b):  # c\n    return (a +\n            b)\n\n\n# end\n",
    "s = '''one\ntwo'''; t = \"x\\\n\"\n",
    "x = 1 \\\n    + 2\n",
    "σ = 'ü' # ñ\nλ = σ\n",
    "x = {\n  'a': [1, (2,\n 3)],\n}\n",
    "a = f'{b!r}' f\"{c:>{w}}\" rb'\\d'\n",
    "class C:\n    pass\n\n\n\n",
    "x = 1\r\ny = 2\r\n",
]
for src in sources:
    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    print(tokenize.untokenize(toks) == src, len(toks), [token.tok_name[t.exact_type] for t in toks])

for src in ["x = 1", "x=1 #c", "\n", "", "   \n  # indented comment only\n"]:
    print(repr(src), [(token.tok_name[t.type], t.string, t.start, t.end) for t in tokenize.generate_tokens(io.StringIO(src).readline)])

b = "# -*- coding: utf-8 -*-\nnom = 'café'\n".encode()
print([(t.type, t.string) for t in tokenize.tokenize(io.BytesIO(b).readline)][:4])
print(tokenize.untokenize(tokenize.tokenize(io.BytesIO(b).readline)) == b)
