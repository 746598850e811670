# Complex powers (and negative floats to fractional powers): an infinite
# part is OverflowError("complex exponentiation"), nan parts are not.
cases = [(complex(float('inf'), 0), 2), (complex(float('inf'), 0), 0.5), (complex(1, 0), float('inf')),
         (complex(2, 0), 1e10), (complex(0.5, 0), -1e10), (complex(10, 10), 400), (complex(10, 10), 300.5),
         (-0.72, -313791.85), (-8.0, 1 / 3), (complex(2, 3), 2), (1 + 1j, 0.5), (complex(1e200, 1e200), 2),
         (0j, 0), (2j, -1), (complex(3, 4), complex(0.5, 0.25))]
for a, b in cases:
    try:
        print(a ** b)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(e)
