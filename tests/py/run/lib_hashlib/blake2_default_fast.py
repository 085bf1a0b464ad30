# Default-parameter BLAKE2 (the fast path) and parameterised BLAKE2 must agree where they overlap,
# and copies must be independent of the original.
import hashlib

data = bytes(range(256)) * 4096  # 1 MiB
for name in ("blake2b", "blake2s"):
    ctor = getattr(hashlib, name)
    full = ctor.MAX_DIGEST_SIZE
    h = ctor()
    for i in range(0, len(data), 65536):
        h.update(data[i:i + 65536])
    print(name, h.hexdigest()[:32], h.digest_size, h.block_size, h.name)
    # explicit default parameters take the same path result
    same = ctor(data, digest_size=full, fanout=1, depth=1, leaf_size=0, node_offset=0,
                node_depth=0, inner_size=0, last_node=False)
    print(" explicit defaults equal:", same.hexdigest() == h.hexdigest())
    print(" hashlib.new equal:", hashlib.new(name, data).hexdigest() == h.hexdigest())
    # copy is independent
    a = ctor(b"abc")
    b = a.copy()
    b.update(b"def")
    print(" copy:", a.hexdigest()[:16], b.hexdigest()[:16], ctor(b"abcdef").hexdigest() == b.hexdigest())
    # digest() does not finalise: updating afterwards continues the stream
    c = ctor(b"ab")
    c.digest()
    c.update(b"cdef")
    print(" continue after digest:", c.hexdigest() == b.hexdigest())
    # non-default parameters still work (key, person, shorter digest)
    print(" keyed:", ctor(b"msg", key=b"k").hexdigest()[:24])
    print(" short:", ctor(b"msg", digest_size=16).hexdigest())
    print(" person:", ctor(b"msg", person=b"me").hexdigest()[:24])
    print(" empty:", ctor().hexdigest()[:24])
