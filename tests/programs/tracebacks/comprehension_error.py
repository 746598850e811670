# Uncaught ZeroDivisionError raised from a function called inside a list comprehension frame.
def ratio(total, part):
    if part == 0:
        raise ZeroDivisionError("part must not be zero")
    print("ratio", total, part, "=", total // part)
    return total // part


def show_ratios(parts):
    print("computing ratios for", parts)
    [
        ratio(100, p)
        for p in parts
    ]


show_ratios([5, 2, 0, 1])
