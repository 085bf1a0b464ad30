# inspect.signature of functools' C-level callables: cmp_to_key and its key objects, the lru_cache
# wrapper and its cache_info/cache_clear methods.
import functools
import inspect

print(inspect.signature(functools.cmp_to_key))
print(functools.cmp_to_key.__text_signature__)


def mycmp(x, y):
    return y - x


key = functools.cmp_to_key(mycmp)
print(inspect.signature(key))
print(sorted([3, 1, 2], key=key))


def orig(a, /, b, c=True): ...


lru = functools.lru_cache(1)(orig)
print(inspect.signature(lru))
print(inspect.signature(lru.cache_info), inspect.signature(lru.cache_clear))
print(type(lru).cache_info.__text_signature__)
