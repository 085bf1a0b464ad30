def src(name, n):
    print("iter", name)
    return range(n)
print([(a, b) for a in src("outer", 2) for b in src("inner", 2)])
