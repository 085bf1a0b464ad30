# test: full-traceback
try:
    [][1]
except IndexError:
    {}["missing"]
