def g():
    try:
        for i in range(2):
            yield i
    finally:
        print("finally on exhaustion")
for v in g():
    print(v)
print("after loop")
