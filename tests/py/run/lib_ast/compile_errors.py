# compile() of invalid trees: CPython's TypeErrors/ValueErrors from conversion and validation
import ast

def attempt(label, make, mode="exec"):
    try:
        tree = make()
        compile(tree, "<t>", mode)
        print(label, "compiled")
    except Exception as e:
        print(label, type(e).__name__, e)

fix = ast.fix_missing_locations
attempt("no lineno", lambda: ast.Module([ast.Pass()], []))
attempt("expr no lineno", lambda: ast.Module([ast.Expr(ast.Pass(), lineno=1, col_offset=0)], []))
attempt("stmt as expr", lambda: fix(ast.Module([ast.Expr(ast.Pass())], [])))
attempt("not a list", lambda: fix(ast.Module(ast.Pass(), [])))
attempt("identifier type", lambda: fix(ast.Module([ast.Expr(ast.Name(3))], [])))
attempt("store ctx", lambda: fix(ast.Module([ast.Expr(ast.Name("x", ast.Store()))], [])))
attempt("list constant", lambda: fix(ast.Module([ast.Expr(ast.Constant([1]))], [])))
attempt("wrong root", lambda: ast.Expr(ast.Constant(1)))
attempt("expression in exec", lambda: ast.Expression(ast.Constant(1)))
attempt("module in eval", lambda: ast.parse("x"), "eval")
attempt("empty body", lambda: fix(ast.Module([ast.FunctionDef("f", ast.arguments(), [])], [])))
attempt("bad level", lambda: fix(ast.Module([ast.ImportFrom("x", [ast.alias("y")], "a")], [])))
attempt("wrong operator", lambda: fix(ast.Module([ast.Expr(ast.BinOp(ast.Constant(1), ast.Load(), ast.Constant(2)))], [])))
attempt("wrong ctx", lambda: fix(ast.Module([ast.Expr(ast.Name("x", 5))], [])))
attempt("None name", lambda: fix(ast.Module([ast.Expr(ast.Name("None"))], [])))
attempt("no comparators", lambda: fix(ast.Module([ast.Expr(ast.Compare(ast.Constant(1), [], []))], [])))
attempt("bad lineno", lambda: ast.Module([ast.Expr(ast.Constant(1), lineno="a", col_offset=0)], []))
attempt("not ast", lambda: 3)
attempt("bare AST", lambda: ast.AST())
attempt("boolop", lambda: fix(ast.Module([ast.Expr(ast.BoolOp(ast.And(), [ast.Constant(1)]))], [])))
attempt("dict lengths", lambda: fix(ast.Module([ast.Expr(ast.Dict([ast.Constant(1)], []))], [])))
attempt("delete load", lambda: fix(ast.Module([ast.Delete([ast.Name("x")])], [])))
attempt("assign no targets", lambda: fix(ast.Module([ast.Assign([], ast.Constant(1))], [])))
attempt("assign to call", lambda: fix(ast.Module([ast.Assign([ast.Call(ast.Name("f"), [], [])], ast.Constant(1))], [])))
attempt("try empty", lambda: fix(ast.Module([ast.Try([ast.Pass()], [], [], [])], [])))
attempt("raise cause only", lambda: fix(ast.Module([ast.Raise(None, ast.Name("e"))], [])))
attempt("None stmt", lambda: fix(ast.Module([None], [])))
attempt("required None", lambda: fix(ast.Module([ast.Expr(None)], [])))
attempt("with no items", lambda: fix(ast.Module([ast.With([], [ast.Pass()])], [])))
attempt("tuple constant ok", lambda: fix(ast.Module([ast.Expr(ast.Constant((1, "a", (2.5, None))))], [])))
attempt("frozenset set", lambda: fix(ast.Module([ast.Expr(ast.Constant(frozenset({1})))], [])))
attempt("eval ok", lambda: fix(ast.Expression(ast.Constant(1))), "eval")
try:
    compile("x", "<s>", "badmode", ast.PyCF_ONLY_AST)
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile("(a) -> b", "<s>", "func_type")
except ValueError as e:
    print(type(e).__name__, e)
