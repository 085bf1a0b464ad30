# Assignment expressions in inlined comprehensions bind in the enclosing function or module.
def last_value(items):
    r = [last := v for v in items]
    return r, last


print(last_value([1, 2, 3]))


def any_match(items):
    if any((hit := v) > 2 for v in items):
        return hit
    return None


print(any_match([1, 5, 2]), any_match([0]))


def nested(rows):
    flat = [[(cell := c * 10) for c in row] for row in rows]
    return flat, cell


print(nested([[1, 2], [3]]))


def running_total(vals):
    total = 0
    return [total := total + v for v in vals], total


print(running_total([1, 2, 3, 4]))

stats = [m := i * i for i in range(4)]
print(stats, m)


def uses_global():
    global gw
    return [gw := v for v in "xy"]


print(uses_global(), gw)


def in_condition(vals):
    return [y for v in vals if (y := v * 2) > 2], y


print(in_condition([1, 2, 3]))

for src in (
    "[i := 0 for i in range(3)]",
    "[x for x in (y := [1, 2])]",
    "class C:\n    r = [(k := v) for v in range(2)]\n",
    "[[(j := 1) for i in range(2)] for j in range(2)]",
):
    try:
        compile(src, "<walrus>", "exec")
        print("compiled", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
