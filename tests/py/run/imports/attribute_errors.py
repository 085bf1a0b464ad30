# The messages of a missing module attribute and a failed `from m import name`, as CPython 3.14 words
# them: a file first on sys.path shadowing a standard library module or a library, a module still
# initializing (circular import), builtins (unknown location).
import os
import sys
import tempfile

root = tempfile.mkdtemp()
deeper = os.path.join(root, "deeper")
os.makedirs(deeper)
files = {
    os.path.join(root, "colorsys.py"): "import colorsys\ncolorsys.rgb_to_hsv\n",
    os.path.join(root, "sched.py"): "from sched import scheduler\n",
    os.path.join(root, "numpyish.py"): "import numpyish\nnumpyish.array\n",
    os.path.join(root, "numpyish2.py"): "from numpyish2 import array\n",
    os.path.join(deeper, "cyc_a.py"): "import cyc_b\nx = 1\n",
    os.path.join(deeper, "cyc_b.py"): "import cyc_a\ncyc_a.x\n",
    os.path.join(deeper, "cyc_c.py"): "import cyc_d\ny = 1\n",
    os.path.join(deeper, "cyc_d.py"): "from cyc_c import y\n",
    os.path.join(deeper, "plain_mod.py"): "z = 1\n",
}
for path, text in files.items():
    with open(path, "w") as f:
        f.write(text)
sys.path[0:0] = [root, deeper]


def show(stmt):
    try:
        exec(stmt, {})
    except (AttributeError, ImportError) as e:
        print(type(e).__name__ + ":", str(e).replace(root, "<tmp>"))


for mod in ("colorsys", "sched", "numpyish", "numpyish2", "cyc_a", "cyc_c"):
    show("import " + mod)
show("import plain_mod; plain_mod.nothing")
show("from plain_mod import nothing")
show("from sys import nothing")
show("import math; math.nothing")
