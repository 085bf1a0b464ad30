# compile() of a hand-built tree: a Constant holding a non-constant names the offending element's type;
# a name spelled with compatibility characters that NFKC-normalises to True/False/None is a ValueError.
import ast

for value in (int, (1, 2, int), frozenset((1, 2, int)), ((1, (2, [3])),), [1], {1: 2}):
    e = ast.Expression(body=ast.Constant(value))
    ast.fix_missing_locations(e)
    try:
        compile(e, "<test>", "eval")
    except TypeError as err:
        print("TypeError", err)
for ok in ((1, 2, "x"), frozenset({1, b"y"}), (1.5, 2j, None, ...)):
    e = ast.fix_missing_locations(ast.Expression(body=ast.Constant(ok)))
    print(eval(compile(e, "<test>", "eval")) == ok)

for source in (b"Tru\xe1\xb5\x89", b"Fal\xc5\xbfe", b"N\xc2\xbane", "\u1d40rue"):
    try:
        ast.parse(source, mode="eval")
    except ValueError as err:
        print("ValueError", err)
for source in ("N\u00bane = 1", "def f(\u1d40rue): pass"):
    try:
        exec(source)
    except ValueError as err:
        print("ValueError", err)
print(ast.dump(ast.parse("\u1d40rue_x", mode="eval")))
