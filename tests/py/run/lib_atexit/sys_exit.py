# oracle: python3
# SystemExit ends the program normally: atexit callbacks run and the exit status is kept
import atexit
import sys

def bye(code):
    print("bye, exiting with", code)

atexit.register(bye, 3)
try:
    sys.exit(3)
finally:
    print("finally runs before atexit")
