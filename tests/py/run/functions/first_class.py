def apply(f, *args):
    return f(*args)
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
for name in sorted(ops):
    print(name, apply(ops[name], 6, 7))
print(list(map(apply, [abs, len], [-3, "abcd"])))
