class Left:
    def __eq__(self, o):
        print("Left.__eq__")
        return NotImplemented
class Right:
    def __eq__(self, o):
        print("Right.__eq__")
        return True
print(Left() == Right())
print(Left() == Left())
print(Left() != Left())
o = object()
print(o == o, o != o)
