# bool as an int subclass: arithmetic, repr, bitwise results, hashing as dict keys, conversions.
print(True + True, True - False, True * 10, True / 2, True // 1, -True, ~True, ~False)
print(True & False, True | False, True ^ True, False ^ True, type(True & False).__name__, type(True + 0).__name__)
print(True & 1, type(True & 1).__name__, True << 3, 5 * False)
print(repr(True), str(False), int(True), float(False), complex(True))
print(True == 1, False == 0, True == 1.0, isinstance(True, int), isinstance(1, bool))
print(sum([True, True, False, True]), max(True, 2), min(False, -1), abs(True), divmod(True, True))
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("False"), bool([0]))
d = {1: "one", True: "true", 0: "zero", False: "false"}
print(d)
print({True, 1, 1.0}, {False, 0, 0.0, -0.0})
print(True.real, True.imag, True.numerator, True.denominator, (True).bit_length())
print(bool.__name__, bool.__base__.__name__, bool.__mro__[-1].__name__)
print(f"{True}", f"{True:d}", f"{True:>6}", "%d %s %r" % (True, True, False), format(False, "^7"))
print([True] * 3, "ab" * True, (1, 2)[True], [10, 20][False])
print(not True, not 0, not "", True and 5, False or "x", 0 and 1 / 0, 1 or 1 / 0)
print(1 < True + 1 < 3, True > False, sorted([True, False, 1, 0, 2]))
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(str(True).lower(), True.__and__(False), True.__or__(2), True.__xor__(1))
print(bool("0"), bool(" "), bool(None), bool(range(0)), bool(0j), bool(-0.0))
print(True ** 10, 2 ** True, False ** False, pow(True, -1))
