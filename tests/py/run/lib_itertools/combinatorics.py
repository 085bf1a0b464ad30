from itertools import product, permutations, combinations, combinations_with_replacement
from math import comb, factorial, perm
for n in range(5):
    for r in range(6):
        assert len(list(combinations(range(n), r))) == comb(n, r)
        assert len(list(permutations(range(n), r))) == perm(n, r)
        assert len(list(combinations_with_replacement(range(n), r))) == (comb(n + r - 1, r) if n else (1 if r == 0 else 0))
print("counts ok")
print(list(permutations([])), list(permutations("ab", 0)), list(permutations("abc")))
print(list(combinations("abc", 0)), list(combinations("abc", 3)), list(combinations("abc", 4)))
print(list(combinations_with_replacement("ab", 3)), list(combinations_with_replacement("", 1)))
print(list(product("ab", [1])), list(product(repeat=3)), list(product("ab", [], "c")), list(product(range(2), repeat=3))[-2:])
print(list(permutations(range(3), 2)) == [p for p in product(range(3), repeat=2) if len(set(p)) == 2])
print(list(combinations(range(4), 2)) == sorted({tuple(sorted(p)) for p in permutations(range(4), 2)}))
def gen():
    yield from "xyz"
print(list(combinations(gen(), 2)), list(product(gen(), gen()))[:4])
print(sum(1 for _ in permutations(range(7))) == factorial(7))
p = permutations("abcd", 2); next(p); print(next(p), len(list(p)))
print(list(zip(combinations("abcd", 2), range(3))))
