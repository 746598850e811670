# Formatting complex numbers, bools, big ints and negative zero with various specs.
z = 3 - 4j
print(f"{z}", f"{z:}", f"{z:.2f}", f"{z:>20}|", f"{z:+.1e}", f"{z:g}", f"{z:*^24.3f}")
print(f"{1j:.1f}", f"{-0j}", f"{complex(0, -0.0)}", f"{complex(1e20, 1e-20):g}", f"{1 + 2j:10}|")
for bad in ("d", "%", "=10", "010"):
    try:
        print(format(z, bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print(f"{True:5}|", f"{False:<5}|", f"{True:x}", f"{True:.2f}", f"{False:%}", f"{True:e}")
big = 3 ** 100
print(f"{big}", f"{big:,}", f"{big:.3e}", f"{big:_x}", f"{-big:>60}")
print(f"{-0.0}", f"{-0.0:.0f}", f"{-0.0:+}", f"{0.0:+}", f"{-1e-10:.2f}")
print(f"{-0.0:z.2f}", f"{-0.001:z.1f}", f"{0.001:z.1f}", f"{-1.5:z.0f}")
print(format(2 ** 64, "b")[:8], len(format(2 ** 64, "b")), format(-(2 ** 64), "#x").upper())
print(f"{12.0:.0f}", f"{12.5:.0f}", f"{13.5:.0f}", f"{-12.5:.0f}", f"{0.05:.1f}", f"{0.15:.1f}", f"{0.25:.1f}")
