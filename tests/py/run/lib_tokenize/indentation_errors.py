# indentation errors from tokenize are raised as IndentationError / TabError located at the end of the
# line with no end position; 100 nested blocks are too many for the tokenizer and for compile()
import io
import tokenize

src = b"def k(x):\n    x += 2\n  x += 5\n"
try:
    list(tokenize.tokenize(io.BytesIO(src).readline))
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text), e.filename)
    print(e.args)


def gen(n):
    return "".join(("  " * x) + "if True:\n" for x in range(n)) + "  " * n + "pass\n"


toks = list(tokenize._generate_tokens_from_c_tokenizer(io.StringIO(gen(99)).readline))
print(tokenize.tok_name[toks[-2].type], tokenize.tok_name[toks[-1].type])
compile(gen(99), "<s>", "exec")
try:
    list(tokenize._generate_tokens_from_c_tokenizer(io.StringIO(gen(100)).readline))
except IndentationError as e:
    print(type(e).__name__, e.msg)
try:
    compile(gen(100), "<s>", "exec")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
