# CPython 3.14's targeted SyntaxError messages (the parser's invalid_* rules) with their locations:
# conditional expressions holding statements, as/except targets, assignment targets ("here. Maybe
# you meant '=='" only for invalid_named_expression), defaults and keyword values left empty,
# parenthesized parameters, starred dict values, `import a from b`, `not` after an operator.
sources = [
    "x = 1 if 1 else pass", "x = 1 if 1 else yield 2", "pass if 1 else 1", "x = break if 1 else 2",
    "x = continue if y else pass", "x = pass if y", "f(1 if 2 else return)", "x = 1 if 1 else *y",
    "match 1:\n case x as obj.attr:\n  ...", "match 1:\n case x as 1:\n  ...", "match 1:\n case x as a[0]:\n  ...",
    "match 1:\n case x as (a, b):\n  ...", "match 1:\n case x as f():\n  ...", "match 1:\n case x as _:\n  ...",
    "match 1:\n case x as y z:\n  ...", "match 1:\n case x as if:\n  ...",
    "try:\n pass\nexcept ValueError as obj.attr:\n pass", "try:\n pass\nexcept ValueError as a[1]:\n pass",
    "try:\n pass\nexcept* ValueError as a.b:\n pass", "try:\n pass\nexcept ValueError as (a, b):\n pass",
    "try:\n pass\nexcept ValueError as 1:\n pass", "try:\n pass\nexcept ValueError as a b:\n pass",
    "yield = 1", "(x for x in x) = 1", '(a, "b", c) = (1, 2, 3)', "f() = 1", "a + 1 = 2", "x = y = f() = 1",
    "a < b = 1", "(a < b) = 1", "not a = 1", "-a = 1", "a if b else c = 1", "lambda: 1 = 1", "a and b = 1",
    "f() = 1 = 2", "f() = yield", "f() = *a, b", "f() = a, b", "x, f() = 1", "[f()] = 1", "{a: 1} = 1",
    "... = 1", "a.b, c() = d = 1", "f() = not a", "f() = lambda: 1", "del f()", "(yield) = 1",
    "[x for x if range(1)]", "tuple(x for x if range(1))", "[x for a, b, (c + 1, d()) if y]",
    "def foo(a,d=,c): pass", "def foo(a,d: int=,c): pass", "lambda a,d=,c: None", "def f(*, a=): pass",
    "f(a=)", "f(a, b, c=, d)", "f(*args=[0])", "f(a, b, **kwargs={'a': 1})",
    "def f(x, (y, z), w): pass", "def f((x, y, z, w)): pass", "lambda x, (y, z), w: None", "lambda (x): None",
    "{1: *12+1, 23: 1}", "{1: 23, 1: *12+1}", "{1: *a}",
    "import a from b", "import a.b.c from b.c", "import a, b from c",
    "1 + not 2", "a * not b", "-not a", "a ** not b",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
