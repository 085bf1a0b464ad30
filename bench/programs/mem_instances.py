# Memory probe (not timed): 1,000,000 instances of a plain class with three attributes, all kept alive in
# a list. The runner reports the peak RSS of this process, i.e. how compact instances are.
import sys


class Item(object):
    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    items = [Item(i, i + 1, None) for i in range(n)]
    total = 0
    for it in items:
        total += it.b - it.a
    print("mem_instances", n, len(items), total)


main()
