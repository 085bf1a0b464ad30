try:
    e = ValueError("x")
    raise e.with_traceback(None)
except ValueError as err:
    print(err.__traceback__ is not None, err.__traceback__.tb_lineno)
