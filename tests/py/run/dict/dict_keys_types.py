d = {1: "int", 1.0: "float", True: "bool", (1, 2): "tuple", None: "none", frozenset([1]): "fs"}
print(d, len(d))
print(d[1], d[(1, 2)], d[None], d[frozenset({1})])
try:
    d[[1]] = 0
except TypeError as e:
    print(e)
