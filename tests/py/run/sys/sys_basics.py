import sys
print(sys.version_info >= (3, 14), sys.version_info[0], sys.version_info.major, type(sys.version_info).__name__)
print(sys.maxsize == 2 ** sys.maxsize.bit_length() - 1, -sys.maxsize - 1 < 0, sys.byteorder, sys.argv[0].split("/")[-1], len(sys.argv))
print(isinstance(sys.path, list), sys.path[0].split("/")[-1], type(sys.modules).__name__, sys.version.startswith("3.14"))
print(type(sys.float_info.max).__name__, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.maxunicode)
print(sys.hexversion >= 0x030E0000, sys.implementation.version[:2] >= (3, 14) if hasattr(sys.implementation, "version") else True)
