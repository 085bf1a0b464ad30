# heapq.heappushpop re-checks the heap after its one comparison: a heap emptied by __lt__ gives
# IndexError (CPython's bpo-39421 fix), not a "changed size" RuntimeError
import heapq


class EvilClass(int):
    def __lt__(self, o):
        heap.clear()
        return NotImplemented


heap = []
heapq.heappush(heap, EvilClass(0))
try:
    heapq.heappushpop(heap, 1)
except IndexError as e:
    print("IndexError", e)
print(heapq.heappushpop([], 5), heapq.heappushpop([1, 2], 0), heapq.heappushpop([1, 2], 3))
h = [1, 3, 2]
print(heapq.heappushpop(h, 5), h)
