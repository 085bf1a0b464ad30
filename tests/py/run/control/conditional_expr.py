for v in range(-2, 3):
    print("neg" if v < 0 else "zero" if v == 0 else "pos")
f = lambda n: 1 if n <= 1 else n * f(n - 1)
print(f(10))
