from itertools import islice, count, repeat, cycle, accumulate, chain
def gen(log):
    for i in range(10):
        log.append(i)
        yield i
log = []
it = gen(log)
print(list(islice(it, 2, 5)), log, next(it))
log = []; print(list(islice(gen(log), 0)), log)
log = []; print(list(islice(gen(log), 1, 6, 2)), log)
print(list(islice("abcdef", None)), list(islice("abcdef", None, 3)), list(islice("abcdef", 2, None, None)))
print(list(islice(count(), 5, 10)), list(islice(range(20), 0, None, 7)), list(islice("ab", 5, 10)))
it = iter(range(10)); s = islice(it, 3); print(list(s), list(s), next(it))
print(repr(count()), repr(count(5)), repr(count(-3, -2)), repr(count(0.5, 0.25)), repr(count(2**70)), repr(count(1, 1.0)))
c = count(1, 3); [next(c) for _ in range(4)]; print(repr(c), next(c))
c = count(0.1, 0.1); print([round(next(c), 2) for _ in range(3)])
c = count(1j, 2); print(next(c), next(c))
class MyCount(count): pass
print(repr(MyCount(4)), list(islice(MyCount(4, 2), 3)))
r = repeat("x", 3); print(repr(r), list(r), repr(r), r.__length_hint__())
print(repr(repeat([1])), list(repeat(1, 0)), list(repeat(1, -5)), len(list(repeat(None, times=4))))
try: len(repeat(1))
except TypeError as e: print(e)
try: repeat(1).__length_hint__()
except TypeError as e: print(e)
print(list(islice(cycle(range(3)), 7)), list(islice(cycle(iter("ab")), 5)))
print(list(accumulate("abc")), list(accumulate([], initial=1)), list(accumulate([1, 2], lambda a, b: a - b, initial=10)))
print(list(chain()), list(chain([], "a", [], "b")), list(chain.from_iterable(iter([[1], iter([2, 3])]))))
