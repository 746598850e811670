# A bad slice bound is reported at the subscript, with its carets.


def middle(seq, lo, hi):
    return seq[lo:hi]


print(middle([1, 2, 3, 4], 1, 3), middle("abcd", 1, None))
print(middle((1, 2, 3), "1", 2))
