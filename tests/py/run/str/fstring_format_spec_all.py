v = 1234.5678
for spec in ["", "10", "<10", ">10", "^10", "=+12", "012", ",", "_", ".3", ".3e", ".3g", ".3%", "+", " ", "#.0f"]:
    print(repr(spec), repr(f"{v:{spec}}"))
for spec in ["s", "10", "<5", "^7", ".2"]:
    print(repr(spec), repr(format("abc", spec)))
try:
    format("abc", "d")
except ValueError as e:
    print(e)
try:
    format(1, "s")
except ValueError as e:
    print(e)
