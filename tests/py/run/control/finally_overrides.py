def f():
    try:
        return "try"
    finally:
        print("cleanup")
def h():
    for x in range(3):
        try:
            raise ValueError(x)
        except ValueError as e:
            if x == 1:
                return ("h", x)
print(f(), h())
