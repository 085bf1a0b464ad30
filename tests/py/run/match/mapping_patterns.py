def f(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", **rest}:
            return f"circle {sorted(rest)}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"
print(f({"type": "point", "x": 1, "y": 2, "z": 0}), f({"type": "circle", "r": 3, "c": 0}), f({"a": 1}), f([]))
