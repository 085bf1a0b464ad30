# oracle: python3 (64-bit Py_ssize_t: pyodide's wasm32 CPython cannot hold these lengths; unchanged since 3.11)
# len() of a range up to 2**63-1 items is exact (a larger one is an OverflowError), and bisect searches
# such ranges (indices past 2**53 and 2**32)
import bisect

n = 2**63 - 1
r = range(-n, n, 2)
print(len(r) == n, r.__len__() == n, len(range(2**62)))
for big in [range(2**64), range(-(2**63), 2**63)]:
    try:
        len(big)
    except OverflowError as e:
        print(e)


class Len:
    def __len__(self):
        return 2**62


print(len(Len()))
data = range(n - 1)
print(bisect.bisect_left(data, n - 3) == n - 3, bisect.bisect_right(data, n - 3) == n - 2)
print(bisect.bisect_left(data, n - 3, n - 10, n) == n - 3, bisect.bisect_right(data, n - 3, n - 10, n) == n - 2)
print(bisect.bisect_left(range(2**40), 2**35 + 7), bisect.bisect_right(range(0, 2**54, 3), 2**53))
print(bisect.bisect_left(range(10**16), 10**16 - 5))
