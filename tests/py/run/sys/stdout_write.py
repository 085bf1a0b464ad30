import sys
n = sys.stdout.write("written directly\n")
print(n)
sys.stdout.write("no newline")
sys.stdout.write("\n")
sys.stderr.write("err line\n")
sys.stdout.flush()
print(sys.stdout is sys.__stdout__ or True)
