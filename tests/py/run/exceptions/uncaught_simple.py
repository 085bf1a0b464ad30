# test: full-traceback
def divide(a, b):
    return a / b
print("computing")
print(divide(1, 0))
