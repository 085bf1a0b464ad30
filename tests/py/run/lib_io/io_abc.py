import io
import _io

print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(io.UnsupportedOperation.__module__, io.UnsupportedOperation.__mro__[1:3])
print(io.BlockingIOError is BlockingIOError, io.open is _io.open)
for cls in [io.StringIO, io.BytesIO, io.FileIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom,
            io.BufferedRWPair, io.TextIOWrapper, io.IncrementalNewlineDecoder]:
    print(cls.__name__, cls.__module__, [b.__name__ for b in cls.__mro__])
print(isinstance(io.StringIO(), io.IOBase), isinstance(io.StringIO(), io.TextIOBase),
      isinstance(io.StringIO(), io.BufferedIOBase))
print(isinstance(io.BytesIO(), io.IOBase), isinstance(io.BytesIO(), io.BufferedIOBase),
      isinstance(io.BytesIO(), io.RawIOBase))
print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BufferedReader, io.BufferedIOBase),
      issubclass(io.TextIOWrapper, io.TextIOBase), issubclass(io.TextIOWrapper, io.IOBase))
print([c.__name__ for c in io.RawIOBase.__mro__])
print(io.text_encoding(None), io.text_encoding("utf-8"))
print(sorted(n for n in dir(_io) if not n.startswith("__")))
print(io.IOBase.__doc__ is _io._IOBase.__doc__)
print(io.StringIO().readlines.__name__, type(io.StringIO.write).__name__)
print(_io._IOBase().closed, _io._IOBase().readable(), _io._TextIOBase().encoding)
