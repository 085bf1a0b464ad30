# platform parses sys.version (platform._sys_version): python_implementation(), python_build(),
# python_compiler() and friends must not raise on this interpreter's sys.version.
import platform
import sys

print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
print(platform.python_version_tuple()[:2])
print(type(platform.python_implementation()).__name__, type(platform.python_compiler()).__name__)
build = platform.python_build()
print(type(build).__name__, len(build), type(platform.python_branch()).__name__)
print(platform.system() in ("Linux", "Emscripten"), isinstance(platform.platform(), str))
