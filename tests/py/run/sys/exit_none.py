import sys
print("clean")
raise SystemExit(None)
