# hashlib.file_digest over BytesIO (getbuffer path) and a binary file (readinto path).
import hashlib
import io
import os
import tempfile

data = bytes(range(256)) * 1000
print(hashlib.file_digest(io.BytesIO(data), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(data), hashlib.md5).hexdigest())
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'blob.bin')
    with open(path, 'wb') as f:
        f.write(data)
    with open(path, 'rb') as f:
        print(hashlib.file_digest(f, 'blake2b').hexdigest()[:32])
    with open(path, 'rb') as f:
        print(hashlib.file_digest(f, lambda: hashlib.sha3_256()).hexdigest())
try:
    hashlib.file_digest(io.StringIO('x'), 'sha1')
except Exception as e:
    print(type(e).__name__)
