import io
import csv
import pickle
import pprint
import traceback
import zipfile

buf = io.StringIO()
try:
    1 / 0
except ZeroDivisionError:
    traceback.print_exc(file=buf)
print(buf.getvalue().splitlines()[-1])

out = io.StringIO()
pprint.pprint({"k%d" % i: list(range(i)) for i in range(6)}, stream=out, width=40)
print(out.getvalue(), end="")

rows = io.StringIO()
w = csv.writer(rows)
w.writerow(["a", "b,c", 'q"t'])
w.writerow([1, 2.5, None])
print(repr(rows.getvalue()))
rows.seek(0)
print(list(csv.reader(rows)))

data = io.BytesIO()
pickle.dump({"x": [1, 2, (3, "s")]}, data)
data.seek(0)
print(pickle.load(data))
s = io.StringIO("abc")
s.read(1)
t = pickle.loads(pickle.dumps(s))
print(t.read(), type(t).__name__)

z = io.BytesIO()
with zipfile.ZipFile(z, "w") as zf:
    zf.writestr("a.txt", "alpha\n")
    zf.writestr("dir/b.txt", b"beta")
with zipfile.ZipFile(io.BytesIO(z.getvalue())) as zf:
    print(zf.namelist(), zf.read("a.txt"), zf.read("dir/b.txt"))
    with zf.open("a.txt") as member:
        print(io.TextIOWrapper(member, encoding="utf-8").read(), end="")
