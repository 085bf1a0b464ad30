# slice() needs 1 to 3 positional arguments; indices() and range slicing keep huge bounds and steps exact
for args in [(), (1, 2, 3, 4)]:
    try:
        slice(*args)
    except TypeError as e:
        print(e)
try:
    slice(1, stop=2)
except TypeError as e:
    print(e)
print(slice(5), slice(1, 2), slice(1, 2, 3))
print(slice(0, 10, -(2**100)).indices(5), slice(None, None, 2**100).indices(3))
print(range(0)[:: -(2**100)], range(10)[2**100 : -(2**100) : -(2**70)], range(5)[1 : 2**64])
print(range(10)[::-3], range(7)[-(2**80) :], range(7)[: -(2**80)], range(3)[:: 2**64])
for s in [slice(None, None, 2**100), slice(-(2**100), 2**100, 3), slice(2**100, None, -1)]:
    for n in [0, 1, 7]:
        print(s, n, s.indices(n), range(*s.indices(n)) == range(n)[s], list(range(n))[s] == list(range(n)[s]))
