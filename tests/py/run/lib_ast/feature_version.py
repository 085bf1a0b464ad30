# ast.parse(feature_version=...): CPython's version checks (message, and where the error is reported)
import ast
for src, fv in [("(a := 1)", (3, 7)), ("match x:\n case 1: pass", (3, 9)), ("def f[T](): pass", (3, 11)), ("type X = int", (3, 11)), ("try:\n pass\nexcept* E:\n pass", (3, 10)), ("f(**a, *b)", (3, 4)), ("x = 1", 6), ("async def f(): await x", (3, 4))]:
    try:
        ast.parse(src, feature_version=fv)
        print(repr(src), fv, "ok")
    except SyntaxError as e:
        print(repr(src), fv, type(e).__name__, e.msg)
    except Exception as e:
        print(repr(src), fv, type(e).__name__, e)
for src, fv in [("def f(a, /): x: int = (y := 2)", (3, 7)), ("match x:\n case 1:\n  async def g(): pass", (3, 4)), ("class C[T = int]: pass", (3, 12)), ("class C[T]: pass", (3, 11)), ("[x async for x in y]", (3, 5)), ("x: int", (3, 5)), ("t'a'", (3, 13)), ("def f[T](): type A = int", (3, 11)), ("(a := (b := 1))", (3, 7))]:
    try:
        ast.parse(src, feature_version=fv)
        print(repr(src), fv, "ok")
    except SyntaxError as e:
        print(repr(src), fv, type(e).__name__, e.msg, e.lineno, e.offset)
