# Setting a class's __annotate__ drops the annotations computed before (type_set_annotate), so a
# dataclass whose annotations were replaced reports only what is left; __annotate__ must be callable.
import annotationlib
from dataclasses import dataclass


class C:
    x: int


print(C.__annotations__)
C.__annotate__ = lambda format: {"y": str}
print(C.__annotations__, annotationlib.get_annotations(C))
try:
    C.__annotate__ = 5
except TypeError as e:
    print("TypeError:", e)
C.__annotate__ = None
print(C.__annotations__, C.__annotate__)
C.__annotations__ = {"z": float}
print(C.__annotations__, annotationlib.get_annotations(C))
try:
    int.__annotate__ = None
except TypeError as e:
    print("TypeError:", e)


@dataclass
class D:
    "doc"
    x: int


print(annotationlib.get_annotations(D.__init__))
D.__annotate__ = lambda _: {}
print(annotationlib.get_annotations(D.__init__))
print(annotationlib.get_annotations(D.__init__, format=annotationlib.Format.STRING))
