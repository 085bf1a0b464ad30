# oracle: python3
# At exit, after the atexit callbacks, what is still alive is finalised, as CPython's shutdown does
# (pyodide never shuts its interpreter down, so the machine's CPython gives this case's output)
import atexit
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("finalising", self.name)


atexit.register(lambda: print("atexit callback"))
a = Noisy("a")
b = Noisy("b")
holder = {"c": Noisy("c")}
temp = Noisy("dropped")
del temp
gc.collect()  # CPython finalises it at the `del` already


def lines():
    try:
        yield "first line"
    finally:
        print("generator closed")


reader = lines()
print(next(reader))
print("end of program")
