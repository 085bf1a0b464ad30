# test: full-traceback
# An uncaught SyntaxError from exec() is printed with the keyword suggestion as traceback.py prints it.
exec("x = 1\nwhille x:\n  pass")
