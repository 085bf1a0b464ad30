def gen(name, n):
    for i in range(n):
        print("gen", name, i)
        yield i
z = zip(gen("a", 3), gen("b", 2))
print(list(z))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
