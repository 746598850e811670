# Set displays iterate in CPython's order: the frozenset constant of a literal
# is merged whole into the new set, as set.update does.
print({'\u0100', '\u0101', 'a', '\u0102', '\xe9', '\U0001f600'})
print({1, 2, 3, 'x', 'y', 'z', 10**20, 2.5})
print({*'hello', *range(20, 0, -3)}, {*{1, 2}, 3})
print(set('abracadabra') | {'q'})
