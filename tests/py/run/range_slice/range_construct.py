# range(...) construction (builtin types have a direct constructor path in type.__call__): argument
# counts, __index__ bounds, bools, bigints, keyword errors, range.__new__ and type.__call__ spelled out.
print(list(range(5)), range(2, 10, 3), range(True), list(range(10, 0, -3)), range(2**70)[-1])
for bad in [(), (1, 2, 3, 4), (1.5,), (1, 2, 0), ("a", 3)]:
    try:
        range(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    range(stop=3)
except TypeError as e:
    print(e)
print(range.__new__(range, 4), type.__call__(range, 3), type(range(3)).__name__)


class Idx:
    def __index__(self):
        return 4


print(range(Idx()), range(1, Idx()))
