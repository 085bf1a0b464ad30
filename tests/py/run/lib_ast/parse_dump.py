# ast.parse + ast.dump over many constructs (CPython 3.14's dump: empty lists and None omitted)
import ast

SOURCES = [
    "x = 1 + 2 * 3",
    "a, *b = c",
    "del a[1:2], b.c",
    "f(a, *b, k=1, **d)",
    "lambda x, /, y=2, *a, z, **k: x",
    "async def f():\n    async with a as b, c:\n        async for i in x:\n            await i",
    "def g[T: int, *Ts, **P](x: T = 1) -> None:\n    yield x\n    yield from y",
    "class C[T](B, metaclass=M):\n    'doc'\n    x: int = 3",
    "type Alias[T] = list[T]",
    "try:\n    pass\nexcept* E as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    pass",
    "match p:\n    case [1, *rest] if rest:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=_) | None:\n        pass\n    case str() as s:\n        pass",
    "f'{x!r:>{w}} {y=}'",
    "t'{x} and {y:.2f}'",
    "{k: v for k, v in d.items() if k}",
    "[i async for i in aiter() if i]",
    "x if y else z",
    "(a := 10)",
    "not a and b or c",
    "a < b <= c is not d in e",
    "import a.b as c\nfrom . import x\nfrom ..m import (y as z, w)",
    "global q\nnonlocal r",
    "assert x, 'msg'",
    "with (open(f) as g, h):\n    pass",
    "while 1:\n    break\nelse:\n    continue",
    "x[1:2, ::3, ...]",
    "{1, 2}; {}; {**a, 'b': 1}; ()",
    "-1; +2; ~3; 1j; 0x10; 1_000.5; b'\\x00'; u'u'",
    "@dec\n@dec2(1)\ndef f(): pass",
]
for src in SOURCES:
    print(ast.dump(ast.parse(src)))

tree = ast.parse("if x:\n    y = [1, 2]\n")
print(ast.dump(tree, indent=4))
print(ast.dump(tree, indent="..", annotate_fields=False))
print(ast.dump(tree, include_attributes=True))
print(ast.dump(tree, show_empty=True))
print(ast.dump(ast.parse("x = 'é' + \"€\"; z = 1"), include_attributes=True))
try:
    ast.dump("not a node")
except TypeError as e:
    print(type(e).__name__, e)
