# Results too big for any machine fail at once with MemoryError, as CPython's
# allocations do, instead of filling memory.
import itertools

cases = [
    lambda: [0] * (10**12),
    lambda: "a" * (10**13),
    lambda: bytearray(10**13),
    lambda: (1,) * (10**12),
    lambda: list(range(10**12)),
    lambda: list(itertools.repeat(1, 10**12)),
    lambda: "%*d" % (10**12, 1),
    lambda: f"{1:{10**12}}",
    lambda: format(2.5, str(10**12)),
]
for make in cases:
    try:
        make()
        print("built")
    except MemoryError as e:
        print("MemoryError", repr(str(e)))
print(len(list(range(5))), list(itertools.repeat("x", 3)), "%*d|" % (4, 7), f"{3:5}|")
