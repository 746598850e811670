# An IntFlag made with _simple_enum and exported with global_enum (as re
# does for its flags): module-qualified reprs, hex for unknown bits.
from enumpkg import flagmod
from enumpkg.flagmod import I, M, S, RegexFlag

print(repr(I), str(I), repr(I | M), repr(I | 1024), I | M, int(S), flagmod.NOFLAG, repr(RegexFlag(0)))
print(RegexFlag.__members__.keys(), list(RegexFlag), flagmod.A, RegexFlag.ASCII is flagmod.A, repr(~I))
print(RegexFlag, type(I), I.value, I.name, (I | M).name, format(M), f"{flagmod.X | I}")
print(I & M, I in (I | M), RegexFlag(2) is I, RegexFlag['DOTALL'], hash(I) == hash(2), I == 2)
