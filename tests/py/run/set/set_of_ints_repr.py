print({1, 2, 3}, {-1, 0}, set(range(5)), frozenset({7}), {(1, 2)}, {None})
s = {10, 20}
print(s.copy() == s, {1} | {1})
