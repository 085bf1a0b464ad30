print(True + True, True * 10, False - 1, True / 2, True // 1, -True, True & False, True | False, True ^ True)
print(type(True & False).__name__, type(True + 1).__name__, bool(5), bool(0), int(True), str(True))
print(True == 1, False == 0, hash(True), True is True, sum([True, True, False]))
