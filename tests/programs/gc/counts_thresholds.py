# get_count / thresholds / enable / disable / get_stats / is_tracked / referents.
import gc

print(gc.get_threshold())
gc.collect()
print(gc.get_count())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
garbage = []
for i in range(2000):
    x = []
    x.append(x)
    del x
print("count grows while disabled:", gc.get_count()[0] > 700)
gc.enable()
print(gc.isenabled())
before = gc.get_stats()[2]["collections"]
print(gc.collect() >= 2000)
after = gc.get_stats()[2]
print(after["collections"] - before, sorted(after))
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}),
      gc.is_tracked({"a": []}), gc.is_tracked(()), gc.is_tracked(([],)))


class A:
    pass


print(gc.is_tracked(A()), gc.is_tracked(A))
print(gc.get_referents([1, "x", (2,)]))
print(gc.get_referents({"k": 1}))
x = []
holder = [x]
print(sorted(type(r).__name__ for r in gc.get_referrers(x)))
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError", e)
print(gc.DEBUG_SAVEALL, gc.DEBUG_LEAK, gc.DEBUG_STATS)
