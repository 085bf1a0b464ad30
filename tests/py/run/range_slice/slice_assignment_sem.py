l = list(range(6))
l[1:3] = range(10, 15)
print(l)
l[-2:] = []
print(l)
l[::-1] = l[:]
print(l)
s = slice(1, None, 2)
print(l[s], s.indices(len(l)))
del l[s]
print(l)
l[len(l):] = "ab"
print(l)
