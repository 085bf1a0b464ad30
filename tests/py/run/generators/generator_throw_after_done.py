def g():
    yield 1
it = g()
list(it)
try:
    it.throw(ValueError("late"))
except ValueError as e:
    print("raised", e)
fresh = g()
try:
    fresh.throw(KeyError("early"))
except KeyError as e:
    print("early", e)
print(next(fresh, "exhausted"))
