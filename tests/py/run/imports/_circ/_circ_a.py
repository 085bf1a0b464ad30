# helper for circular_from_import.py: imports _circ_b while _circ_a is still initialising
import _circ_b  # noqa: F401

VALUE = 1
