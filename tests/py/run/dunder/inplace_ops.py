class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
    def __imul__(self, k):
        self.items *= k
        return self
    def __ior__(self, x): return "ior returned"
a = Acc()
a += 1; a += 2; a -= 1; a *= 3
print(a.items)
a |= 5
print(a)
class Fallback:
    def __add__(self, o): return "plain add"
f = Fallback()
f += 1
print(f)
x = [1]
y = x
x += (2, 3)
print(y)
