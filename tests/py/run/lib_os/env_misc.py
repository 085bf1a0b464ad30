import os

os.environ["PYPYTS_PATHVAR"] = "/a:/b"
os.environ["PYPYTS_NAME"] = "value"
print(os.path.expandvars("$PYPYTS_NAME/${PYPYTS_NAME}/$NOT_SET_PYPYTS"))
print(os.get_exec_path({"PATH": "/x:/y"}), os.get_exec_path({}) == os.defpath.split(os.pathsep))
print(os.getenvb(b"PYPYTS_NAME"), os.getenvb(b"PYPYTS_NOPE", b"d"))
print(sorted(k for k in os.environb if k.startswith(b"PYPYTS_")))
print(os.environ.get("PYPYTS_PATHVAR").split(os.pathsep))
env = dict(os.environ)
print(env["PYPYTS_NAME"], type(env).__name__)
os.environ.clear() if False else None
del os.environ["PYPYTS_PATHVAR"], os.environ["PYPYTS_NAME"]
print("PYPYTS_NAME" in os.environ, os.environ.get("PYPYTS_NAME", "gone"))
os.environ["PYPYTS_UNI"] = "\u00e9\u4e2d"
print(ascii(os.environ["PYPYTS_UNI"]), os.environb[b"PYPYTS_UNI"])
del os.environ["PYPYTS_UNI"]
print(os.supports_bytes_environ, os.extsep, os.defpath)
