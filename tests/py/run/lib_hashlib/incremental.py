# Chunked update equals one-shot digests for every algorithm; copies diverge independently; large data.
import hashlib

data = bytes((i * 31 + 7) % 256 for i in range(100000))
for name in sorted(hashlib.algorithms_guaranteed):
    one = hashlib.new(name, data)
    h = hashlib.new(name)
    for k in range(0, len(data), 777):
        h.update(data[k:k + 777])
    if name.startswith("shake"):
        print(name, one.hexdigest(16), h.hexdigest(16) == one.hexdigest(16))
    else:
        print(name, one.hexdigest()[:24], h.digest() == one.digest(), h.digest_size, h.block_size)
base = hashlib.sha256(b"prefix-")
c1, c2 = base.copy(), base.copy()
c1.update(b"one")
c2.update(b"two")
print(base.hexdigest()[:16], c1.hexdigest()[:16], c2.hexdigest()[:16], c1.hexdigest() == hashlib.sha256(b"prefix-one").hexdigest())
h = hashlib.md5()
print(h.hexdigest(), h.digest() == h.digest(), hashlib.sha1(memoryview(data)[10:20]).hexdigest())
