# Builtin classmethods bound to their class or an instance keep the owner in __qualname__.
for f in (dict.fromkeys, {}.fromkeys, int.from_bytes, bytes.fromhex, float.fromhex, str.maketrans):
    print(f.__name__, f.__qualname__, type(f).__name__)
print(dict.fromkeys("ab", 0), int.from_bytes(b"\x01\x00", "little"))
