# test: full-traceback
raise ExceptionGroup("several problems", [ValueError("one"), KeyError("two")])
