# test: full-traceback
f = lambda x: 10 // x
print([f(x) for x in [5, 2, 0]])
