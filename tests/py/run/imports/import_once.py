import sys
import _counter_mod
import _counter_mod as again
from _counter_mod import bump
print(_counter_mod.bump(), again.bump(), bump(), _counter_mod.count, again is _counter_mod, sys.modules["_counter_mod"] is again)
del sys.modules["_counter_mod"]
import _counter_mod as fresh
print(fresh.count, fresh is again)
