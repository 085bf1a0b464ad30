import pickle, collections, functools, operator, itertools, __main__
d = collections.deque([1, 2], maxlen=5)
print(pickle.loads(pickle.dumps(d)), pickle.loads(pickle.dumps(collections.deque("ab"))))
dd = collections.defaultdict(list, a=[1])
print(pickle.loads(pickle.dumps(dd)))
def f(a, b): return a
__main__.f = f
p = functools.partial(f, 1, b=2)
q = pickle.loads(pickle.dumps(p)); print(q.args, q.keywords, q.func is f)
print(pickle.loads(pickle.dumps(operator.itemgetter(1, 2))), pickle.loads(pickle.dumps(operator.attrgetter('a.b'))), pickle.loads(pickle.dumps(operator.methodcaller('f', 1, k=2))))
P = collections.namedtuple('P', 'x y')
__main__.P = P
print(pickle.loads(pickle.dumps(P(1, 2))))
print(pickle.loads(pickle.dumps(functools.Placeholder)) is functools.Placeholder)
print(pickle.loads(pickle.dumps(collections.Counter('aab'))))
print(pickle.loads(pickle.dumps(collections.OrderedDict(a=1))))
@functools.lru_cache
def cached(x): return x
__main__.cached = cached
print(pickle.loads(pickle.dumps(cached)) is cached)
for proto in range(0, 6):
    assert pickle.loads(pickle.dumps(d, proto)) == d
print("protocols ok")
