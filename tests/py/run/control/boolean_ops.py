print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [] or "x")
print(not 0, not 1, not "", not "a")
def t(x):
    print("t", x)
    return x
print(t(0) and t(1))
print(t(1) or t(2))
print(1 < 2 < 3, 1 < 2 > 3, 3 > 2 == 2)
print(t(1) < t(2) < t(0) < t(5))
