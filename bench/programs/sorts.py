# List-heavy work: hand-written merge sort, quicksort and insertion sort, list.sort/sorted with keys
# and reverse, bisection, slicing, list comprehensions, append/pop/insert/extend and reversal.
# Exercises: list indexing and mutation, comparisons of ints/tuples/strs, key functions, lambdas.
import sys


class Lcg(object):
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    a = merge_sort(xs[:mid])
    b = merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if b[j] < a[i]:
            out.append(b[j])
            j += 1
        else:
            out.append(a[i])
            i += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


def quick_sort(xs, lo, hi):
    while lo < hi:
        pivot = xs[(lo + hi) // 2]
        i, j = lo, hi
        while i <= j:
            while xs[i] < pivot:
                i += 1
            while xs[j] > pivot:
                j -= 1
            if i <= j:
                xs[i], xs[j] = xs[j], xs[i]
                i += 1
                j -= 1
        # recurse into the smaller half, loop on the larger
        if j - lo < hi - i:
            quick_sort(xs, lo, j)
            lo = i
        else:
            quick_sort(xs, i, hi)
            hi = j


def insertion_sort(xs):
    for i in range(1, len(xs)):
        x = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > x:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = x


def bisect_left(xs, x):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def run(rng, n):
    data = [rng.below(1000000) for _ in range(n)]
    a = merge_sort(data)
    b = data[:]
    quick_sort(b, 0, len(b) - 1)
    c = sorted(data)
    if a != b or b != c:
        raise RuntimeError("sorts disagree")
    small = data[:600]
    insertion_sort(small)
    if small != sorted(data[:600]):
        raise RuntimeError("insertion sort wrong")
    records = [(x % 97, str(x), x) for x in data[:20000]]
    records.sort(key=lambda r: (r[0], r[1]))
    by_len = sorted([r[1] for r in records], key=len, reverse=True)
    hits = 0
    for x in data[:5000]:
        k = bisect_left(c, x)
        if c[k] == x:
            hits += 1
    stack = []
    for x in data[:20000]:
        if x % 3 == 0 and stack:
            stack.pop()
        else:
            stack.append(x)
    queue = data[:2000]
    for x in data[2000:3000]:
        queue.insert(len(queue) // 2, x)
        queue.pop(0)
    evens = [x for x in c if x % 2 == 0]
    evens.reverse()
    return (a[0], a[-1], a[n // 2], records[0][2], records[-1][2], by_len[0], hits, len(stack),
            sum(stack) % 1000003, queue[0] + queue[-1], evens[0], len(evens))


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    rng = Lcg(5)
    result = None
    for _ in range(reps):
        result = run(rng, 50000)
    print("sorts", reps, result)


main()
