# Mapping-pattern keys written as signed or complex literals (-1, 2+3j, -0-0j) are constant keys; a
# duplicate one is a SyntaxError.
def f(x):
    match x:
        case {-0-0j: int(real=0+0j, imag=0-0j) | (1) as z}:
            return ("a", z)
        case {-1: v, 2+3j: w}:
            return ("b", v, w)
        case {-1.5: v}:
            return ("c", v)
    return None
print(f({0: 0}), f({-1: "m", 2+3j: "n"}), f({-1.5: 9}), f({1: 2}))
try:
    compile("match x:\n case {-1: a, -1: b}: pass", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
