def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
it = g()
next(it)
it.close()
it.close()
print(next(it, "done"))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
