# Generator-heavy work: lazy pipelines of generator functions and generator expressions, yield from
# delegation (including a recursive tree walk), send() into a coroutine-style accumulator, and
# early-exiting consumers that leave generators suspended.
# Exercises: generator creation/resumption, yield from, StopIteration return values, send, zip/enumerate.
import sys


def count_from(n):
    while True:
        yield n
        n += 1


def take(n, it):
    for x in it:
        if n <= 0:
            return
        n -= 1
        yield x


def mapped(f, it):
    for x in it:
        yield f(x)


def filtered(pred, it):
    for x in it:
        if pred(x):
            yield x


def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf


def flatten(lists):
    for lst in lists:
        yield from lst


def counted(it):
    # yield from passes values through and hands back the sub-generator's return value
    n = yield from summing(it)
    yield n


def summing(it):
    total = 0
    for x in it:
        total += x
        yield x
    return total


class Node(object):
    def __init__(self, value, left, right):
        self.value = value
        self.left = left
        self.right = right


def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid - 1), build(mid + 1, hi))


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.value
        yield from inorder(node.right)


def averager():
    total = 0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total // count


def pipeline(n):
    squares = mapped(lambda x: x * x, count_from(1))
    odd = filtered(lambda x: x % 2 == 1, squares)
    first = take(n, odd)
    total = 0
    for chunk in chunks(first, 7):
        total += sum(chunk)
    evens = (x for x in range(n * 2) if x % 2 == 0)
    total += sum(x for x in flatten(chunks(evens, 5)))
    last = None
    for last in counted(range(n)):
        pass
    total += last
    return total


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 80
    tree = build(0, 2 ** 12)
    result = 0
    for _ in range(reps):
        result = pipeline(20000)
        walked = 0
        for i, v in enumerate(inorder(tree)):
            if i != v:
                raise RuntimeError("bad tree walk")
            walked += v
        acc = averager()
        next(acc)
        avg = 0
        for x in take(5000, count_from(3)):
            avg = acc.send(x)
        acc.close()
        early = 0
        for x in count_from(0):
            if x > 1000:
                break
            early += x
        pairs = sum(a * b for a, b in zip(count_from(1), take(3000, count_from(2))))
        result = (result, walked, avg, early, pairs)
    print("generators", reps, result)


main()
