# compile() validates match patterns of a hand-built tree as CPython's validate_pattern: literal values
# only (no Ellipsis/True/tuples), MatchSingleton for True/False/None, no '_' captures, MatchStar only
# in sequences, MatchOr with two alternatives at least, Name/Attribute class patterns.
import ast

x = ast.Name("x", ast.Load())
one = ast.MatchValue(ast.Constant(1))
cap = ast.MatchAs(name="y")
carter = ast.Name("Carter", ast.Load())
patterns = [
    ast.MatchValue(ast.Attribute(ast.Name("x", ast.Store()), "y", ast.Load())),
    ast.MatchValue(ast.Constant(...)),
    ast.MatchValue(ast.Constant(True)),
    ast.MatchValue(ast.Constant((1, 2))),
    ast.MatchValue(ast.Name("n", ast.Load())),
    ast.MatchValue(ast.UnaryOp(ast.USub(), ast.Constant("s"))),
    ast.MatchSingleton("string"),
    ast.MatchSequence([ast.MatchSingleton("string")]),
    ast.MatchMapping([ast.Constant(1)], []),
    ast.MatchMapping([ast.Constant(1)], [cap], rest="_"),
    ast.MatchMapping([ast.Constant(1)], [cap], rest="True"),
    ast.MatchMapping([ast.Starred(ast.Name("lol", ast.Load()), ast.Load())], [cap]),
    ast.MatchClass(ast.Constant(1), patterns=[], kwd_attrs=[], kwd_patterns=[]),
    ast.MatchClass(carter, patterns=[], kwd_attrs=["True"], kwd_patterns=[one]),
    ast.MatchClass(carter, patterns=[], kwd_attrs=[], kwd_patterns=[one]),
    ast.MatchClass(carter, patterns=[ast.MatchStar()], kwd_attrs=[], kwd_patterns=[]),
    ast.MatchSequence([ast.MatchStar("True")]),
    ast.MatchAs(name="False"),
    ast.MatchAs(pattern=one),
    ast.MatchOr([]),
    ast.MatchOr([one]),
    ast.MatchAs(name="_"),
    ast.MatchStar(name="x"),
]
valid = [
    ast.MatchValue(ast.UnaryOp(ast.USub(), ast.Constant(1))),
    ast.MatchValue(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2j))),
    ast.MatchValue(ast.BinOp(ast.UnaryOp(ast.USub(), ast.Constant(1.5)), ast.Sub(), ast.Constant(2j))),
    ast.MatchMapping([ast.Constant(None), ast.Constant(True)], [cap, ast.MatchAs(name="z")], rest="r"),
    ast.MatchClass(ast.Attribute(carter, "b", ast.Load()), patterns=[one], kwd_attrs=["k"], kwd_patterns=[cap]),
    ast.MatchSequence([ast.MatchStar("rest"), ast.MatchStar()]),
    ast.MatchOr([one, ast.MatchValue(ast.Constant(2))]),
]

def compile_with(pattern):
    node = ast.Match(subject=x, cases=[ast.match_case(pattern=pattern, body=[ast.Pass()])])
    module = ast.fix_missing_locations(ast.Module([node], []))
    return compile(module, "<test>", "exec")

for p in patterns:
    try:
        compile_with(p)
        print("compiled", type(p).__name__)
    except ValueError as e:
        print("ValueError", e)
for p in valid:
    try:
        compile_with(p)
        print("ok", type(p).__name__)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e)
