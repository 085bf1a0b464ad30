for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnicodeDecodeError, RecursionError,
            NotImplementedError, StopAsyncIteration, ModuleNotFoundError, UnboundLocalError, TabError, BrokenPipeError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
print(issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, BaseException))
