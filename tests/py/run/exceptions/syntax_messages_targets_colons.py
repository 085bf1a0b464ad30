# More of CPython 3.14's targeted SyntaxError messages with their locations: import targets and empty
# imports, generator arguments, `/*`, a bare `*` argument, `=` inside displays (invalid_named_expression),
# a missing comma in a dict, "expected ':'" only at the end of the line, __debug__ targets.
sources = [
    "import a as b.c", "import a.b as (a, b)", "import a, a.b as 1", "import a.b as 'a', a",
    "from a import b as 1", "from a import b, c as d[e]", "from a import c as d[e], b", "from i import",
    "from .. import", "import", "import a as b; x = 1", "from a import (b as c)",
    "from a import (b as c, d as e,)", "f(x for x in L,)", "f(x for x in L, 1)", "f(x for x in L)",
    "def foo(a=1,/*,b,c): pass", "lambda a=1,/*,b,c: None", "f(**x, *)", "f(x, *:)", "f(x, *)",
    "f(x = 5, *)", "f(x = 5, *:)", "f(*a, *b)", "{1:2, 2:5 3:12}", "{1: 2, 'a': 3 'b': 4}",
    "(x, y, z=3, d, e)", "[x, y, z=3, d, e]", "[z=3]", "{x, y, z=3, d, e}", "{z=3}",
    "ages = {'Alice'=22, 'Bob'=23}", "if x = 3:\n  pass\n", "while y = x == 2:\n  pass\n", "x[a=1]",
    "[a := 1, b = 2 = 3]", "try:\n  pass\nexcept\n  pass\n", "match x\n  case list():\n      pass\n",
    "match(x)\n", "match = 3\nmatch -1\n", "class R&D:\n  pass\n", "class C\n  pass\n",
    "for x in range 10:\n  pass\n", "for x in y\n  pass\n", "with block ad something:\n  pass\n",
    "with a as b\n  pass\n", "if x y:\n  pass\n", "if x\n  pass\n", "while 1 2:\n  pass\n",
    "def f()\n  pass\n", "def f() x:\n  pass\n", "x.__debug__: int", "x.__debug__: int = 1",
    "match x:\n  case Foo(a, __debug__=1, b=2):\n    pass\n",
    "if True:\n    print('Hello'\n\nif 2:\n   print(123))\n", "x = 1 if 2\n",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
