# 3.14's DeprecationWarnings from AST constructors (missing required fields, unknown keywords), and the
# copy module on trees: deepcopy keeps every field and attribute, copy.replace uses __replace__
import ast
import copy
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    ast.Name()
    ast.Constant(value=1, foo=2)
    ast.Expr()
    ast.Name("x", lineno=1, col_offset=2, end_lineno=1, end_col_offset=3)
    class Custom(ast.AST):
        _fields = ("a",)
    c = Custom()
print([(w.category.__name__, str(w.message)) for w in caught])
print(hasattr(c, "a"))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        ast.Name()
    except DeprecationWarning as e:
        print(type(e).__name__, e)

tree = ast.parse("def f(x):\n    return [x, x * 2]\n")
clone = copy.deepcopy(tree)
print(ast.dump(clone, include_attributes=True) == ast.dump(tree, include_attributes=True), clone is tree)
print(clone.body[0] is tree.body[0], ast.compare(clone, tree, compare_attributes=True))
shallow = copy.copy(tree.body[0])
print(shallow.body is tree.body[0].body, shallow.name)
r = copy.replace(tree.body[0], name="g")
print(r.name, r.lineno, r.body is tree.body[0].body, type(r).__name__)
ns = {}
exec(compile(ast.Module([r], []), "<r>", "exec"), ns)
print(ns["g"](3))
