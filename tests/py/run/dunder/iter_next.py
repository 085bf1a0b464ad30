class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
class NotIt:
    def __iter__(self): return 5
try:
    iter(NotIt())
except TypeError as e:
    print(e)
try:
    next([1])
except TypeError as e:
    print(e)
