try:
    try:
        raise ExceptionGroup("g", [ValueError(1), ValueError(2), TypeError(3)])
    except* ValueError:
        raise
except ExceptionGroup as eg:
    print(repr(eg))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as eg:
    print(repr(eg), repr(eg.exceptions[0].__context__))
