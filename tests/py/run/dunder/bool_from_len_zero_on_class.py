class Empty:
    def __len__(self): return 0
    def __bool__(self): return True
print(bool(Empty()), len(Empty()))
class Only:
    __bool__ = None
try:
    bool(Only())
except TypeError as e:
    print(e)
