# property with getter, setter, deleter; read-only property errors; property() call form.
class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        print("get celsius")
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("set celsius", value)
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("del celsius")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature(25)
print(t.celsius)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
p = Temperature.__dict__["celsius"]
print(type(p).__name__, p.fget.__name__, p.fset is not None, p.fdel is not None)
print(Temperature.fahrenheit.fset)


class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def _area(self):
        return self.w * self.h

    def _set_area(self, a):
        self.w = a / self.h

    area = property(_area, _set_area, None, "the area")


r = Rect(2, 3)
print(r.area, Rect.area.__doc__)
r.area = 12
print(r.w, r.area)


class Sub(Rect):
    @property
    def area(self):
        return "overridden " + str(super().area)


print(Sub(1, 5).area)
t.__dict__["celsius"] = "shadow?"
t._c = 7
print(t.celsius)
