def f(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x},{y}"
        case [first, *rest] if len(rest) > 3:
            return f"long starting {first}"
        case (a, *mid, z):
            return f"ends {a}..{z} mid={mid}"
print([f(v) for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), "ab", range(3)]])
