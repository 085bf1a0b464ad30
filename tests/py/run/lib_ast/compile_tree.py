# compile() of AST objects: round trip, NodeTransformer rewrites, eval mode, hand-built trees
import ast

src = "def f(n):\n    total = 0\n    for i in range(n):\n        total += i * 2\n    return total\nprint(f(10))\n"
tree = ast.parse(src)
exec(compile(tree, "<tree>", "exec"))

class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if type(node.value) is int:
            return ast.copy_location(ast.Constant(node.value * 3), node)
        return node

class RenameCalls(ast.NodeTransformer):
    def visit_Call(self, node):
        self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id == "print":
            node.args.insert(0, ast.Constant("result:"))
        return node

tree2 = RenameCalls().visit(Double().visit(ast.parse(src)))
ast.fix_missing_locations(tree2)
exec(compile(tree2, "<tree2>", "exec"))

expr = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
ast.fix_missing_locations(expr)
print(eval(compile(expr, "<expr>", "eval")))

mod = ast.Module(
    body=[
        ast.Assign(targets=[ast.Name("x", ast.Store())], value=ast.List([ast.Constant(1), ast.Constant(2)])),
        ast.Expr(ast.Call(ast.Name("print"), [ast.Starred(ast.Name("x"))], [ast.keyword("sep", ast.Constant("-"))])),
        ast.If(ast.Compare(ast.Name("x"), [ast.NotEq()], [ast.List([])]), [ast.Expr(ast.Call(ast.Name("print"), [ast.Constant("nonempty")]))], []),
    ],
    type_ignores=[],
)
ast.fix_missing_locations(mod)
exec(compile(mod, "<built>", "exec"))

ns = {}
exec(compile(ast.parse("class C:\n    def m(self):\n        return __class__.__name__\n"), "<cls>", "exec"), ns)
print(ns["C"]().m())

it = ast.Interactive([ast.Expr(ast.Constant(42))])
ast.fix_missing_locations(it)
code = compile(it, "<single>", "single")
print(type(code).__name__, code.co_filename)

again = compile(tree, "<t>", "exec", ast.PyCF_ONLY_AST)
print(again is tree, ast.dump(again) == ast.dump(tree))
print(ast.dump(compile("a.b = 1", "<s>", "exec", ast.PyCF_ONLY_AST)))
print(ast.dump(compile(b"x = 'bytes source'", "<s>", "exec", flags=ast.PyCF_ONLY_AST)))
co = compile(ast.parse("y = 2"), filename="named.py", mode="exec")
print(co.co_filename)
