from .core import value
from . import sub
NAME = "pkg"
