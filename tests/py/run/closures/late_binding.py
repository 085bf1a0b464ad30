fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def mk():
    return [lambda: j for j in range(3)]
print([f() for f in mk()])
