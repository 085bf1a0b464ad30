print(repr(str(ValueError())), repr(str(KeyError())), repr(str(KeyError(1, 2))))
print(str(BaseException("a", "b")), repr(BaseException()))
