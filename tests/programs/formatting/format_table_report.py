# A formatted text report: aligned columns, totals, percentages, thousands separators and truncation.
rows = [
    ("Widget", 1200, 3.5),
    ("Gadget with a very long name", 45, 129.99),
    ("Doohickey", 0, 0.5),
    ("Thingamajig", 98765, 0.015),
]
header = f"{'Item':<16} {'Qty':>8} {'Price':>10} {'Total':>14} {'Share':>7}"
print(header)
print("-" * len(header))
grand = sum(q * p for _, q, p in rows)
for name, qty, price in rows:
    total = qty * price
    short = name if len(name) <= 16 else name[:13] + "..."
    print(f"{short:<16} {qty:>8,} {price:>10.2f} {total:>14,.2f} {total / grand:>7.1%}")
print("=" * len(header))
print(f"{'TOTAL':<16} {sum(q for _, q, _ in rows):>8,} {'':>10} {grand:>14,.2f} {1:>7.0%}")
print()
print("{:^40}".format(" Summary "))
print("{:*^40}".format(" Summary "))
stats = {"min": min(p for *_, p in rows), "max": max(p for *_, p in rows), "mean": sum(p for *_, p in rows) / len(rows)}
for k, v in stats.items():
    print("{:.<20}{:.>20.4f}".format(k, v))
print("%-10s|%10s|" % ("left", "right"))
for i in range(1, 4):
    print("%3d. %-8s %6.2f%%" % (i, "row" * i, 100 / (i + 2)))
cells = [[1, 22, 333], [4444, 5, 66]]
widths = [max(len(str(r[c])) for r in cells) for c in range(3)]
for r in cells:
    print(" | ".join(f"{v:>{w}}" for v, w in zip(r, widths)))
