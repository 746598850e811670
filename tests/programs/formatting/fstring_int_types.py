# Integer presentation types b c d o x X n and the # alternate form, with widths and negatives.
for n in (0, 5, 65, 255, -255, 4096):
    print(f"{n:b}|{n:#b}|{n:o}|{n:#o}|{n:x}|{n:#x}|{n:X}|{n:#X}|{n:d}|{n:n}")
print(f"{65:c}{66:c}{0x263A:c}{0x1F600:c}", f"[{97:>4c}]", f"{True:c}" == "\x01")
print(f"{255:#010x}", f"{255:#010b}", f"{-255:#010x}", f"{5:#>8b}", f"{5:#<8o}|", f"{42:#^9X}")
for spec in ("c", "x", "b"):
    for val in (-1, 1.5, "a"):
        try:
            print(spec, repr(val), format(val, spec))
        except (ValueError, TypeError, OverflowError) as e:
            print(spec, repr(val), type(e).__name__, e)
try:
    format(0x110000, "c")
except OverflowError as e:
    print(type(e).__name__, e)
print(f"{2 ** 100:x}", f"{-(2 ** 70):o}", f"{True:d}{False:b}", f"{7:08d}", f"{-7:8d}|")
