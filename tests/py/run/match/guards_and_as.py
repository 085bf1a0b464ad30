def classify(v):
    match v:
        case [int() as a, int() as b] if a == b:
            return "pair equal"
        case [int() as a, int() as b]:
            return f"pair {a}<{b}" if a < b else "pair desc"
        case (1 | 2) as small:
            return f"small {small}"
        case _:
            return "?"
print([classify(v) for v in [[1, 1], [1, 2], [3, 2], 2, 5]])
