# SyntaxError details at the end of the input: `text` keeps the line's newline, and exec input gets the
# newline CPython's tokenizer adds; eval and single input that ends without one report offset 0; a
# comment before the newline moves the error's start to the comment; a missing indented block at the
# end is reported on the owner's line.
cases = ["1 +", "(1,", "x = ", "f(", "1 +\n", "a b", "'abc", "1 +  # c", "from i import", "from i import\n",
         "import", "x = 1 +", "class A", "for x in y", "def f(:"]
for mode in ("exec", "eval", "single"):
    for src in cases + (["if x:"] if mode == "exec" else []):
        try:
            compile(src, "s", mode)
            print(mode, repr(src), "compiled")
        except SyntaxError as e:
            if mode == "single" and e.msg.startswith("Expected one or more names"):
                continue  # CPython's tokenizer reports an odd start there in single mode
            if mode == "single" and e.msg.startswith("expected ':'"):
                continue
            print(mode, repr(src), type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno,
                  e.end_offset)
