# A finally body's SyntaxWarnings come once for its normal and exceptional copies (but again for each
# return/break copy, as CPython's code generator does).
import warnings
source = """
try:
    pass
finally:
    1 is 1  # line 5
    try:
        pass
    finally: # nested
        1 is 1  # line 9
def f():
    try:
        return 1
    finally:
        x = () is ()
for i in range(2):
    try:
        break
    finally:
        (1, 2)(3)
"""
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile(source, '<stdin>', 'exec')
print(sorted((wm.lineno, str(wm.message)) for wm in caught))
# PEP 765: 'return'/'break'/'continue' leaving a finally block warn once each
for src in ["def f():\n    try:\n        pass\n    finally:\n        return 42\n",
            "for x in y:\n    try:\n        pass\n    finally:\n        break\n",
            "for x in y:\n    try:\n        pass\n    finally:\n        continue\n",
            "def f():\n    try:\n        pass\n    finally:\n        try:\n            return 42\n        except:\n            pass\n"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        compile(src, "<s>", "exec")
    print([(x.lineno, str(x.message)) for x in w])
