class C: pass
C.__name__ = "Renamed"
print(C.__name__, C.__qualname__)
C.__qualname__ = "X.Y"
print(C.__qualname__, repr(C).endswith("X.Y'>"))
print(int.__name__, type.__name__, object.__qualname__)
