# Formatting numbers for display: currency, scientific, percentages, fixed-width tables, hex dumps, ordinals.
def money(v):
    sign = "-" if v < 0 else ""
    return f"{sign}${abs(v):,.2f}"


for v in (0, 5, 1234.5, -987654.321, 1e9, 0.005, 0.015):
    print(f"{v!r:>14} -> {money(v):>18}")


def ordinal(n):
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


print(", ".join(ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 112)))
print(f"{'n':>3} {'n^2':>6} {'2^n':>8} {'sqrt':>8} {'1/n':>10}")
for n in range(1, 8):
    print(f"{n:>3} {n * n:>6} {2 ** n:>8,} {n ** 0.5:>8.4f} {1 / n:>10.3e}")
data = bytes(range(40, 72))
for off in range(0, len(data), 16):
    chunk = data[off:off + 16]
    hexpart = " ".join(f"{b:02x}" for b in chunk)
    text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
    print(f"{off:08x}  {hexpart:<47}  |{text}|")


def human(nbytes):
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if abs(nbytes) < 1024 or unit == "TiB":
            return f"{nbytes:.1f} {unit}" if unit != "B" else f"{nbytes} {unit}"
        nbytes /= 1024


print([human(n) for n in (0, 512, 1024, 1536, 10 ** 6, 2 ** 30, 5 * 2 ** 40, 2 ** 50)])
print(f"{0.123456:.1%}", f"{1:.0%}", f"{-0.5:+.2%}", f"{2.5:%}")
print(f"{6.02214076e23:.4e}", f"{6.62607015e-34:.3E}", f"{299792458:,} m/s", f"{1.602e-19:g}")
