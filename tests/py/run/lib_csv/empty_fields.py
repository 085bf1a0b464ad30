# csv writer: empty fields a dialect cannot quote (QUOTE_NONE; None under QUOTE_STRINGS/QUOTE_NOTNULL) raise
# csv.Error when they would vanish (a one-field record, a space delimiter with skipinitialspace); the
# reader keeps an unquoted empty field as '' under QUOTE_NONNUMERIC.
import csv, io


def wr(row, **kw):
    s = io.StringIO()
    try:
        csv.writer(s, **kw).writerow(row)
        print(repr(row), kw, "->", repr(s.getvalue()))
    except csv.Error as e:
        print(repr(row), kw, "Error:", e)


Q = {"NONE": csv.QUOTE_NONE, "STRINGS": csv.QUOTE_STRINGS, "NOTNULL": csv.QUOTE_NOTNULL,
     "MINIMAL": csv.QUOTE_MINIMAL, "ALL": csv.QUOTE_ALL, "NONNUMERIC": csv.QUOTE_NONNUMERIC}
for name, q in Q.items():
    print("--", name)
    for row in ([""], [None], ["", ""], [None, None], ["", None], []):
        wr(row, quoting=q)
        wr(row, quoting=q, delimiter=" ", skipinitialspace=True)
        wr(row, quoting=q, delimiter=" ")


def rd(line, **kw):
    return list(csv.reader([line], **kw))


for name in ("NONNUMERIC", "STRINGS", "NOTNULL", "MINIMAL"):
    print(name, rd(',3,"5",7.3, 9,', quoting=Q[name]))
    print(name, rd(',,"",', quoting=Q[name]))
try:
    rd("1,x", quoting=csv.QUOTE_NONNUMERIC)
except ValueError as e:
    print("ValueError", e)
