# Argument errors of the hash constructors and BLAKE2 parameter checks, with CPython's messages.
import hashlib

for kw in [dict(digest_size=0), dict(digest_size=65), dict(key=b'x'*65), dict(salt=b'x'*17), dict(person=b'x'*17),
           dict(fanout=256), dict(depth=0), dict(depth=256), dict(leaf_size=-1), dict(leaf_size=2**32),
           dict(node_offset=-1), dict(node_offset=2**64), dict(node_depth=256), dict(inner_size=65),
           dict(inner_size=-1), dict(string=b'a'), dict(foo=1)]:
    try:
        print(kw, hashlib.blake2b(**kw).hexdigest()[:16])
    except Exception as e:
        print(kw, type(e).__name__, e)
for kw in [dict(digest_size=33), dict(key=b'x'*33), dict(salt=b'x'*9), dict(node_offset=2**48), dict(inner_size=33)]:
    try:
        print(kw, hashlib.blake2s(**kw).hexdigest()[:16])
    except Exception as e:
        print(kw, type(e).__name__, e)
for bad in ["abc", 1, None, [1]]:
    for f in (hashlib.sha256, hashlib.blake2b, hashlib.md5, hashlib.sha3_256, lambda x: hashlib.sha1().update(x)):
        try:
            f(bad)
        except Exception as e:
            print(type(e).__name__, e)
for f in (lambda: hashlib.new('foo'), lambda: hashlib.shake_128(b'x').digest(-1),
          lambda: hashlib.shake_128(b'x').digest(), lambda: hashlib.sha256(b'x', string=b'y')):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(hashlib.sha256(data=b'x').hexdigest()[:8], hashlib.sha256(string=b'x').hexdigest()[:8])
print(hashlib.new('sha256', b'x').hexdigest()[:8], hashlib.new('SHA256', b'x').hexdigest()[:8], hashlib.new('blake2s', b'x', digest_size=4).hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.shake_128().name, hashlib.shake_128().digest_size, hashlib.sha3_384().block_size, hashlib.md5().name)
