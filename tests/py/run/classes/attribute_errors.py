class C:
    x = 1
try:
    C().y
except AttributeError as e:
    print(e)
try:
    C.y
except AttributeError as e:
    print(e)
try:
    (1).foo
except AttributeError as e:
    print(e)
try:
    None.bar = 1
except AttributeError as e:
    print(e)
