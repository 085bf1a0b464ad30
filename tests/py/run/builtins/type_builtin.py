print(type(1), type("s"), type(None), type(type), type(print), type(len).__name__, type(lambda: 0).__name__)
print(type([].append).__name__, type(str.join).__name__)
try:
    type("X", (1,), {})
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
