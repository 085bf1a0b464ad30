class R:
    def __reversed__(self): return iter("cba")
print(list(reversed(R())))
try:
    reversed(object())
except TypeError as e:
    print(e)
try:
    reversed({1: 2}.items()) and print("dict items reversible")
except TypeError as e:
    print(e)
