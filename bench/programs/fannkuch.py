# Fannkuch-redux: for every permutation of 0..n-1, count prefix reversals until 0 is in front.
# Exercises: small list slicing and slice assignment, integer loops, counter-driven permutation order.
import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        if perm1[0] != 0:
            perm = perm1[:]
            flips = 0
            k = perm[0]
            while k != 0:
                perm[:k + 1] = perm[k::-1]
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            if index % 2 == 0:
                checksum += flips
            else:
                checksum -= flips
        index += 1
        # next permutation: rotate the first r+1 items left until a counter is still positive
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    result = None
    for _ in range(reps):
        result = fannkuch(n)
    print("fannkuch", reps, n, result[0], result[1])


main()
