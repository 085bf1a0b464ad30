try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            b.__context__ = a
            raise a
except ValueError as final:
    print(final, final.__context__)
