# return/break/continue leaving an except* block are SyntaxErrors (a loop or function nested inside it is
# fine); continue in a finally after except* only warns (PEP 765).
srcs = ["""
for i in range(5):
    try:
        raise ValueError
    except* Exception as e:
        continue
""", """
for i in range(5):
    try:
        pass
    except* Exception as e:
        if i == 2:
            break
""", """
def f():
    try:
        pass
    except* Exception:
        return 1
""", """
def f():
    try:
        pass
    except* Exception:
        for i in range(3):
            break
        def g():
            return 2
    return 0
""", """
for i in range(2):
    try:
        pass
    except* Exception:
        pass
    finally:
        continue
"""]
for src in srcs:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
