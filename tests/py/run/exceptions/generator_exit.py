def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("gen finally")
it = g()
print(next(it))
it.close()
print("closed")
