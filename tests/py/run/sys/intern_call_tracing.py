# sys.intern returns the first interned object for equal text, refuses str subclasses; call_tracing
# wants a tuple; _is_gil_enabled; a lost sys.displayhook is a RuntimeError for "single" code.
import sys

s = "never seen " + str(len(sys.argv) * 7)
s2 = s.swapcase().swapcase()
print(s2 is s, sys.intern(s) is s, sys.intern(s2) is s)
print(sys.intern(s2) is s2)


class S(str):
    pass


for bad in (S("abc"), b"abc", 3):
    try:
        sys.intern(bad)
    except TypeError as e:
        print("TypeError:", e)

print(sys.call_tracing(len, ("abcd",)))
try:
    sys.call_tracing(len, ["abcd"])
except TypeError as e:
    print("TypeError:", e)

print(sys._is_gil_enabled())

hook = sys.displayhook
del sys.displayhook
try:
    eval(compile("42", "<case>", "single"))
except RuntimeError as e:
    print("RuntimeError:", e)
finally:
    sys.displayhook = hook
eval(compile("'shown'", "<case>", "single"))
