# oracle: python3
# What site does at start-up, seen from a child interpreter: the user site-packages folder (under
# PYTHONUSERBASE) joins sys.path after the standard library, its .pth files add folders (missing ones
# skipped) and run `import` lines, a failing line is reported with the rest of the file ignored, then
# sitecustomize and usercustomize are imported. -s leaves the user folder out, -S all of it.
import os
import subprocess
import sys
import sysconfig
import tempfile

base = tempfile.mkdtemp()
user_site = sysconfig.get_path("purelib", "posix_user", vars={"userbase": base})
os.makedirs(user_site)
extra = os.path.join(base, "extra")
os.makedirs(os.path.join(extra, "pkg_from_pth"))
with open(os.path.join(extra, "pkg_from_pth", "__init__.py"), "w") as f:
    f.write("VALUE = 'from a .pth folder'\n")
with open(os.path.join(user_site, "a_paths.pth"), "w") as f:
    f.write("# a comment\n\n" + extra + "\n" + os.path.join(base, "missing") + "\n")
with open(os.path.join(user_site, "b_import.pth"), "w") as f:
    f.write("import sys; sys.pth_ran = getattr(sys, 'pth_ran', 0) + 1\n")
with open(os.path.join(user_site, "c_broken.pth"), "w") as f:
    f.write("import no_such_module_xyz\n" + os.path.join(base, "never") + "\n")
with open(os.path.join(user_site, "sitecustomize.py"), "w") as f:
    f.write("import sys; sys.sitecustomized = True\n")
with open(os.path.join(user_site, "usercustomize.py"), "w") as f:
    f.write("import sys; sys.usercustomized = True\n")
with open(os.path.join(user_site, "mod_in_site.py"), "w") as f:
    f.write("WHERE = 'user site'\n")

probe = """
import sys
base = sys.argv[1]
rel = [p.replace(base, '<base>') for p in sys.path if p.startswith(base)]
print('folders', [p.split('/')[-1] if 'site-packages' not in p else 'user-site' for p in rel])
print('ran', getattr(sys, 'pth_ran', 0))
print('customized', getattr(sys, 'sitecustomized', False), getattr(sys, 'usercustomized', False))
try:
    import pkg_from_pth, mod_in_site
    print(pkg_from_pth.VALUE, '/', mod_in_site.WHERE)
except ImportError as e:
    print('ImportError', e.name)
"""
env = dict(os.environ, PYTHONUSERBASE=base)
env.pop("PYTHONNOUSERSITE", None)
for flags in ([], ["-s"], ["-S"]):
    r = subprocess.run([sys.executable, *flags, "-c", probe, base], env=env, capture_output=True, text=True)
    print(flags, r.returncode)
    print(r.stdout, end="")
    err = [line.replace(user_site, "<user site>") for line in r.stderr.splitlines()]
    print("stderr:", [line for line in err if "Error processing" in line or "Remainder" in line or "ModuleNotFound" in line])
