# contextlib (contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout, chdir),
# fractions, uuid, secrets, hmac, gzip/zipfile round trips in memory, threading single-thread use.
import contextlib
import fractions
import gzip
import hashlib
import hmac
import io
import secrets
import threading
import uuid
import zipfile


@contextlib.contextmanager
def tag(name, log):
    log.append("<" + name)
    try:
        yield name.upper()
    finally:
        log.append(name + ">")


log = []
with tag("a", log) as t, contextlib.suppress(KeyError):
    log.append(t)
    {}["missing"]
print(log)
with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag(n, log)) for n in "xy"]
    stack.callback(log.append, "callback")
print(names, log[-5:])
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()), contextlib.nullcontext(5).__enter__())

F = fractions.Fraction
print(F(3, 4) + F(1, 6), F("1.25"), F(0.5), F(7, 3).limit_denominator(2), round(F(5, 2)), F(1, 3) ** 2)
print(F(22, 7).as_integer_ratio(), float(F(1, 8)), F(-3, 9), F(3, 4) < 1, f"{F(1, 3):.5f}")
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, u.hex, u.version, uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "x"))
print(uuid.uuid4().version, len(secrets.token_hex(8)), len(secrets.token_bytes(5)), secrets.choice("a") == "a")
mac = hmac.new(b"key", b"message", hashlib.sha256)
print(mac.hexdigest(), hmac.compare_digest(mac.digest(), mac.digest()), hmac.digest(b"k", b"m", "sha1").hex())
payload = b"hello gzip " * 50
print(gzip.decompress(gzip.compress(payload)) == payload)
zbuf = io.BytesIO()
with zipfile.ZipFile(zbuf, "w", compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr("a.txt", "alpha")
    z.writestr("dir/b.bin", b"\x00" * 100)
with zipfile.ZipFile(io.BytesIO(zbuf.getvalue())) as z:
    print(z.namelist(), z.read("a.txt"), [i.file_size for i in z.infolist()], z.testzip())
lock = threading.Lock()
with lock:
    print(lock.locked())
local = threading.local()
local.x = 1
ev = threading.Event()
ev.set()
print(lock.locked(), local.x, ev.is_set(), ev.wait(0.01), threading.current_thread().name, threading.active_count())
cond = threading.Condition()
with cond:
    print(cond.wait(0.01))
