c = compile("a = 6 * 7", "<string>", "exec")
ns = {}
exec(c, ns)
print(ns["a"], type(c).__name__, c.co_filename)
e = compile("3 ** 2", "<expr>", "eval")
print(eval(e))
s = compile("print('single')", "<s>", "single")
exec(s)
try:
    compile("x = ", "f.py", "exec")
except SyntaxError as err:
    print(err.filename, err.lineno, err.msg)
