# DictReader/DictWriter (restkey, restval, extrasaction), Sniffer, and csv over real text files.
import csv
import io
import os

text = "name,age,city\nann,31,paris\nbob,27\ncy,40,rome,extra1,extra2\n"
for row in csv.DictReader(io.StringIO(text), restkey="more", restval="?"):
    print(sorted(row.items()))
r = csv.DictReader(io.StringIO(text))
print(r.fieldnames, r.line_num)
print(next(r), r.line_num)

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["a", "b"], restval="-", lineterminator="\n")
w.writeheader()
w.writerow({"a": 1})
w.writerows([{"a": "x,y", "b": None}, {"b": 2.5}])
print(repr(out.getvalue()))
try:
    w.writerow({"a": 1, "zzz": 2})
except ValueError as e:
    print("ValueError", e)
w2 = csv.DictWriter(io.StringIO(), fieldnames=["a"], extrasaction="ignore")
print(w2.writerow({"a": 1, "zzz": 2}))
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"], extrasaction="bogus")
except ValueError as e:
    print("ValueError", e)

sample = 'id;name;score\n1;"a;b";3.5\n2;c;4\n'
dialect = csv.Sniffer().sniff(sample)
print(repr(dialect.delimiter), repr(dialect.quotechar), csv.Sniffer().has_header(sample))
print(list(csv.reader(io.StringIO(sample), dialect)))

path = "_csv_case_tmp.csv"
with open(path, "w", newline="") as f:
    wr = csv.writer(f, quoting=csv.QUOTE_NONNUMERIC)
    wr.writerow(["x", 1, 2.0])
    wr.writerow(["multi\nline", -3, 1e-7])
with open(path, newline="") as f:
    print(list(csv.reader(f, quoting=csv.QUOTE_NONNUMERIC)))
with open(path, "rb") as f:
    print(f.read())
os.remove(path)

class Pipes(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    escapechar = None
    doublequote = True
    skipinitialspace = True
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL

csv.register_dialect("pipes", Pipes)
buf = io.StringIO()
csv.writer(buf, "pipes").writerow(["a|b", "it's", " sp"])
print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO(buf.getvalue()), dialect="pipes")))
print(csv.get_dialect("pipes").skipinitialspace, "pipes" in csv.list_dialects())
csv.unregister_dialect("pipes")
try:
    class Bad(csv.Dialect):
        delimiter = ""
    Bad()
except csv.Error as e:
    print("Error", e)
