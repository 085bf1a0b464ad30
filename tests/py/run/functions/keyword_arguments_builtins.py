print(sorted([3, 1, 2], reverse=True), int("ff", base=16), "a-b".split(sep="-"))
print(max([1, 5, 3], key=lambda x: -x), min([], default="none"))
try:
    len(obj=[1])
except TypeError as e:
    print(e)
