class A:
    pass
try:
    A(1)
except TypeError as e:
    print(e)
class B:
    def __init__(self):
        return 1
try:
    B()
except TypeError as e:
    print(e)
try:
    object.__new__(1)
except TypeError as e:
    print(e)
