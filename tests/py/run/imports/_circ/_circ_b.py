# helper for circular_from_import.py
from _circ_a import VALUE  # noqa: F401
