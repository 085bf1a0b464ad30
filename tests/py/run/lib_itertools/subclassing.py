import itertools
class Doubling(itertools.count):
    def __next__(self):
        return super().__next__() * 2
d = Doubling(1)
print(next(d), next(d), [v for v, _ in zip(d, range(3))], list(itertools.islice(d, 2)))
class Tagged(itertools.chain):
    def __next__(self):
        return ("tag", super().__next__())
print(list(Tagged("ab", [1])), sorted(Tagged.from_iterable(["xy"])))
class Upper(itertools.cycle):
    def __next__(self): return super().__next__().upper()
u = Upper("ab"); print([next(u) for _ in range(3)])
class E(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return i * 10, v
print(list(E("abc")), dict(E("xy")))
class Plain(itertools.repeat): pass
print(list(Plain(7, 2)), type(Plain(1)).__name__, repr(Plain(1, 2)), isinstance(Plain(1), itertools.repeat))
class Z(zip):
    def __next__(self): return sum(super().__next__())
print(list(Z([1, 2], [10, 20])), max(Z([1], [2])))
class M(map):
    def __next__(self): return -super().__next__()
print(list(M(abs, [-1, 2])), sum(M(int, "123")))
