# compile() with PyCF_ALLOW_INCOMPLETE_INPUT: an error found at the end of the source is
# _IncompleteInputError (a builtin), so codeop and code.InteractiveConsole can ask for more lines.
import codeop
import code
import builtins

print(builtins._IncompleteInputError.__mro__[1].__name__)
srcs = ['for a in b:', 'for a in b:\n', 'x = (1,', "x = 'abc", 'x = """abc', 'if x:\n  pass\nelse',
        'fur a in b:', 'def f():\n  returm x', '1 +', 'x = 1\n', 'class A', '@dec', 'x = [1,\n2',
        'if x:\n  y\n', 'a b', 'x = 1 +\\\n']
for src in srcs:
    for fl in [0x4000 | 0x200, 0x4000 | 0x400]:
        try:
            compile(src, '<input>', 'exec', fl)
            print(repr(src), fl, 'ok')
        except SyntaxError as e:
            print(repr(src), fl, type(e).__name__, e.msg)

for src in ['for a in b:', 'while True:', 'x = (1,', 'x = 1', 'def f():\n  return 1', 'fur a']:
    try:
        r = codeop.compile_command(src)
        print(repr(src), 'None' if r is None else type(r).__name__)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg)

c = code.InteractiveConsole()
for line in ['for i in range(2):', '  print(i)', '', 'y = (1,', '2)', 'print(y)']:
    print('more' if c.push(line) else 'done')
