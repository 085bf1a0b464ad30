print(bytes.__name__, bytearray.__name__, memoryview.__name__, range.__name__, slice.__name__, type(NotImplemented).__name__, type(...).__name__)
print(NotImplemented, Ellipsis, repr(None), bool(NotImplemented) if False else "skip")
