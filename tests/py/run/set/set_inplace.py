s = {1, 2, 3}
s |= {4}; s &= {1, 2, 4, 5}; s -= {1}; s ^= {9, 2}
print(sorted(s))
s.update([7], [8]); s.intersection_update({4, 7, 8, 9}); s.difference_update({9})
print(sorted(s), s.pop() in {4, 7, 8}, len(s))
s.clear(); print(s)
try:
    set().pop()
except KeyError as e:
    print(e)
