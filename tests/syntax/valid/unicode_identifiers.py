# Non-ASCII identifiers, some of which NFKC-normalize to other spellings.
café = 1
été = 2
日本語 = 3
Δελτα = 4
привет = 5
שלום = 6
_ça = 7
x·y = 8
# NFKC normalizes all of these; each line names the ASCII/NFC result.
ﬁle = 10          # U+FB01 LATIN SMALL LIGATURE FI -> fi
ℌello = 11        # U+210C BLACK-LETTER CAPITAL H -> H
𝐱 = 12        # U+1D431 MATHEMATICAL BOLD SMALL X -> x
ｘｙ = 13      # FULLWIDTH x y -> xy
ª = 14            # U+00AA FEMININE ORDINAL INDICATOR -> a
µ = 15            # U+00B5 MICRO SIGN -> U+03BC GREEK SMALL LETTER MU
Å = 16            # U+212B ANGSTROM SIGN -> U+00C5
ſum = 17          # U+017F LATIN SMALL LETTER LONG S -> s
café = 18        # e + COMBINING ACUTE -> U+00E9 (same name as line 2)
xᵢ = 19           # U+1D62 LATIN SUBSCRIPT SMALL LETTER I -> i
Ⅰ = 20            # U+2160 ROMAN NUMERAL ONE -> I
print(cafe, été, file, Hello, x, xy, a, μ, Å, sum, xi, I)


def fünktion(ärg, *, schüssel=µ):
    return ärg


class Klaß:
    āttr = 1


obj = Klaß()
obj.āttr
obj.ﬁeld = 2      # attribute names are normalized too
from os import path as päth
