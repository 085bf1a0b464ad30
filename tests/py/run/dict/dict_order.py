d = {}
for k in [5, 3, 9, 1]:
    d[k] = str(k)
print(list(d))
d[3] = "updated"
print(list(d.items()))
del d[5]; d[5] = "back"
print(list(d))
print({**{"x": 1, "y": 2}, "x": 3})
