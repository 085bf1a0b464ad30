# Compile-time errors around comprehensions keep CPython's messages with inlining.
cases = [
    "[(yield x) for x in y]",
    "{(yield x) for x in y}",
    "{x: (yield x) for x in y}",
    "((yield x) for x in y)",
    "def f():\n    return [(yield x) for x in y]\n",
    "[x for x in range(3) for y in (yield)]",
    "def f():\n    [await x for x in y]\n",
    "async def f():\n    lambda: [await x for x in y]\n",
    "[x := 1 for x in y]",
    "[(a, b) for a in x for b in (a := 0,)]",
    "class C:\n    [y := 1 for x in z]\n",
    "def f():\n    nonlocal x\n    [x for x in y]\n",
    "[x for x in y]\nnonlocal z\n",
    "[super() for x in y]",
    "[i for i in range(2) if (j := 1) for j in range(2)]",
    "def f():\n    [i for i in range(2) if (j := 1) for j in range(2)]\n",
    "def f():\n    global g\n    return [g := v for v in w]\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("ok")
    except SyntaxError as e:
        print(f"{e.msg} (line {e.lineno}, col {e.offset})")
