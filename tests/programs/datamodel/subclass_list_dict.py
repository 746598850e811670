# Subclassing list and dict: which overridden methods built-in operations do or do not call.
class LoudList(list):
    def append(self, x):
        print("append", x)
        super().append(x)

    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)

    def __len__(self):
        return super().__len__() + 100


ll = LoudList([1, 2])
ll.append(3)
ll.extend([4])
print(ll, len(ll), ll[0], ll[-1])
print(list(ll), sum(ll), sorted(ll, reverse=True))
print(ll + [5], type(ll + [5]).__name__, type(ll[:1]).__name__)
ll += [6]
print(type(ll).__name__, ll == [1, 2, 3, 4, 6], bool(LoudList()))


class TrackDict(dict):
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)

    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)


td = TrackDict(a=1)
td["b"] = 2
td.update(c=3)
td.setdefault("d", 4)
print(td["a"], td.get("b"), dict(td), sorted(td))
print(type(td.copy()).__name__, type(td | {}).__name__)


class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    @property
    def top(self):
        return self[-1] if self else None


s = Stack().push(1).push(2)
print(s, s.top, Stack().top, isinstance(s, list), type(s).__mro__[1].__name__)


class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self[name] = value


ad = AttrDict(x=1)
ad.y = 2
print(ad, ad.x, ad.y)
try:
    ad.z
except AttributeError as e:
    print(type(e).__name__, e)


class OrderedEq(dict):
    def __eq__(self, o):
        return list(self.items()) == list(o.items())

    __hash__ = None


print(OrderedEq(a=1, b=2) == {"b": 2, "a": 1}, {"b": 2, "a": 1} == OrderedEq(a=1, b=2))
