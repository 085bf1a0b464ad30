# csv reader: how each quoting mode reads empty and numeric-looking fields (3.13+: an unquoted empty field
# is '' under QUOTE_NONNUMERIC and None under QUOTE_NOTNULL/QUOTE_STRINGS; other unquoted fields become
# floats under QUOTE_NONNUMERIC/QUOTE_STRINGS).
import csv

modes = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "QUOTE_STRINGS", "QUOTE_NOTNULL"]
lines = [',,"",', '1,"2", 3 ,', '""', '', ' ', '-1e3,"x",inf']
for name in modes:
    q = getattr(csv, name)
    print("--", name)
    for line in lines:
        try:
            print(repr(line), list(csv.reader([line], quoting=q)))
        except ValueError as e:
            print(repr(line), "ValueError", e)
print(list(csv.reader(["'a';;'';"], delimiter=";", quotechar="'", quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.DictReader(['"x","y"', "1,", ",2"], quoting=csv.QUOTE_NONNUMERIC)))
