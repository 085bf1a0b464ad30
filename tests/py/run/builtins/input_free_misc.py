print(isinstance(print, type(len)), len.__name__, len.__qualname__, print.__module__, abs.__doc__ is not None)
