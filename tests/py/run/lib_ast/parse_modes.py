# ast.parse modes and options: single, eval, func_type, type_comments, feature_version, SyntaxErrors
import ast

print(ast.dump(ast.parse("(a, b) = c", mode="single")))
print(ast.dump(ast.parse("  1 + x", mode="eval") if False else ast.parse("1 + x", mode="eval")))
print(ast.dump(ast.parse("(int, str) -> None", mode="func_type")))
print(ast.dump(ast.parse("(*int) -> list[int]", mode="func_type")))
print(ast.dump(ast.parse("x = 1 # type: int")))
print(ast.dump(ast.parse("x = 1", feature_version=(3, 8))))
print(ast.dump(ast.parse("1 + 2", optimize=1)))
for bad in ["x = ", "def f(:\n  pass", "a +* b", "(", "return", "'abc"]:
    try:
        ast.parse(bad, "fn.py")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)
try:
    ast.parse("x", mode="nope")
except ValueError as e:
    print(type(e).__name__, e)
print(type(ast.parse("")).__name__, ast.parse("").body)
print(ast.dump(ast.parse(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n")))
