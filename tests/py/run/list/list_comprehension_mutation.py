l = [1, 2, 3]
for x in l:
    if x == 2:
        l.remove(x)
print(l)
m = list(range(5))
print([m.pop() for _ in range(2)], m)
