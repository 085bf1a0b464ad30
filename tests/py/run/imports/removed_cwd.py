# oracle: python3
# A program whose working folder is removed while it runs (sys.path[0] is "" under -c): imports skip the
# missing folder instead of failing, and a missing attribute of a module is the plain AttributeError.
import os
import subprocess
import sys
import tempfile

top = tempfile.mkdtemp()
sub = os.path.join(top, "sub")
os.mkdir(sub)
with open(os.path.join(sub, "main.py"), "w") as f:
    f.write(
        "import os, shutil, sys\n"
        "print(sys.path[0] == '')\n"
        "shutil.rmtree(os.getcwd())\n"
        "try:\n"
        "    import no_such_module_xyz\n"
        "except ImportError as e:\n"
        "    print('ImportError', e.name)\n"
        "import textwrap, json\n"
        "print(textwrap.shorten('still importing after the folder went away', 20), json.dumps([1]))\n"
        "os.does_not_exist\n"
    )
r = subprocess.run([sys.executable, "-c", "import main"], cwd=sub, capture_output=True, text=True)
print(r.returncode)
print(r.stdout, end="")
print(r.stderr.strip().splitlines()[-1])
