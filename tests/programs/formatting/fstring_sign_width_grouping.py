# Format spec sign (+ - space), zero padding, width, grouping with , and _ for ints and floats.
for n in (0, 7, -7, 1234567, -1234567, 2 ** 40):
    print(f"{n:+} {n:-} {n: } {n:,} {n:_} {n:+012,} {n:012_} {n:>+14,}")
for x in (0.0, -0.0, 3.5, -1234.5678, 1e10, 123456789.123):
    print(f"{x:+.2f} {x: .1f} {x:,.3f} {x:_.1f} {x:015,.2f} {x:+015.2f}")
print(f"{1234567:_x} {0xFFFFFFF:_X} {255:_b} {2 ** 20:_o} {123456:,d}")
print(f"{1e100:,.0f}"[:20], f"{-1:03}", f"{1:03}", f"{-123:03}", f"{12:0>5}", f"{12:0<5}")
for bad in (",x", ",b", "_s", ",,", "+s", "=s"):
    try:
        print(format(255 if "s" not in bad else "s", bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(f"{10**20:,}", f"{-10**20:_}", f"{1234.5:,}", f"{1234.5:_}", f"{0.5:,}")
