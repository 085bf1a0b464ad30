def f(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case -1.5:
            return "neg float"
        case _:
            return "other"
print([f(x) for x in [0, 2, "hello", None, True, -1.5, 1.0, 99, False]])
