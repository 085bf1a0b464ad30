import _pkg_rel.core as c
print(c.__name__, c.__spec__.name, c.__file__.split("/")[-1], type(c).__name__, c.__doc__)
import sys
print(sys.__name__, type(sys).__name__, __doc__, __spec__ is None, __package__)
