# sys._git is a 3-tuple of str (implementation, tag, revision); test.test_platform saves it in setUp.
import platform
import sys

print(type(sys._git).__name__, len(sys._git), [type(x).__name__ for x in sys._git])
print(type(platform.python_branch()).__name__, type(platform.python_revision()).__name__)
