# ast.literal_eval over literals, containers, signed numbers and complex; rejections
import ast

for s in ["1", "-1", "+1.5", "1e3", "0x1f", "'a' 'b'", "b'x'", "None", "True", "...",
          "[1, [2, (3, 4)], {5: 6}]", "{1, 2, 3}", "set()", "(1,)", "()", "{}",
          "1+2j", "-3-4j", "2j", " 7", "\t8"]:
    v = ast.literal_eval(s)
    print(repr(s), "->", repr(v), type(v).__name__)
for s in ["x", "1 + x", "f()", "[i for i in x]", "1 + 1", "{**a}", "set([1])", "-'a'", "--1", "a.b"]:
    try:
        ast.literal_eval(s)
        print(repr(s), "accepted")
    except (ValueError, TypeError, SyntaxError) as e:
        print(repr(s), type(e).__name__, e)
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
print(ast.literal_eval(ast.Constant(5)))
