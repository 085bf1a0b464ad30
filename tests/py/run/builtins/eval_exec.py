print(eval("1 + 2 * 3"), eval("x + y", {"x": 1, "y": 2}), eval("[i for i in range(3)]"))
ns = {}
exec("def f(a):\n    return a * 2\nz = f(21)", ns)
print(ns["z"], sorted(k for k in ns if k != "__builtins__"))
x = 10
print(eval("x"), eval("x", {"x": 99}), eval("x + k", None, {"k": 1}))
loc = {}
exec("w = 5", globals(), loc)
print(loc)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
print(exec("1"), eval("  5\n"))
