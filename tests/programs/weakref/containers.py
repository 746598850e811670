# WeakValueDictionary, WeakKeyDictionary, WeakSet drop entries whose object died.
import weakref


class Thing:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Thing({self.name})"


things = [Thing(i) for i in range(5)]
wvd = weakref.WeakValueDictionary()
for t in things:
    wvd[t.name] = t
print(len(wvd), sorted(wvd.keys()), 3 in wvd)
del t
things.pop()
things.pop(0)
print(len(wvd), sorted(wvd.keys()), 4 in wvd, wvd.get(4, "gone"))
print(sorted(k for k, v in wvd.items()), [v for k, v in sorted(wvd.items())])
try:
    wvd[0]
except KeyError as e:
    print("KeyError", e)
print(wvd.pop(1), len(wvd), wvd.setdefault(9, things[0]) is things[0])
wkd = weakref.WeakKeyDictionary()
for t in things:
    wkd[t] = t.name * 10
del t
print(len(wkd), sorted(wkd.values()))
gone = things.pop()
del gone
print(len(wkd), sorted(wkd.values()), things[0] in wkd)
ws = weakref.WeakSet(things)
print(len(ws), things[0] in ws)
ws.add(Thing("temp"))
print(len(ws))
things.clear()
print(len(ws), list(ws))
