# Sorting by int keys (no key function, key functions returning ints, reverse) must stay stable and
# exact: negative keys, huge key ranges, bigints mixed in, bools (not ints for the pre-sort check),
# and tuples whose first items are ints, floats or strs with later items deciding.


def lcg(seed):
    state = [seed]

    def below(n):
        state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
        return (state[0] >> 8) % n

    return below


below = lcg(3)
words = ["w%d" % below(50) for _ in range(300)]
print(sorted(words, key=len)[:12], sorted(words, key=len, reverse=True)[:12])
nums = [below(2000) - 1000 for _ in range(2000)]
print(sorted(nums)[:10], sorted(nums, reverse=True)[:10], sorted(nums) == sorted(nums, key=lambda v: v))
pairs = [(below(7) - 3, i) for i in range(500)]
by_first = sorted(pairs, key=lambda p: p[0])
print(by_first[:8], by_first[-8:], all(by_first[i][1] < by_first[i + 1][1] for i in range(499) if by_first[i][0] == by_first[i + 1][0]))
rev = sorted(pairs, key=lambda p: p[0], reverse=True)
print(rev[:8], rev[-8:])
wide = [(2**52 if i % 3 == 0 else -(2**52)) + i % 5 for i in range(100)]
print(sorted(range(100), key=lambda i: wide[i])[:20])
mixed = [5, 2**70, -(2**80), 3, 2**53 + 1, 2**53, -7, 0]
print(sorted(mixed), sorted(range(8), key=lambda i: mixed[i]), sorted(mixed, reverse=True))
print(sorted([True, 1, False, 0, 2, -1], key=lambda x: x), sorted([1, True, 0, False]))
t = [(1, "b", 2), (1, "a", 9), (0, "z"), (1, "a"), (-1, "q"), (1.0, "c")]
print(sorted(t), sorted(t, reverse=True))
f = [(0.5, 2), (float("nan"), 1), (0.5, 1), (-0.0, 3), (0.0, 2), (float("nan"), 0)]
print([(x if x == x else "nan", y) for x, y in sorted(f)])
s = [("b", 2), ("a\U0001f600", 1), ("a", 3), ("a\uffff", 0), ("b", 1)]
print([(ascii(a), b) for a, b in sorted(s)])
u = [(None, 1), (None, 0)]
try:
    sorted(u)
except TypeError as e:
    print("TypeError", e)
print(sorted([(1, None), (0, None)]), sorted([([2], 1), ([1], 2)]))
# key ranges beyond 31 bits and beyond 2**53 (other native paths / the merge sort)
print(sorted([2**40, -(2**40), 3, 0, -1, 2**31, -(2**31) - 1]), sorted([2**52, -(2**52), 7, -7, 0]))
print(sorted(range(6), key=lambda i: [2**40, -5, 2**40, 0, -(2**40), 0][i]))
print(sorted(range(6), key=lambda i: [2**52, -5, 2**52, 0, -(2**52), 0][i], reverse=True))
