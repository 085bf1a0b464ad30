# N-queens by brute force over permutations: every permutation of columns is a placement with one queen
# per row and column; keep those whose diagonals are all distinct.
# Exercises: recursive generators, yield from, tuples, sets, generator expressions, any/all.
import sys


def permutations(items):
    # hand-written recursive permutation generator (no itertools)
    n = len(items)
    if n <= 1:
        yield tuple(items)
        return
    for i in range(n):
        head = items[i]
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield (head,) + tail


def solutions(n):
    cols = list(range(n))
    for vec in permutations(cols):
        if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)):
            yield vec


def board_key(vec):
    # a small integer signature per solution so the output checks the actual placements
    key = 0
    for c in vec:
        key = key * 8 + c
    return key


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    found = []
    for _ in range(reps):
        found = list(solutions(n))
    signature = 0
    for vec in found:
        signature = (signature * 131 + board_key(vec)) % 1000000007
    print("nqueens", reps, n, len(found), found[0], signature)


main()
