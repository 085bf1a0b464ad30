# compile()'s flags, dont_inherit, optimize and source checks, and the future features a compilation
# inherits from the code calling compile()/exec()/eval() (CPython's PyEval_MergeCompilerFlags).
import ast
import __future__

ANN = __future__.annotations.compiler_flag
BARRY = __future__.barry_as_FLUFL.compiler_flag
print(hex(ANN), hex(BARRY), hex(ast.PyCF_ONLY_AST), hex(ast.PyCF_OPTIMIZED_AST), hex(ast.PyCF_TYPE_COMMENTS))


def attempt(*args, **kw):
    try:
        r = compile(*args, **kw)
    except (ValueError, TypeError, SyntaxError) as e:
        return f"{type(e).__name__}: {e}"
    return f"{type(r).__name__} {hex(r.co_flags) if hasattr(r, 'co_flags') else ''}"


for flags in [0, 0x10, 0x100, 0x200, 0x800, 0x4000, 0x10000, 0x20000, ANN, BARRY, 0xff, 1 << 30]:
    print(hex(flags), attempt("x", "f", "exec", flags))
for optimize in [-2, -1, 0, 1, 2, 3]:
    print(optimize, attempt("x", "f", "exec", optimize=optimize))
print(attempt("x", "f", "bad"))
print(attempt("x", "f", "bad", ast.PyCF_ONLY_AST))
print(attempt("x", "f", "func_type"))
print(attempt("x", "f", "exec", "1"))
print(attempt("x", "f", 1))
print(attempt("x\0", "f", "exec"))
print(attempt(b"x\0", "f", "exec"))
print(attempt(b"# -*- coding: latin-1 -*-\ns = '\xe9'", "f", "exec"))
print(attempt(b"\xff", "f", "exec"))
print(compile("x", b"bytes-name", "exec").co_filename)
print(attempt("x", 3, "exec"))
try:
    compile("'\udcff'", "f", "exec")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.reason, e.start)
ns = {}
exec(compile(b"# coding: latin-1\ns = '\xe9'", "f", "exec"), ns)
print(ascii(ns["s"]))

# future features: in co_flags of every code object of the compilation
src = "from __future__ import annotations\ndef f(a: int): pass\nco = f.__code__\n"
ns = {}
exec(compile(src, "m", "exec"), ns)
print(hex(ns["co"].co_flags), ns["f"].__annotations__)

# inherited by compile()/exec()/eval() from the calling code, unless dont_inherit
caller = compile("""
def g(a: int): pass
r1 = g.__annotations__
exec("def h(a: int): pass\\nr2 = h.__annotations__")
r3 = eval("(lambda: 0).__code__.co_flags") & 0x1000000
r4 = compile("def k(a: int): pass", "c", "exec").co_flags & 0x1000000
r5 = compile("def k(a: int): pass", "c", "exec", dont_inherit=True).co_flags & 0x1000000
""", "caller", "exec", ANN)
ns = {}
exec(caller, ns)
print(ns["r1"], ns["r2"], hex(ns["r3"]), hex(ns["r4"]), hex(ns["r5"]))
print(hex(compile("x", "f", "exec").co_flags))

# Barry as FLUFL: `<>` instead of `!=`
print(attempt("1 <> 2", "f", "eval"))
print(attempt("1 <> 2", "f", "eval", BARRY))
print(eval(compile("1 <> 2", "f", "eval", BARRY)), eval(compile("1 <> 1", "f", "eval", BARRY)))
print(attempt("1 != 2", "f", "eval", BARRY))
print(attempt("from __future__ import barry_as_FLUFL\n1 != 2", "f", "exec"))
print(attempt("from __future__ import barry_as_FLUFL\n1 <> 2", "f", "exec"))
try:
    compile("from __future__ import barry_as_FLUFL\nx = 1 != 2", "f", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset, e.end_offset)
print(ast.dump(ast.parse("a <> b", feature_version=None) if False else compile("a <> b", "f", "eval", BARRY | ast.PyCF_ONLY_AST)))
