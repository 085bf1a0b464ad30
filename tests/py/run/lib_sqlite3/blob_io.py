# Connection.blobopen: file-like reads, writes and seeks over one BLOB value, indexing and slicing,
# the fixed length, read-only handles, closed handles, and a row changed behind the handle's back.
import sqlite3
from io import SEEK_CUR, SEEK_END, SEEK_SET

cx = sqlite3.connect(":memory:")
cx.execute("create table test(b blob)")
data = b"this blob data string is exactly fifty bytes long!"
cx.execute("insert into test(b) values (?)", (data,))
blob = cx.blobopen("test", "b", 1)
print(type(blob).__name__, isinstance(blob, sqlite3.Blob), len(blob))
print(blob.read(4), blob.tell(), blob.read(), blob.tell(), blob.read())
blob.seek(10)
blob.seek(10, SEEK_CUR)
print(blob.tell(), blob.read(5))
blob.seek(-10, SEEK_END)
print(blob.tell(), blob.read())
for args in ((1000,), (-10,), (10, -1), (10, 3)):
    try:
        blob.seek(*args)
    except ValueError as e:
        print("ValueError:", e)
print(blob[5], blob[-1], blob[5:14], blob[0:10:2], blob[5:5], blob[5:-5] == data[5:-5])
for idx in (len(blob), 105, -105):
    try:
        blob[idx]
    except IndexError as e:
        print("IndexError:", e)
for bad in (1.5, "a"):
    try:
        blob[bad]
    except TypeError as e:
        print("TypeError:", e)

blob.seek(0, SEEK_SET)
blob.write(b"THIS")
blob[-1] = ord(".")
blob[5:9] = b"BLOB"
blob[0:10:2] = b"12345"
print(cx.execute("select b from test").fetchone()[0])
for value in (-1, 256, 2**65):
    try:
        blob[0] = value
    except ValueError as e:
        print("ValueError:", e)
for value in (b"1", b"multiple"):
    try:
        blob[0] = value
    except TypeError as e:
        print("TypeError:", e)
try:
    blob[5:10] = b"a"
except IndexError as e:
    print("IndexError:", e)
try:
    del blob[0]
except TypeError as e:
    print("TypeError:", e)
try:
    del blob[0:2]
except TypeError as e:
    print("TypeError:", e)
blob.seek(0, SEEK_END)
try:
    blob.write(b"a")
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" in blob
except TypeError as e:
    print("TypeError:", e)
blob.close()
try:
    blob.read()
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)

with cx.blobopen("test", "b", 1, readonly=True) as ro:
    print(ro.read(4))
    try:
        ro.write(b"x")
    except sqlite3.OperationalError as e:
        print("OperationalError: readonly" if "readonly" in str(e) else e)
with cx.blobopen("test", "b", 1) as blob:
    cx.execute("update test set b='aaaa' where rowid=1")
    try:
        blob.read()
    except sqlite3.OperationalError:
        print("OperationalError after the row changed")
for args, kw in ((("test", "b", 1), {"name": "notexisting"}), (("notexisting", "b", 1), {}),
                 (("test", "notexisting", 1), {}), (("test", "b", 2), {})):
    try:
        cx.blobopen(*args, **kw)
    except sqlite3.OperationalError as e:
        print("OperationalError:", "no such" in str(e))
