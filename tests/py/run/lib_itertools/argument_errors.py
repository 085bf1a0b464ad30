import itertools, collections, functools, operator
tests = [lambda: itertools.count(1, 2, 3), lambda: itertools.batched("ab", 2, 3), lambda: itertools.batched("ab"),
         lambda: itertools.repeat(), lambda: itertools.cycle(), lambda: itertools.cycle(1, 2), lambda: itertools.compress(1),
         lambda: itertools.groupby(), lambda: itertools.permutations(), lambda: itertools.combinations("a"),
         lambda: itertools.accumulate(), lambda: itertools.starmap(len), lambda: itertools.dropwhile(len),
         lambda: itertools.islice("a"), lambda: itertools.pairwise(), lambda: itertools.tee(),
         lambda: itertools.zip_longest(x=1), lambda: itertools.product(x=1), lambda: itertools.count(x=1),
         lambda: collections.deque(1, 2, 3), lambda: collections.deque(foo=1), lambda: collections.deque().rotate("a"),
         lambda: collections.deque().index(), lambda: collections.deque([1]).insert("a", 1), lambda: collections.deque(maxlen="a"),
         lambda: functools.reduce(), lambda: functools.reduce(len), lambda: functools.partial(), lambda: functools.cmp_to_key(),
         lambda: operator.attrgetter(), lambda: operator.itemgetter(), lambda: operator.methodcaller(),
         lambda: operator.itemgetter(1)(), lambda: operator.attrgetter("a")(1, 2), lambda: operator.length_hint(),
         lambda: itertools.chain(x=1), lambda: collections.defaultdict(1),
         lambda: collections.deque()[0], 
         lambda: itertools.repeat(1, "a"), lambda: itertools.combinations("ab", "x"), lambda: itertools.count(1, "a"),
         lambda: itertools.batched("ab", "x"), lambda: itertools.tee("a", "x"), lambda: itertools.islice("a", 1.5),
         lambda: itertools.islice("a", 0, 1, 1.5), lambda: itertools.product("a", repeat=-1), lambda: itertools.permutations("a", -1),
         lambda: list(itertools.starmap(len, [1])), lambda: itertools.groupby("a", 1, 2), lambda: list(itertools.accumulate([1, "a"])),
         ]
for t in tests:
    try:
        t()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
