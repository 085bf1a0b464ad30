import sys
if (n := len("hello")) > 3:
    print("long", n)
data = iter([1, 2, 0, 3])
while (v := next(data)) != 0:
    print("v", v)
print((y := 5) + y)
def f():
    if (z := 10):
        return z
print(f())
print([m for s in ["a1", "b", "c3"] if (m := s[-1]).isdigit()])
