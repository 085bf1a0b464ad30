def g():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught inside", e)
            yield "recovered"
it = g()
print(next(it))
print(it.throw(ValueError("boom")))
print(next(it))
try:
    it.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", e)
print(next(it, "exhausted"))
