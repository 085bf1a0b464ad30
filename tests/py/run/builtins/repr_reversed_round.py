print(repr([1, "a", None]), repr((1,)), repr({}), repr(set()), repr(1.0), repr("a'b"))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(round(3.14159, 2), round(7), round(7.5), round(8.5), round(-1.25, 1), round(12, -1), round(15, -1), round(25, -1))
