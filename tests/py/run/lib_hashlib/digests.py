# Every guaranteed algorithm through hashlib (new/copy/update/digest sizes), SHAKE lengths, BLAKE2 with
# key/salt/person/tree parameters, bytes-like inputs.
import hashlib
for n in ['md5','sha1','sha224','sha256','sha384','sha512','sha3_224','sha3_256','sha3_384','sha3_512','blake2b','blake2s']:
    h = hashlib.new(n, b'hello')
    h2 = h.copy(); h2.update(b' world' * 100)
    print(n, h.hexdigest(), h2.hexdigest()[:20], h.digest_size, h.block_size, h.name)
print(hashlib.shake_128(b'abc').hexdigest(10), hashlib.shake_256(b'abc').digest(5), hashlib.shake_128(b'').hexdigest(0))
for kw in [dict(digest_size=20), dict(key=b'secret'), dict(salt=b'salty', person=b'me'), dict(fanout=2, depth=3, leaf_size=7, node_offset=9, node_depth=1, inner_size=10, last_node=True), dict(key=b'k'*64, digest_size=1)]:
    print(kw, hashlib.blake2b(b'data' * 50, **kw).hexdigest(), hashlib.blake2s(b'data' * 50, **{k: (v[:8] if isinstance(v, bytes) else v) for k, v in kw.items() if k != 'inner_size' or True}).hexdigest())
b = hashlib.blake2b(digest_size=16, key=b'x'); b.update(b'a'*1000); c = b.copy(); c.update(b'b'); print(b.hexdigest(), c.hexdigest())
print(hashlib.blake2b(b'a'*128).hexdigest()[:32], hashlib.blake2b(b'a'*129).hexdigest()[:32], hashlib.blake2s(b'a'*64).hexdigest()[:32], hashlib.blake2s(b'a'*65).hexdigest()[:32])
print(hashlib.sha256(bytearray(b'abc')).hexdigest()[:16], hashlib.sha256(memoryview(b'xabc')[1:]).hexdigest()[:16])
