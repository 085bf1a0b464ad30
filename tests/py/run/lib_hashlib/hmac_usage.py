# hmac on top of hashlib: names, digestmod forms, copy, long keys, compare_digest rules, pbkdf2.
import hashlib
import hmac

print(hmac.new(b'k', b'm', 'sha256').hexdigest(), hmac.digest(b'k', b'm', 'sha1').hex())
for dm in ('md5', 'sha224', 'sha512', 'sha3_256', hashlib.sha384, hashlib.blake2s):
    h = hmac.new(b'key' * 30, b'message', digestmod=dm)
    c = h.copy()
    c.update(b'more')
    print(h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest()[:16])
h = hmac.new(bytearray(b'k'), digestmod=hashlib.sha256)
h.update(memoryview(b'abc'))
print(h.digest() == hmac.digest(b'k', b'abc', 'sha256'), hmac.new(b'k'*200, b'm', hashlib.md5).hexdigest())
print(hmac.compare_digest(b'a', b'a'), hmac.compare_digest('a', 'b'), hmac.compare_digest(bytearray(b'xy'), b'xy'),
      hmac.compare_digest(b'ab', b'abc'))
for f in (lambda: hmac.compare_digest('a', b'a'), lambda: hmac.compare_digest('\xe9', '\xe9'),
          lambda: hmac.compare_digest(1, 2), lambda: hmac.new('key', b'm', 'sha256'), lambda: hmac.new(b'k'),
          lambda: hmac.new(b'k', b'm', 'nope')):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def pbkdf2(name, password, salt, rounds, dklen):
    out = b''
    block = 1
    while len(out) < dklen:
        u = hmac.digest(password, salt + block.to_bytes(4, 'big'), name)
        acc = int.from_bytes(u, 'big')
        for _ in range(rounds - 1):
            u = hmac.digest(password, u, name)
            acc ^= int.from_bytes(u, 'big')
        out += acc.to_bytes(len(u), 'big')
        block += 1
    return out[:dklen]


expected = pbkdf2('sha256', b'pw', b'salt', 50, 40)
print(expected.hex())
print(not hasattr(hashlib, 'pbkdf2_hmac') or hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 50, 40) == expected)
