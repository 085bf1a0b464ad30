# gc: the collector's interface (collect, enable/disable, thresholds, callbacks, debug flags, tracking)
import gc

print(type(gc.collect()).__name__, gc.collect(0) >= 0, gc.collect(generation=1) >= 0)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
old = gc.get_threshold()
gc.set_threshold(100)
print(gc.get_threshold()[0])
gc.set_threshold(*old)
print(gc.get_threshold() == old)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_STATS)
print(gc.get_debug())
gc.set_debug(0)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.garbage, type(gc.callbacks).__name__)
print(len(gc.get_count()), len(gc.get_stats()), sorted(gc.get_stats()[0]))
events = []
def cb(phase, info):
    events.append((phase, info["generation"], sorted(info)))
gc.callbacks.append(cb)
gc.collect(1)
gc.callbacks.remove(cb)
gc.collect()
print(events)
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(None), gc.is_tracked(1.5), gc.is_tracked(b"x"))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}), gc.is_tracked(gc))
class C: pass
print(gc.is_tracked(C()), gc.is_tracked(C), gc.is_finalized(C()))
print(gc.freeze(), gc.unfreeze(), gc.get_freeze_count())

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: gc.collect(3))
show(lambda: gc.collect(-1))
show(lambda: gc.collect("x"))
show(lambda: gc.set_threshold())
show(lambda: gc.set_threshold(1, 2, 3, 4))
show(lambda: gc.set_debug())
show(lambda: gc.isenabled(1))
show(lambda: gc.is_tracked())
