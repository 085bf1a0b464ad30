# oracle: python3
# an uncaught exception is reported first, then the atexit callbacks run; the exit status stays 1
import atexit

def cleanup(tag):
    print("cleanup", tag)

atexit.register(cleanup, "a")
atexit.register(cleanup, "b")
print("before")
raise RuntimeError("the program failed")
