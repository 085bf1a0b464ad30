print(len("abc"), len([1]), len({}), len(range(10)), len(b"xy"), len({1, 2}), len((1,)), len("😀"))
