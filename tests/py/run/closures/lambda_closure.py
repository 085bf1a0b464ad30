def adder(n):
    return lambda x: x + n
add5 = adder(5)
print(add5(10), list(map(adder(100), [1, 2, 3])))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, add5)(1) + "!")
