x = 10
print([x for x in range(3)], x)
def f():
    y = 5
    return [y * i for i in range(3)], {i: y for i in range(2)}, list(y + i for i in range(2))
print(f())
class K:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(K.doubled)
