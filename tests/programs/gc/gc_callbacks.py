# gc.callbacks are called with "start" and "stop" and an info dict.
import gc

events = []


def cb(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))


gc.collect()
gc.callbacks.append(cb)
l = []; l.append(l); del l
gc.collect()
gc.collect(0)
gc.callbacks.remove(cb)
gc.collect()
for e in events:
    print(e)
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
gc.set_debug(gc.DEBUG_SAVEALL)
l = []; l.append(l); del l
print(gc.collect(), len(gc.garbage), gc.garbage[0][0] is gc.garbage[0])
gc.set_debug(0)
gc.garbage.clear()
print(gc.get_debug())
