class C:
    print("in body")
    x = 1
    y = x + 1
    for i in range(3):
        x += i
    del i
print(C.x, C.y, hasattr(C, "i"), C.__qualname__, C.__module__)
