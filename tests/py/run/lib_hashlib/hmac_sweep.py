# hmac over key sizes around the block size for several digests (RFC 2104 key hashing/padding).
import hashlib
import hmac

msg = b"The quick brown fox jumps over the lazy dog"
for name in ("md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b"):
    block = hashlib.new(name).block_size
    for klen in (0, 1, block - 1, block, block + 1, 3 * block):
        key = bytes(range(256))[:klen] if klen <= 256 else bytes(klen)
        h = hmac.new(key, msg, name)
        print(name, klen, h.hexdigest()[:32], hmac.digest(key, msg, name) == h.digest())
print(hmac.new(b"key", msg, hashlib.sha256).hexdigest())
print(hmac.HMAC(b"key", digestmod="sha1").name, hmac.new(b"k", digestmod=hashlib.sha3_512).block_size)
