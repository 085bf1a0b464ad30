class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return super().f() + " via B"
print(B().f())
try:
    super(B, 1)
except TypeError as e:
    print(e)
def free():
    return super()
try:
    free()
except RuntimeError as e:
    print(e)
