class Seq:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Seq()), [x for x in Seq()], sum(Seq()))
it = iter(Seq())
print(next(it), next(it), type(it).__name__)
class Squares:
    def __len__(self): return 4
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i ** 2
print(list(reversed(Squares())))
