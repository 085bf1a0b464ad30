# Backslash continuations in a line's indentation: the first one fixes the indentation of what follows,
# and an empty line after one is a blank line (CPython's tokenizer cont_line_col).
srcs = ["\\\npass\n        \\\n\npass\n",
        "\\\ndef fib(n):\n    \\\n'''Print a Fibonacci series up to n.'''\n    \\\na, b = 0, 1\n",
        "\\\nif x:\n    y = 1\n    \\\n  foo = 1\n",
        "if 1:\n    x = 1\n    \\\n    y = 2\nprint(x)\n",
        "x = 1 + \\\n    2\n",
        "if True:\n    \\\n\n    z = 3\n"]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
ns = {}
exec("def fib(n):\n    \\\n'''doc'''\n    \\\na, b = 0, 1\n    return a, b\n", ns)
print(ns["fib"].__doc__, ns["fib"](1))
