class L:
    def __len__(self): return "3"
try:
    len(L())
except TypeError as e:
    print(e)
class Big:
    def __len__(self): return 2 ** 70
try:
    len(Big())
except OverflowError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
