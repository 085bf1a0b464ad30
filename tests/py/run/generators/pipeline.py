def numbers():
    yield from range(1, 20)
def evens(src):
    for n in src:
        if n % 2 == 0:
            yield n
def squared(src):
    for n in src:
        yield n * n
print(list(squared(evens(numbers()))))
