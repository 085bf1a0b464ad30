# The itertools documentation recipes, run through the native itertools.
import collections, functools, operator
from itertools import (accumulate, batched, chain, combinations, compress, count, cycle, filterfalse,
                       groupby, islice, pairwise, permutations, product, repeat, starmap, tee, zip_longest)

def take(n, iterable): return list(islice(iterable, n))
def prepend(value, iterable): return chain([value], iterable)
def tabulate(function, start=0): return map(function, count(start))
def repeatfunc(func, times=None, *args):
    if times is None: return starmap(func, repeat(args))
    return starmap(func, repeat(args, times))
def flatten(list_of_lists): return chain.from_iterable(list_of_lists)
def ncycles(iterable, n): return chain.from_iterable(repeat(tuple(iterable), n))
def tail(n, iterable): return iter(collections.deque(iterable, maxlen=n))
def consume(iterator, n=None):
    if n is None: collections.deque(iterator, maxlen=0)
    else: next(islice(iterator, n, n), None)
def nth(iterable, n, default=None): return next(islice(iterable, n, None), default)
def quantify(iterable, predicate=bool): return sum(map(predicate, iterable))
def first_true(iterable, default=False, predicate=None): return next(filter(predicate, iterable), default)
def all_equal(iterable, key=None): return len(take(2, groupby(iterable, key))) <= 1
def unique_justseen(iterable, key=None):
    if key is None: return map(operator.itemgetter(0), groupby(iterable))
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))
def unique_everseen(iterable, key=None):
    seen = set()
    if key is None:
        for element in filterfalse(seen.__contains__, iterable):
            seen.add(element); yield element
    else:
        for element in iterable:
            k = key(element)
            if k not in seen:
                seen.add(k); yield element
def sliding_window(iterable, n):
    iterator = iter(iterable)
    window = collections.deque(islice(iterator, n - 1), maxlen=n)
    for x in iterator:
        window.append(x); yield tuple(window)
def grouper(iterable, n, *, incomplete='fill', fillvalue=None):
    iterators = [iter(iterable)] * n
    match incomplete:
        case 'fill': return zip_longest(*iterators, fillvalue=fillvalue)
        case 'strict': return zip(*iterators, strict=True)
        case 'ignore': return zip(*iterators)
def roundrobin(*iterables):
    iterators = map(iter, iterables)
    for num_active in range(len(iterables), 0, -1):
        iterators = cycle(islice(iterators, num_active))
        yield from map(next, iterators)
def subslices(seq):
    slices = starmap(slice, combinations(range(len(seq) + 1), 2))
    return map(operator.getitem, repeat(seq), slices)
def partition(predicate, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(predicate, t1), filter(predicate, t2)
def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s)+1))
def iter_index(iterable, value, start=0, stop=None):
    seq_index = getattr(iterable, 'index', None)
    if seq_index is None:
        iterator = islice(iterable, start, stop)
        for i, element in enumerate(iterator, start):
            if element is value or element == value:
                yield i
    else:
        stop = len(iterable) if stop is None else stop
        i = start
        try:
            while True:
                yield (i := seq_index(value, i, stop))
                i += 1
        except ValueError:
            pass
def sieve(n):
    if n > 2: yield 2
    data = bytearray((0, 1)) * (n // 2)
    for p in iter_index(data, 1, start=3, stop=int(n**0.5) + 1):
        data[p*p : n : p+p] = bytes(len(range(p*p, n, p+p)))
    yield from iter_index(data, 1, start=3)
def sum_of_squares(iterable): return sum(map(operator.mul, *tee(iterable)))
def polynomial_eval(coefficients, x):
    n = len(coefficients)
    if not n: return type(x)(0)
    powers = map(pow, repeat(x), reversed(range(n)))
    return sum(map(operator.mul, coefficients, powers))
def running_mean(iterable):
    return map(operator.truediv, accumulate(iterable), count(1))

print(take(3, tabulate(lambda x: x * x)), list(prepend(0, [1, 2])), list(flatten([[1], [2, 3]])))
print(list(ncycles("ab", 3)), list(tail(2, range(10))), take(4, repeatfunc(lambda: 7)))
it = iter(range(10)); consume(it, 3); print(next(it)); consume(it); print(next(it, "done"))
print(nth(range(10), 3), nth([], 2, "d"), quantify([1, 0, 2, 0]), first_true([0, None, 5, 6]), first_true([], "none"))
print(all_equal("aaaa"), all_equal("aab"), all_equal("AaA", key=str.lower))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.lower)))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(sliding_window("ABCDEFG", 4)))
print(list(grouper("ABCDEFG", 3, fillvalue="x")), list(grouper("ABCDEFG", 3, incomplete="ignore")))
print(list(roundrobin("ABC", "D", "EF")), list(subslices("ABCD"))[:6])
odd, even = partition(lambda x: x % 2 == 0, range(10)); print(list(odd), list(even))
print(list(powerset([1, 2, 3])), list(iter_index("AABCADEAF", "A")), list(sieve(50)))
print(sum_of_squares([10, 20, 30]), polynomial_eval([1, -4, -17, 60], 2.5), list(running_mean([8.5, 9.5, 7.5, 6.5])))
print(list(batched(range(7), 3)), list(pairwise("ABCD")), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(compress(range(10), cycle([1, 0, 0]))), functools.reduce(operator.add, chain("ab", "cd")))
print(list(product("ab", repeat=2)) == [tuple(p) for p in ["aa", "ab", "ba", "bb"]], len(list(permutations(range(5), 3))))
