# oracle: python3
# _hashlib's HMAC object names its digest in its repr (its .name is "hmac-<digest>").
import _hashlib
import hmac

for name in ("sha256", "sha1", "md5", "sha512"):
    h = _hashlib.hmac_new(b"key", b"msg", name)
    print(repr(h).split(" @ 0x")[0], h.name, h.digest_size, h.block_size)
    print(repr(h.copy()).split(" @ 0x")[0], h.copy().hexdigest() == h.hexdigest())
print(hmac.new(b"key", b"msg", "sha256").name)
