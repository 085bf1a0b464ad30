def f(a: int, b: "str" = "x") -> bool:
    return True
print(f.__annotations__)
x: int = 5
print(x, __annotations__ if False else "ok")
class C:
    y: int
    z: str = "a"
print(C.__annotations__, C.z)
