class Color:
    RED = "red"
    GREEN = "green"
def f(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
    return "unknown"
print(f("red"), f("green"), f("blue"))
