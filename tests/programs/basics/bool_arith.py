# Bools as ints: arithmetic, comparisons, reprs and bool() conversions.
print(True, False, True + True, True * 10, False - 1, -True, ~True, ~False)
print(True == 1, False == 0, True is True, isinstance(True, int), type(True).__name__)
print(True & False, True | False, True ^ True, True & 3, 2 | True)
print(type(True & False).__name__, type(True & 3).__name__, type(True + False).__name__)
print(sum([True, True, False, True]), max(True, 0), 10 / True)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("a"), bool([]), bool([0]))
print(bool(None), bool(()), bool((None,)), bool({}), bool({0: 0}), bool(set()), bool(range(0)))
print(not True, not 0, not "x", not [], not not 5)
print(str(True), repr(False), int(True), float(True), f"{True}", f"{True:d}")
print(True > False, True >= 1, [True, False].count(1), {1: "int", True: "bool"})
print(divmod(True, True), True ** 5, True << 3, 5 >> True)
try:
    print(1 // False)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
