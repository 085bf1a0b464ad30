# oracle: python3
# -O removes asserts and makes __debug__ false (docstrings stay), -OO also drops docstrings.
import sys

from _child import last, run_all


CODE = """
def f():
    'doc'
try:
    assert False, 'boom'
    asserts = 'removed'
except AssertionError:
    asserts = 'kept'
import sys
print(sys.flags.optimize, asserts, __debug__, f.__doc__)
if __debug__:
    print('debug branch')
"""
# compile(optimize=0) keeps asserts under -O; -1 is the interpreter's level
COMPILED = "for level in (-1, 0):\n    exec(compile('assert False', '<s>', 'exec', optimize=level)); print(level, 'passed')"
OPTS = [[], ["-O"], ["-OO"]]
results = run_all([[*opts, "-c", CODE] for opts in OPTS] + [["-O", "-c", COMPILED]])
for opts, (code, out, err) in zip(OPTS + ["compile under -O"], results):
    print(opts, code, repr(out), last(err))
