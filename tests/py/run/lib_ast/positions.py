# Node positions as CPython reports them: col_offset/end_col_offset in UTF-8 bytes, multi-line nodes,
# get_source_segment (with padding), fix_missing_locations on partial trees
import ast

src = "s = 'héllo' + \"€uro\"  # ñ\nif s:\n    t = (1 +\n         2)\nλ = lambda x: x\n"
tree = ast.parse(src)
for node in ast.walk(tree):
    if isinstance(node, (ast.expr, ast.stmt)):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset,
              repr(ast.get_source_segment(src, node)))
print(repr(ast.get_source_segment(src, tree.body[1].body[0], padded=True)))

partial = ast.Module([ast.Expr(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2), lineno=3, col_offset=4))], [])
ast.fix_missing_locations(partial)
e = partial.body[0]
print(e.lineno, e.col_offset, e.end_lineno, e.end_col_offset, e.value.left.lineno, e.value.left.col_offset)
try:
    compile(ast.Expression(e.value), "<p>", "eval")
except ValueError as err:
    print(type(err).__name__, err)
bad = ast.Expression(ast.Constant(1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=2))
try:
    compile(bad, "<p>", "eval")
except ValueError as err:
    print(type(err).__name__, err)
good = ast.Expression(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)))
print(eval(compile(ast.fix_missing_locations(good), "<g>", "eval")))
n = ast.Name("q", ast.Load(), lineno=2, col_offset=0)
print(n.end_lineno, n.end_col_offset)
code = compile(ast.Expression(n), "<n>", "eval")
try:
    eval(code)
except NameError as err:
    print(type(err).__name__, err)
