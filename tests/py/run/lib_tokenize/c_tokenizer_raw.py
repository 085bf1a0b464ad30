# tokenize's C tokenizer without extra tokens (_generate_tokens_from_c_tokenizer's default): no COMMENT or
# NL tokens, NEWLINE with an empty string ending where it starts, INDENT/DEDENT without text at column -1,
# the parser's errors; with extra tokens leading zeros are a NUMBER
import io
import tokenize
from textwrap import dedent


def show(src, extra=False):
    try:
        for t in tokenize._generate_tokens_from_c_tokenizer(io.StringIO(src).readline, extra_tokens=extra):
            print(" ", tokenize.tok_name[t.type], repr(t.string), t.start, t.end)
    except (tokenize.TokenError, SyntaxError) as e:
        print(" ", type(e).__name__, e.args[0])


show("async\n#comment\nawait")
show("async def foo():\n  async for i in 1: pass")
show(dedent("""
    def fib(n):
        \\
    '''doc'''
        \\
    a, b = 0, 1
"""))
show("if x:\n  y\n\n# c\nz\n")
for bad in ["(1+2]", "{1+2]", "1_", "1e+", "0x1_", "]", "\xa0", "012"]:
    show(bad)
show("01234", extra=True)
print(list(tokenize.generate_tokens(io.StringIO("01234").readline)))
