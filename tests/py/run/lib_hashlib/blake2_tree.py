# BLAKE2 tree hashing as in hashlib's documentation (fanout/depth/node offsets/last_node), plus
# keyed MACs, personalization and randomized hashing with salts.
import hashlib

FANOUT, DEPTH, LEAF_SIZE, INNER_SIZE = 2, 2, 4096, 64
buf = bytearray(6000)
h00 = hashlib.blake2b(buf[0:LEAF_SIZE], fanout=FANOUT, depth=DEPTH, leaf_size=LEAF_SIZE,
                      inner_size=INNER_SIZE, node_offset=0, node_depth=0, last_node=False)
h01 = hashlib.blake2b(buf[LEAF_SIZE:], fanout=FANOUT, depth=DEPTH, leaf_size=LEAF_SIZE,
                      inner_size=INNER_SIZE, node_offset=1, node_depth=0, last_node=True)
h10 = hashlib.blake2b(digest_size=64, fanout=FANOUT, depth=DEPTH, leaf_size=LEAF_SIZE,
                      inner_size=INNER_SIZE, node_offset=0, node_depth=1, last_node=True)
h10.update(h00.digest())
h10.update(h01.digest())
print(h10.hexdigest())
print(hashlib.blake2b(b"msg", key=b"pseudorandom key", digest_size=16).hexdigest())
print(hashlib.blake2s(b"msg", key=b"k" * 32, salt=b"salt1234", person=b"me").hexdigest())
print(hashlib.blake2b(b"", person=b"person").hexdigest()[:32], hashlib.blake2s(b"x" * 1000, digest_size=7).hexdigest())
print(hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2s.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2s.MAX_KEY_SIZE)
