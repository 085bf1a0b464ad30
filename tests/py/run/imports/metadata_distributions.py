# importlib.metadata finds distributions through sys.meta_path's PathFinder.find_distributions (CPython's
# hands it to MetadataPathFinder); importlib.invalidate_caches() asks the path entry finders to invalidate
# theirs and drops relative-path entries from sys.path_importer_cache.
import os, sys, tempfile, importlib, importlib.metadata as md
tmp = tempfile.mkdtemp()
d = os.path.join(tmp, "demo_pkg-1.2.3.dist-info"); os.makedirs(d)
with open(os.path.join(d, "METADATA"), "w") as f:
    f.write("Metadata-Version: 2.1\nName: demo-pkg\nVersion: 1.2.3\nSummary: A demo\nRequires-Dist: requests>=2\n")
with open(os.path.join(d, "entry_points.txt"), "w") as f:
    f.write("[console_scripts]\ndemo = demo_pkg.cli:main\n")
with open(os.path.join(d, "top_level.txt"), "w") as f:
    f.write("demo_pkg\n")
sys.path.insert(0, tmp)
print(md.version("demo-pkg"), md.version("demo_pkg"))
dist = md.distribution("demo-pkg")
print(dist.metadata["Summary"], dist.requires)
print([ep.name for ep in md.entry_points(group="console_scripts") if ep.value.startswith("demo_pkg")])
print(md.packages_distributions().get("demo_pkg"))
try:
    md.version("no-such-dist-xyz")
except md.PackageNotFoundError as e:
    print("PackageNotFoundError", e)
class Hook:
    called = False
    def invalidate_caches(self): Hook.called = True
sys.path_importer_cache["/abs/fake"] = Hook()
sys.path_importer_cache["rel/fake"] = Hook()
importlib.invalidate_caches()
print(Hook.called, "rel/fake" in sys.path_importer_cache, "/abs/fake" in sys.path_importer_cache)
