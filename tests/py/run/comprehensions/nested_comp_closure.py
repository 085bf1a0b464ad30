fs = [[lambda: (i, j) for j in range(2)] for i in range(2)]
print([[f() for f in row] for row in fs])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
