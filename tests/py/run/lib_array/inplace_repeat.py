# array *= n in place (sq_inplace_repeat): any __index__, a TypeError for other counts unless the
# right operand's __rmul__ answers first
import array

a = array.array("h", [1, -2])
b = a
a *= 3
print(a is b, a)
a *= 0
print(a is b, a, len(a))
c = array.array("d", [0.5])
c *= True
print(c)

class Two:
    def __index__(self):
        return 2
c *= Two()
print(c)
for bad in ("x", 1.5, None):
    try:
        c *= bad
    except TypeError as e:
        print("TypeError", e)
try:
    c.__imul__("bad")
except TypeError:
    print("TypeError from __imul__")

class R:
    def __rmul__(self, other):
        return ("rmul", type(other).__name__)
c *= R()
print(c)
