# compile(..., flags=ast.PyCF_OPTIMIZED_AST) and ast.parse(..., optimize=N): the tree comes back with
# CPython 3.14's AST preprocessing (__debug__ as a constant, constant match patterns folded, %-formatting
# with %s/%r/%a as an f-string, docstrings dropped at -OO); assigning to __debug__ is a compile-time error,
# not a parse error.
import ast


def show(src, opt=1, mode="exec"):
    print(repr(src), opt, "->", ast.dump(ast.parse(src, optimize=opt, mode=mode)))


for src, opt in [("'''mod doc'''\nx = 1", 2), ("'''mod doc'''", 2), ("def f():\n '''doc'''", 2),
                 ("class C:\n '''doc'''\n x = 1", 2), ("async def f():\n '''doc'''\n pass", 2),
                 ("def f():\n '''doc'''\n pass", 1), ("__debug__", 0), ("__debug__", 2), ("if __debug__: pass", 1),
                 ("x = __debug__; del __debug__", 1), ("x.__debug__", 1),
                 ("-1; ~1; not 1; 1 + 2; (1, 2); [1][0]; 1 if 1 else 2", 1)]:
    show(src, opt)
show("__debug__", 1, "eval")
for fmt in ["'%s' % (x,)", "'%s %r %a' % (x, y, z)", "'a%sb' % (x,)", "'%d' % (x,)", "'%5s %-3r %.2a' % (x, y, z)",
            "'%%s %s' % (x,)", "'%s' % (*x,)", "'%s %s' % (x,)", "'%s' % (x, y)", "'%(a)s' % (x,)", "'%c' % (x,)",
            "b'%s' % (x,)", "'%s' % ()", "'%*s' % (x, y)", "'%05s' % (x,)", "'%#s' % (x,)", "'% s' % (x,)",
            "'%+s' % (x,)", "'%123s' % (x,)", "'%12s' % (x,)", "'%.12s' % (x,)", "'%.s' % (x,)", "'%-0s' % (x,)",
            "'abc%' % (x,)", "'%s' % x", "'%s%s' % (f'{a}', '%s' % (b,))"]:
    show(fmt)
show("match x:\n case -1: pass\n case 1-2j: pass\n case -1.5+2j: pass\n case {-1: a, 2+3j: b}: pass\n"
     " case [1, -2]: pass\n case a.b: pass\n case -0: pass")

args = ("a*__debug__", "f.py", "exec")
raw = compile(*args, flags=ast.PyCF_ONLY_AST).body[0]
opt1 = compile(*args, flags=ast.PyCF_OPTIMIZED_AST).body[0]
opt2 = compile(ast.parse(args[0]), *args[1:], flags=ast.PyCF_OPTIMIZED_AST).body[0]
opt3 = compile(ast.parse(args[0]), *args[1:], flags=ast.PyCF_OPTIMIZED_AST, optimize=2).body[0]
print(ast.dump(raw), ast.dump(opt1), ast.dump(opt2), ast.dump(opt3), sep="\n")
tree = ast.parse("x = '%s!' % (y,)", optimize=1)
print(eval(compile(ast.Expression(tree.body[0].value), "<t>", "eval"), {"y": 42}))


def attempt(src):
    try:
        ast.parse(src)
        p = "parsed"
    except SyntaxError as e:
        p = f"parse!! {e.msg}"
    try:
        compile(src, "<s>", "exec")
        c = "compiled"
    except SyntaxError as e:
        c = f"compile!! {e.msg} {e.lineno} {e.offset} {e.end_lineno} {e.end_offset}"
    print(repr(src), "|", p, "|", c)


for s in ["__debug__ = 1", "del __debug__", "x.__debug__ = 1", "del x.__debug__", "f(__debug__=1)",
          "def f(__debug__): pass", "def __debug__(): pass", "class __debug__: pass", "import __debug__",
          "from x import __debug__", "import x as __debug__", "for __debug__ in x: pass", "with x as __debug__: pass",
          "(__debug__ := 1)", "__debug__ += 1", "x: int = __debug__", "__debug__: int", "lambda __debug__: 1",
          "def f(*, __debug__): pass", "def f(**__debug__): pass", "def f(*__debug__): pass",
          "match x:\n case __debug__: pass", "try: pass\nexcept E as __debug__: pass", "global __debug__",
          "[__debug__ for __debug__ in x]", "def f[__debug__](): pass", "type __debug__ = int", "x.__debug__"]:
    attempt(s)
