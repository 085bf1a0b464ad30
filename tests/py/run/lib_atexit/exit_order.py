# oracle: python3
# atexit callbacks run at normal exit, newest first, with their arguments; unregistered ones do not run;
# a failing callback is reported (last stderr line) and the others still run
import atexit

class Named:
    def __init__(self, name):
        self.name = name
    def __call__(self, *args, **kwargs):
        print("callback", self.name, args, sorted(kwargs.items()))
    def __repr__(self):
        return f"<Named {self.name}>"

def boom():
    raise ValueError("boom in atexit")

first = Named("first")
atexit.register(first, 1, 2, key="v")
atexit.register(boom)
second = Named("second")
atexit.register(second)
atexit.register(second, "again")
dropped = Named("dropped")
atexit.register(dropped)
atexit.unregister(dropped)
r = atexit.register(print, "print", "with", "sep", sep="-")
print(r is print)

@atexit.register
def decorated():
    print("decorated runs first")

print("main done")
