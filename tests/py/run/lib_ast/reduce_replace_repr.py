# __reduce__ (pickle support), __replace__ (copy.replace, 3.14) and the 3.14 repr of nodes
import ast

print(ast.Name("x").__reduce__())
print(ast.Constant(1).__reduce__())
print(ast.Load().__reduce__())
print(ast.AST().__reduce__())
n = ast.Name("x", lineno=1, col_offset=0)
n.extra = 5
print(n.__reduce__())
cls, args, state = ast.parse("a + b").__reduce__()
print(cls, args, sorted(state))
rebuilt = cls(*args)
rebuilt.__dict__.update(state)
print(ast.dump(rebuilt))

r = ast.Name("x", lineno=1, col_offset=0).__replace__(id="y")
print(ast.dump(r, include_attributes=True))
r2 = ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)).__replace__(op=ast.Sub(), lineno=7, col_offset=1)
print(ast.dump(r2, include_attributes=True))
for f in [lambda: ast.Name("x").__replace__(1), lambda: ast.Name("x").__replace__(foo=1)]:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(ast.AST.__replace__.__doc__)

print(repr(ast.parse("x = 1")))
print(repr(ast.parse("def f(a):\n    return [a, a + 1, a + 2]")))
print(repr(ast.Constant(value=[1, 2, 3, 4])))
print(repr(ast.List(elts=[ast.Name("a"), ast.Name("b"), ast.Name("c")])))
print(repr(ast.Tuple(elts=(ast.Name("a"),))))
print(repr(ast.Tuple(elts=())))
print(repr(ast.Load()), repr(ast.Pass()), repr(ast.AST()))
