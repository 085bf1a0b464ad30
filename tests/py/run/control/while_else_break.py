i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i == 8:
        break
    print("even", i)
else:
    print("no break")
n = 0
while n < 3:
    n += 1
else:
    print("while finished", n)
