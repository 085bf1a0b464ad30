# NodeVisitor/NodeTransformer, iter_fields/iter_child_nodes, copy_location, increment_lineno, compare,
# structural pattern matching on nodes through __match_args__
import ast

src = "def f(a, b=2):\n    'doc'\n    c = a + b\n    return c * 2\n\nclass K:\n    x = f(1)\n"
tree = ast.parse(src)

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
        self.kinds = {}
    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__))
    def generic_visit(self, node):
        k = type(node).__name__
        self.kinds[k] = self.kinds.get(k, 0) + 1
        super().generic_visit(node)
c = Counter()
c.visit(tree)
print(c.names)
print(sorted(c.kinds.items()))

print([(name, type(v).__name__) for name, v in ast.iter_fields(tree.body[0])])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[0])])
print(ast.get_docstring(tree.body[0], clean=False), ast.get_docstring(tree.body[1]))

class DropReturns(ast.NodeTransformer):
    def visit_Return(self, node):
        return None
    def visit_Assign(self, node):
        return [node, ast.Expr(ast.Constant("after"))]
t2 = DropReturns().visit(ast.parse(src))
print(ast.dump(t2.body[0]))

n = ast.copy_location(ast.Name("z"), tree.body[0].body[1])
print(n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)

print(ast.compare(ast.parse("x + 1"), ast.parse("x+1")), ast.compare(ast.parse("x + 1"), ast.parse("x + 2")))
print(ast.compare(ast.parse("x"), ast.parse("\nx"), compare_attributes=True))

def describe(node):
    match node:
        case ast.BinOp(ast.Name(id=left), ast.Add(), ast.Constant(value=right)):
            return f"add {left} {right}"
        case ast.Call(func=ast.Name(id=fn), args=[*args]):
            return f"call {fn} with {len(args)}"
        case ast.Constant(value=str() as s):
            return f"string {s!r}"
        case _:
            return type(node).__name__
for e in ["a + 1", "f(1, 2)", "'s'", "x - 1"]:
    print(describe(ast.parse(e, mode="eval").body))
