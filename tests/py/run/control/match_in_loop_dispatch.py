def run(program):
    stack = []
    for op in program:
        match op:
            case ("push", v):
                stack.append(v)
            case "add":
                stack.append(stack.pop() + stack.pop())
            case "mul":
                stack.append(stack.pop() * stack.pop())
            case ("jmp_if_zero", _):
                pass
            case other:
                raise ValueError(f"bad op {other!r}")
    return stack
print(run([("push", 2), ("push", 3), "add", ("push", 4), "mul"]))
try:
    run(["bogus"])
except ValueError as e:
    print(e)
