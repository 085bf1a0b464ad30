# oracle: python3
# -h, -V, --version; options after -c belong to the program; --check-hash-based-pycs with a valid
# mode.
import sys

from _child import run


code, out, err = run("-h")
print(code, out.splitlines()[0].startswith("usage: "), err)
for v in ["-V", "--version"]:
    code, out, err = run(v)
    print(code, out.startswith("Python 3.") and out.count("\n") == 1, repr(err))
print(run("-c", "import sys; print(sys.argv)", "-z"))
print(run("--check-hash-based-pycs", "never", "-c", "print('ok')"))
