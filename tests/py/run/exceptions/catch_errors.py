try:
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print(e)
try:
    try:
        1 / 0
    except (ZeroDivisionError, "str"):
        print("tuple matched first")
except TypeError as e:
    print(e)
