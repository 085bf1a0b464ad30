# AST constructors (3.14): positional and keyword fields, defaults for omitted list/ctx/optional fields
import ast

def show(label, f):
    try:
        r = f()
        print(label, "->", ast.dump(r, include_attributes=True) if isinstance(r, ast.AST) else r)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

show("name", lambda: ast.Name("x"))
show("name ctx", lambda: ast.Name("x", ast.Store()))
show("kw", lambda: ast.Name(id="x", ctx=ast.Del(), lineno=3, col_offset=4))
show("too many", lambda: ast.Name("x", ast.Load(), 3))
show("one field", lambda: ast.Expr(1, 2))
show("no fields", lambda: ast.Pass(1))
show("dup", lambda: ast.Name("x", id="y"))
show("lists", lambda: sorted(vars(ast.FunctionDef("f", ast.arguments())).items()))
show("arguments", lambda: sorted(vars(ast.arguments()).items()))
show("optional", lambda: (ast.Return().value, "value" in vars(ast.Return())))
show("module", lambda: ast.Module())
show("constant", lambda: ast.Constant(1))
show("constant kind", lambda: (ast.Constant(1).kind, ast.Constant("s", "u").kind))
show("AST()", lambda: vars(ast.AST()))
show("AST(1)", lambda: ast.AST(1))
n = ast.Name("x")
print(n.ctx is ast.parse("x", mode="eval").body.ctx)
n.extra = 1
print(vars(n))
del n.extra
print(hasattr(n, "lineno"), n.end_lineno, n.end_col_offset)
try:
    n.lineno
except AttributeError as e:
    print(type(e).__name__, e)

class MyNode(ast.AST):
    _fields = ("a", "b")
m = MyNode(1, b=2)
print(m.a, m.b, MyNode._fields, isinstance(m, ast.AST))
try:
    MyNode(1, 2, 3)
except TypeError as e:
    print(e)

class Sub(ast.Name):
    pass
s = Sub("q")
print(type(s).__name__, s.id, s.ctx, ast.dump(s))
