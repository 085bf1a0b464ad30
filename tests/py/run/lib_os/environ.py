import os

os.environ["PYPYTS_TEST_VAR"] = "value one"
print(os.environ["PYPYTS_TEST_VAR"], os.getenv("PYPYTS_TEST_VAR"), "PYPYTS_TEST_VAR" in os.environ)
print(os.environb[b"PYPYTS_TEST_VAR"])
os.environ["PYPYTS_TEST_VAR"] = "é ünïcode"
print(os.environ["PYPYTS_TEST_VAR"], os.environb[b"PYPYTS_TEST_VAR"])
del os.environ["PYPYTS_TEST_VAR"]
print(os.getenv("PYPYTS_TEST_VAR"), os.getenv("PYPYTS_TEST_VAR", "dflt"), "PYPYTS_TEST_VAR" in os.environ)
try:
    os.environ["PYPYTS_TEST_VAR"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    os.environ["PYPYTS_TEST_VAR"] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.environ[5] = "x"
except TypeError as e:
    print(type(e).__name__, e)
os.environb[b"PYPYTS_B"] = b"bytes value"
print(os.environ["PYPYTS_B"])
print(os.environ.pop("PYPYTS_B"), os.environ.get("PYPYTS_B"))
os.environ.setdefault("PYPYTS_D", "d1")
os.environ.setdefault("PYPYTS_D", "d2")
print(os.environ["PYPYTS_D"])
c = os.environ.copy()
print(type(c).__name__, c["PYPYTS_D"])
os.environ.update(PYPYTS_E="e", PYPYTS_F="f")
print(sorted(k for k in os.environ if k.startswith("PYPYTS_")))
for k in ["PYPYTS_D", "PYPYTS_E", "PYPYTS_F"]:
    del os.environ[k]
print(sorted(k for k in os.environ if k.startswith("PYPYTS_")))
for bad in ["", "A=B", "A\0B"]:
    try:
        os.putenv(bad, "x")
    except (ValueError, OSError) as e:
        print(type(e).__name__, e.strerror if isinstance(e, OSError) else e)
for bad in ["", "A=B", "A\0B"]:
    try:
        os.unsetenv(bad)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e.strerror if isinstance(e, OSError) else e)
print(isinstance(os.environ, os._Environ), repr(os.environ).startswith("environ({"))
os.environ["HOME"] = "/home/someone"
print(os.path.expanduser("~/x"))
