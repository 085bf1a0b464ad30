# Trees with match statements, comprehensions, f-strings, lambdas and classes built or rewritten in
# Python and compiled: every node kind crosses the Python → front end conversion
import ast

src = '''
def classify(v):
    match v:
        case 0 | 1:
            return "small"
        case [x, *rest] if rest:
            return f"list {x} +{len(rest)}"
        case {"k": val, **others}:
            return f"map {val!r} {sorted(others)}"
        case str() as s:
            return "str " + s
        case Point(x=0, y=yy):
            return f"point on axis {yy}"
        case None:
            return "none"
        case _:
            return "other"

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

squares = {n: n * n for n in range(5) if n % 2}
gen = sum(x for x in range(10))
fn = lambda a, /, b=2, *c, d, **e: (a, b, c, d, e)
values = [classify(v) for v in (0, [1, 2, 3], {"k": 5, "z": 1}, "s", Point(0, 7), None, 3.5)]
'''
tree = ast.parse(src)
ns = {}
exec(compile(tree, "<patterns>", "exec"), ns)
print(ns["values"], ns["squares"], ns["gen"], ns["fn"](1, d=4))

class Rename(ast.NodeTransformer):
    def visit_MatchAs(self, node):
        self.generic_visit(node)
        if node.name == "s":
            node.name = "text"
        return node
    def visit_Name(self, node):
        if node.id == "s":
            return ast.copy_location(ast.Name("text", node.ctx), node)
        return node

tree2 = ast.fix_missing_locations(Rename().visit(ast.parse(src)))
ns2 = {}
exec(compile(tree2, "<patterns2>", "exec"), ns2)
print(ns2["values"] == ns["values"])

m = ast.Module([
    ast.Match(ast.Constant(5), [
        ast.match_case(ast.MatchValue(ast.Constant(4)), body=[ast.Expr(ast.Call(ast.Name("print"), [ast.Constant("four")]))]),
        ast.match_case(ast.MatchAs(name="n"), ast.Compare(ast.Name("n"), [ast.Gt()], [ast.Constant(3)]),
                       [ast.Expr(ast.Call(ast.Name("print"), [ast.Constant("big"), ast.Name("n")]))]),
    ]),
], [])
exec(compile(ast.fix_missing_locations(m), "<m>", "exec"), {})
bad = ast.Module([ast.Match(ast.Constant(5), [])], [])
try:
    compile(ast.fix_missing_locations(bad), "<bad>", "exec")
except ValueError as e:
    print(type(e).__name__, e)
