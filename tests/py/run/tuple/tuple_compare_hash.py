print(sorted([(2, "a"), (1, "z"), (1, "b")]), (1, 2) == (1, 2), (1, 2) == [1, 2], () < (0,))
print(max([(1, 2), (1, 3)]), tuple(sorted((3, 1, 2))), hash(()) == hash(()), (1, (2, 3)) < (1, (2, 4)))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(e)
print(tuple.__len__((1, 2)), (1, 2).__getitem__(1), tuple(reversed((1, 2, 3))))
