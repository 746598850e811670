# Subclassing int and str: overridden methods, __new__ for immutables, result types of operations.
class Celsius(float):
    def __new__(cls, v):
        if v < -273.15:
            raise ValueError("too cold")
        return super().__new__(cls, v)

    def __repr__(self):
        return f"{float(self)}°C"


c = Celsius(21.5)
print(c, repr(c), c + 1, type(c + 1).__name__, isinstance(c, float))
try:
    Celsius(-300)
except ValueError as e:
    print(type(e).__name__, e)


class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)

    def __add__(self, o):
        return Even(int(self) + int(o))

    def __str__(self):
        return f"Even({int(self)})"


e = Even(7)
print(e, int(e), e + 3, type(e + 3).__name__, type(3 + e).__name__, e * 2, type(e * 2).__name__)
print(e == 6, hash(e) == hash(6), {6: "six"}[e], [10, 20, 30, 40, 50, 60, 70][e])
print(f"{e}", f"{e:d}", "%d" % e, str(e), repr(e))


class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())

    def shout(self):
        return self + "!"

    def __len__(self):
        return 1000


u = Upper("hello")
print(u, u.shout(), type(u.shout()).__name__, len(u), u.lower(), type(u.lower()).__name__)
print(u == "HELLO", u[1:3], type(u[1:3]).__name__, "ELL" in u, u.startswith("HE"))
print(repr(u), f"{u:>8}|", type(str(u)).__name__)


class Tagged(str):
    pass


t = Tagged("x")
t.tag = "attr on str subclass"
print(t, t.tag, t * 3, type(t * 3).__name__)
try:
    "x".tag = 1
except AttributeError as e:
    print(type(e).__name__, e)


class MyBool(int):
    pass


print(MyBool(5) + MyBool(6), type(MyBool(5) + MyBool(6)).__name__, MyBool("ff", 16))
try:
    class B2(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
