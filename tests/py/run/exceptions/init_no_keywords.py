# BaseException.__init__ takes no keyword arguments: the error names the instance's type (builtin or a
# Python subclass), also through super().__init__; classes with their own __init__ may take keywords.


class Missing(Exception):
    pass


class Own(Exception):
    def __init__(self, msg, *, code=0):
        super().__init__(msg)
        self.code = code


class Forward(Exception):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)


cases = [
    lambda: Missing(x=1),
    lambda: ValueError(a=1),
    lambda: KeyError(1, b=2),
    lambda: BaseException.__init__(ValueError(), x=1),
    lambda: Exception(1, **{}),
    lambda: Own("m", code=3).code,
    lambda: Forward(1, y=2),
    lambda: Forward(1).args,
]
for f in cases:
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError:", e)
