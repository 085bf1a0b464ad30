class C:
    pass
c = C()
c.__len__ = lambda: 5
try:
    len(c)
except TypeError as e:
    print(e)
C.__len__ = lambda self: 6
print(len(c))
c.__call__ = lambda: "inst"
try:
    c()
except TypeError as e:
    print(e)
