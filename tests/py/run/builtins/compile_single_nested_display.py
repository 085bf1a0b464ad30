# "single" (interactive) code displays every expression statement outside functions and classes, also
# inside try/if/for/with/while blocks (CPython's IS_INTERACTIVE_TOP_LEVEL), constants included.
exec(compile("try:\n    silence = id(1, *{})\n    True\nexcept:\n    False\n", "<s>", "single"))
exec(compile("if 1:\n    5\n    for i in range(2): i\n", "<s>", "single"))
exec(compile("def f():\n    7\n    return 1\n", "<s>", "single"))
f()
exec(compile("class C:\n    8\n", "<s>", "single"))
exec(compile("None\n", "<s>", "single"))
exec(compile("'doc'\n", "<s>", "single"))
import io
exec(compile("with io.StringIO('line\\n') as fh:\n    fh.readline()\n", "<s>", "single"))
exec(compile("while True:\n    'x'\n    break\nelse:\n    1\n", "<s>", "single"))
exec(compile("x = [1, 2]; x; x.pop()\n", "<s>", "single"))
