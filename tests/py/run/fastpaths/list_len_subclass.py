# len() answers exact lists directly; a list subclass's own __len__ is still called, and one
# without an override counts its items.
class Counted(list):
    def __len__(self):
        return 42


class Plain(list):
    pass


xs = [1, 2, 3]
print(len(xs), len(Counted(xs)), len(Plain(xs)), len([]), bool(Counted()), bool(Plain()))
c = Counted([3, 1, 2])
c.sort()
print(list(c), len(c), sorted(c, reverse=True))


class Negative(list):
    def __len__(self):
        return -1


try:
    len(Negative())
except ValueError as e:
    print("ValueError", e)
xs.append(4)
del xs[0]
print(len(xs), len(xs * 3), len(xs[1:]))
