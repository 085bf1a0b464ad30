# "invalid syntax. Perhaps you forgot a comma?" inside parentheses and set displays too, ranged from
# the last disjunction before the missing comma; never after a soft keyword such as `match`.
sources = ["{1, 2 3}", "(1, 2 3)", "(mat x)", "(a b)", "{a b}", "(x, y z, w)", "(1 if 2 else 3 4)",
           "(match x)", "(a, b c for c in d)", "(x lambda: 1)", "[1 if 2 else 3 4]", "f(a b)", "(a) (b)"]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
