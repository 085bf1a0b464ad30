print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance("s", (int, str)), isinstance(int, type))
print(issubclass(int, object), issubclass(type, object), issubclass(object, type), isinstance(type, type), isinstance(object, type))
print(isinstance(None, object), isinstance(int | str, type), isinstance(3, int | str), issubclass(bool, int | float))
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
