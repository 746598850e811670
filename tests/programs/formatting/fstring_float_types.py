# Float presentation types e E f F g G % and none, precision, special values, and rounding behaviour.
vals = [0.0, 1.0, -1.5, 3.14159265, 123456.789, 1e-5, 1e16, 1.5e300, 0.000123456]
for v in vals:
    print(f"{v:e}|{v:.2E}|{v:f}|{v:.1F}|{v:g}|{v:.3G}|{v:.1%}|{v}|{v:.3}")
for v in (float("inf"), float("-inf"), float("nan")):
    print(f"{v:e}|{v:E}|{v:f}|{v:F}|{v:g}|{v:G}|{v:%}|{v:+}|{v:08.2f}")
print(f"{0.5:.0f} {1.5:.0f} {2.5:.0f} {2.675:.2f} {1.005:.2f} {0.125:.2f} {0.375:.2f}")
print(f"{1e15:g} {1e16:g} {1.23456789e-4:g} {1.23456789e-5:g} {100000.0:g} {1000000.0:g}")
print(f"{1.0:.0e} {12345:.2e} {12345:e} {0:e} {-0.0:g} {-0.0:f}")
print(f"{123.456:#.0f} {1.0:#g} {1.5:#.3g} {100:#.2g}")
print(f"{1/3:.20f}", f"{2/3:.17g}", f"{0.1:.25f}", f"{1e-7:.10f}")
print(f"{3:f}", f"{3:e}", f"{3:%}", f"{3:g}", f"{True:.2f}", f"{2 ** 60:.3e}")
print(f"{1.1:.1}", f"{11.0:.1}", f"{0.000011:.2}", f"{12345.678:.4}", f"{1e100:.3}")
