import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("msg", e.code)
print("exiting")
sys.exit(7)
