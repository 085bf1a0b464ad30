# Builds TZif files (RFC 8536) in memory for the zoneinfo cases: the oracle has no time zone database,
# so every zone a case reads by key or from a file is made here.
import struct
from datetime import datetime, timezone


def utc(*args):
    """Seconds since the epoch of a UTC wall time."""
    return int(datetime(*args, tzinfo=timezone.utc).timestamp())


def tzif(transitions, types, footer=b"", version=2):
    """transitions: [(utc_seconds, type_index)], types: [(utc_offset, isdst, abbreviation)]."""
    abbrs = b""
    where = {}
    for _, _, name in types:
        if name not in where:
            where[name] = len(abbrs)
            abbrs += name.encode("ascii") + b"\x00"
    ver = b"\x00" if version == 1 else str(version).encode()

    def block(trans, time_format):
        out = b"TZif" + ver + b" " * 15
        out += struct.pack(">6l", 0, 0, 0, len(trans), len(types), len(abbrs))
        out += struct.pack(">%d%s" % (len(trans), time_format), *[t for t, _ in trans])
        out += bytes(i for _, i in trans)
        for offset, isdst, name in types:
            out += struct.pack(">lbb", offset, isdst, where[name])
        return out + abbrs

    small = [(t, i) for t, i in transitions if -2**31 <= t < 2**31]
    data = block(small, "l")
    if version >= 2:
        data += block(transitions, "q") + b"\n" + footer + b"\n"
    return data


def footer_only(tz_string, version=3):
    """A file with no transitions: everything comes from the POSIX TZ string."""
    return tzif([], [(0, 0, "UTC")], tz_string.encode("ascii"), version)
