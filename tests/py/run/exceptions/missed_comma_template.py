# The "perhaps you missed a comma?" SyntaxWarnings for t-strings: a Template is neither callable nor subscriptable.
import warnings
for src in ['[t"{x}" [i, j]]', '[t"x={x}" [i, j]]', '[t"{x}" (3, 4)]', '["abc" [i, j]]', '[b"x" [i]]', '[f"{x}" [i, j]]']:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        compile(src, "<s>", "exec")
    print(src, [str(x.message) for x in w])
