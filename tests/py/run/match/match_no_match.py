def f(v):
    match v:
        case 1:
            return "one"
    return "fell through"
print(f(1), f(2))
match "abc":
    case ["a", "b", "c"]:
        print("str is not a sequence pattern")
    case "abc":
        print("literal")
