# ast.parse(optimize=2) drops docstrings; a body left empty gets a `pass` 4 columns wide at the
# docstring's start, however many lines the docstring spanned (gh-137308).
import ast

sources = [
    'class A:\n    """Docstring"""\n',
    'class A:\n    """\n    Docstring"""\n',
    'def f():\n    """Doc\n               """\n',
    'async def f():\n    "d"\n',
    'def g():\n    "d"\n    return 1\n',
    '"""module doc"""\n',
    '"""module doc"""\nx = 1\n',
]
for src in sources:
    for level in (0, 2):
        tree = ast.parse(src, optimize=level)
        node = tree.body[0].body[0] if isinstance(tree.body[0], (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) else tree.body[0]
        print(level, type(node).__name__, (node.lineno, node.col_offset, node.end_lineno, node.end_col_offset))
        compile(tree, "<t>", "exec", optimize=level)
