# inspect.getsource finds the end of a block with tokenize (BlockFinder over generate_tokens)
import inspect
def f(a,
      b=2):  # comment
    """doc"""
    if a:
        return b
    return (a +
            b)
class K:
    @property
    def p(self):
        return 1
print(inspect.getsource(f))
print(inspect.getsource(K))
print(inspect.getsourcelines(K.p.fget)[1], inspect.getdoc(f), inspect.signature(f))
