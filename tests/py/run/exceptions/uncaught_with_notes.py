# test: full-traceback
e = TypeError("bad type")
e.add_note("hint: check the input")
raise e
