# ast.parse(type_comments=True) / PyCF_TYPE_COMMENTS: TYPE_COMMENT on assignments, for/with, defs (same line or
# first body line) and parameters; '# type: ignore' comments become Module.type_ignores
import ast
for s in ['x + 1  # type: int', 'x = 1 # type: int', 'def f(a,  # type: int\n      b):\n    # type: (...) -> None\n    pass', 'import x  # type: ignore[misc]\n', 'def f(): # type: () -> int\n    pass', 'for x in y:  # type: int\n    pass', 'x = 1  #type:int', 'y = 2 # type: ignore', '# type: int\nx = 1', 'with a as b:  # type: int\n  pass', 'x = [1,  # type: int\n 2]',
          'def g(a,  # type: int\n      *args,  # type: str\n      b=1,  # type: float\n      **kw  # type: bytes\n      ):\n    pass', 'async def h(): # type: () -> None\n    pass', '# type: ignore\nx = 1\n# type: ignoreX\n', 'x = 1  # type: ignore # noqa', 'class C:\n    def m(self):\n        # type: () -> int\n        return 1', 'x = 1  # type:  List[int]  ']:
    try: print(repr(s), ast.dump(ast.parse(s, type_comments=True)))
    except SyntaxError as e: print(repr(s), 'SyntaxError', e.msg)
    print(ast.dump(ast.parse(s)) if 'x + 1' not in s and '# type: int\nx' not in s and '[1,' not in s and 'ignoreX' not in s else '')
