class CM:
    def __init__(self, n): self.n = n
    def __enter__(self): return self.n
    def __exit__(self, *a):
        print("exit", self.n)
def f():
    with CM(1) as v:
        return v * 100
print(f())
for i in range(3):
    with CM(i):
        if i == 1:
            break
        continue
