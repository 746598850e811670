# NotImplemented handling: identity fallback for ==, reflected attempts order, mixed-type comparisons.
class A:
    def __eq__(self, o):
        print("A.__eq__")
        return NotImplemented

    def __lt__(self, o):
        print("A.__lt__")
        return NotImplemented


class B:
    def __eq__(self, o):
        print("B.__eq__")
        return NotImplemented

    def __gt__(self, o):
        print("B.__gt__")
        return "B says greater"


a, b = A(), B()
print(a == b)
print(a == a)
print(a != b)
print(a < b)
try:
    print(b < a)
except TypeError as e:
    print(type(e).__name__, e)


class Only:
    def __add__(self, o):
        return NotImplemented

    def __mul__(self, o):
        return NotImplemented


for op in ("Only() + 1", "1 + Only()", "Only() * 'ab'", "'ab' * Only()", "[1] * Only()"):
    try:
        print(eval(op))
    except TypeError as e:
        print(type(e).__name__, e)
print(1 == 1.0, 1 == "1", (1).__eq__("1"), "1".__eq__(1), (1).__add__(1.0))
print((2).__lt__(3.5), (2.0).__radd__(1), [].__eq__(()))
print(type(NotImplemented).__name__)
try:
    1 < "2"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None > None
except TypeError as e:
    print(type(e).__name__, e)
print(None == None, None != 0, [] == (), {} == [], 1 == True, 0.0 == False)
print({1, 2} == frozenset({1, 2}), [1, 2] != [1, 2.0], (1, "a") == (1, "a"))
