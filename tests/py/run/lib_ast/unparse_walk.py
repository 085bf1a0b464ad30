# ast.unparse (round trip through the _ast classes) and ast.walk/increment_lineno
import ast

sources = [
    "x = [i * 2 for i in y if i]",
    "f'{a!r:>{w}} {b=}'",
    "def f(a, /, b: int = 1, *args, c, **kw) -> None:\n    return (yield a)",
    "class C(B, metaclass=M):\n    @property\n    def x(self):\n        return self._x",
    "match p:\n    case [1, *rest]:\n        pass\n    case {'k': v}:\n        pass\n    case P(x=0) | None:\n        pass",
    "type A[T] = list[T]",
    "async def g():\n    async with a as b:\n        await c",
    "lambda x, *, y=2: (x, y)",
    "a if b else c; del x[1:2]; global g",
    "try:\n    pass\nexcept* (E, F) as e:\n    raise X from e",
]
for s in sources:
    t = ast.parse(s)
    u = ast.unparse(t)
    print(u)
    print(ast.dump(ast.parse(u)) == ast.dump(t))
tree = ast.parse("def f(x):\n    return x + 1\n")
print([type(n).__name__ for n in ast.walk(tree)])
ast.increment_lineno(tree, 10)
print(tree.body[0].lineno, tree.body[0].body[0].value.lineno)
print(ast.get_source_segment("a = 1 + 2\n", ast.parse("a = 1 + 2\n").body[0].value))
