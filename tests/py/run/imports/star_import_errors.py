# `from m import *`: a non-str name in __all__ or in the module's __dict__ is a TypeError naming the
# module, names before it are bound; a missing name in __all__ is the module's AttributeError; a non-str
# in an explicit from-list is refused too.
import os
import sys
import tempfile

root = tempfile.mkdtemp()
sys.path.insert(0, root)
sources = {
    "star_all_bytes": "a = 1\n__all__ = ['a', b'invalid_type']\n",
    "star_dict_bytes": "c = 3\nglobals()[b'invalid_type'] = object()\n",
    "star_all_missing": "__all__ = ['present', 'absent']\npresent = 1\n",
    "star_plain": "x = 1\n_hidden = 2\n__all_not__ = 3\n",
}
for name, text in sources.items():
    with open(os.path.join(root, name + ".py"), "w") as f:
        f.write(text)

for name in sources:
    g = {}
    try:
        exec(f"from {name} import *", g)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
    print(name, sorted(k for k in g if k != "__builtins__"))

try:
    __import__("json", fromlist=[b"x"])
except TypeError as e:
    print("TypeError:", e)
