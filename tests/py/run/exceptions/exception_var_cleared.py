try:
    1 / 0
except ZeroDivisionError as err:
    print(type(err).__name__)
try:
    err
except NameError as e:
    print(e)
e2 = "kept"
try:
    pass
except Exception as e2:
    pass
print(e2)
