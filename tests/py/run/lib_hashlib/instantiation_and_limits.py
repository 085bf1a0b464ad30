# Hash object types are not instantiable directly (Py_TPFLAGS_DISALLOW_INSTANTIATION), the types of
# _sha3/_blake2 are the constructors; shake digests refuse lengths of 2**29 and more.
import hashlib
import _md5
import _sha1
import _sha2
import _sha3

for t in (_md5.MD5Type, _sha1.SHA1Type, _sha2.SHA256Type, _sha2.SHA512Type):
    try:
        t()
    except TypeError as exc:
        print("TypeError", exc)
for name in ("md5", "sha1", "sha256"):
    try:
        type(hashlib.new(name))()
    except TypeError:
        print(name, "not instantiable")
print(_sha3.sha3_256(b"abc").hexdigest()[:16], type(_sha3.sha3_256()).__name__)
print(_md5.MD5Type.__name__, _sha1.SHA1Type.__name__, _sha2.SHA224Type.__name__)
print(hashlib.blake2s(b"abc", digest_size=8).hexdigest())
h = _sha3.shake_128(b"abc")
print(h.hexdigest(4), len(h.digest(1000)))
for n in (-10, 2**29, 2**32 - 10):
    for f in (h.digest, h.hexdigest):
        try:
            f(n)
        except (ValueError, OverflowError) as exc:
            print(type(exc).__name__, exc)
