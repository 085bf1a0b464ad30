# Assigning to an empty tuple or list target: an empty iterable unpacks into nothing; anything else is
# CPython's unpacking error (the parser's "Maybe you meant '=='" check must not trip on `()`).
() = ()
[] = []
() = []
[] = iter(())
x = () = []
print("empty ok", x)
for value in (42, [1], "ab", {1: 2}):
    try:
        () = value
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        [] = value
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
