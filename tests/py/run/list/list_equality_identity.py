a = [1, [2, 3]]
b = [1, [2, 3]]
print(a == b, a is b, a[1] == b[1], a != b)
nan = float("nan")
l = [nan]
print(l == l, [nan] == [nan], l.count(nan), nan in l)
