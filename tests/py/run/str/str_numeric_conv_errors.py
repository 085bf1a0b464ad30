try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    "a" * "b"
except TypeError as e:
    print(e)
try:
    "a" * 2.0
except TypeError as e:
    print(e)
print("5" * True, str(5) + "5", int("5") + 5)
