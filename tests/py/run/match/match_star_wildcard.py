match [1, 2, 3, 4]:
    case [*_, last]:
        print("last", last)
match (1, "x"):
    case (_, str(s)):
        print("second is str", s)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print(rest)
x = 5
match x:
    case y:
        print("capture", y)
print(y)
