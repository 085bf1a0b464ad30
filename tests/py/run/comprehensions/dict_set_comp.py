print({k: v for k, v in zip("abc", range(3))})
print(sorted({x % 4 for x in range(20)}))
print({x: x ** 2 for x in range(5) if x != 2})
words = ["apple", "bob", "cat", "avocado"]
print({w[0]: [v for v in words if v[0] == w[0]] for w in words})
