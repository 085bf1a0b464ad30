class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), tuple(It()), sorted(It(), reverse=True), "".join(map(str, It())))
a, b, c = It()
print(a, b, c)
try:
    x, y = It()
except ValueError as e:
    print(e)
