def noisy(n):
    for i in range(n):
        print("producing", i)
        yield i
for v in noisy(3):
    print("consuming", v)
    if v == 1:
        break
print(any(x > 0 for x in noisy(5)))
