def f(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case list([x, *_]):
            return f"list head {x}"
        case dict({"k": val}):
            return f"dict k={val}"
        case tuple((a, b)):
            return f"tuple {a} {b}"
        case bytes(b):
            return f"bytes {b!r}"
    return "none"
print([f(v) for v in [True, 3, [9, 8], {"k": 1}, (1, 2), b"x", 1.0]])
