def add(x, acc=[]):
    acc.append(x)
    return acc
print(add(1), add(2), add(3, []))
def safe(x, acc=None):
    acc = [] if acc is None else acc
    acc.append(x)
    return acc
print(safe(1), safe(2))
