try:
    setattr(int, "x", 1)
except TypeError as e:
    print(e)
try:
    [].x = 1
except AttributeError as e:
    print(e)
try:
    del int.real
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
