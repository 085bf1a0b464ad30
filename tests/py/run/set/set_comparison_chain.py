a = {1}
b = {1, 2}
print(a < b, a <= a, b > a, b >= b, a == {1}, a != b, a.issubset(b), b.issuperset(a), a.issubset([1]))
try:
    a < [1]
except TypeError as e:
    print(e)
