g_var = 1
def f(a):
    b = 2
    return sorted(locals().items())
print(f(0))
print("g_var" in globals(), globals()["g_var"], globals() is vars(), __name__)
class C:
    x = 1
    inner = sorted(k for k in locals() if not k.startswith("__"))
print(C.inner, "x" in vars(C))
try:
    vars(5)
except TypeError as e:
    print(e)
