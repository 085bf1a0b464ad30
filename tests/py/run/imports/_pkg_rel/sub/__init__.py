from ..core import describe
from .leaf import LEAF
