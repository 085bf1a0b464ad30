class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit", a[0])
with CM() as c:
    print("inside", type(c).__name__)
with CM() as a, CM() as b:
    print("two", a is not b)
with (CM() as x,
      CM() as y):
    print("parenthesized")
