l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(100, 7); l.insert(-1, 9)
print(l, l.pop(), l.pop(0), l, l.index(2), l.count(1))
l.remove(9); l.reverse()
print(l, l.copy() == l, l.copy() is l)
l.clear(); print(l)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].remove(5)
except ValueError as e:
    print(e)
try:
    [1].index(5)
except ValueError as e:
    print(e)
