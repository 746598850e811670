# f-string fill and alignment: < > ^ = with custom fill characters, widths, and mixed types.
for v in ("ab", 42, -3.5, True, None):
    print(f"[{v!s:<8}] [{v!s:>8}] [{v!s:^8}] [{v!s:*^9}] [{v!s:.<6}]")
for n in (42, -42, 0):
    print(f"[{n:<6}] [{n:>6}] [{n:^6}] [{n:=6}] [{n:0=6}] [{n:x=+7}] [{n:_^7}]")
print(f"[{'é':^5}] [{'日本':-^6}] [{'x':🙂>3}] [{'':*^4}] [{'long text':^3}]")
w = 10
fill = "#"
print(f"[{'dyn':{fill}^{w}}] [{3.14159:{w}.{2}f}] [{'x':>{w - 5}}]")
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|")
print(f"{1:>3}{2:>3}{3:>3}\n{10:>3}{20:>3}{30:>3}")
print(f"[{-1.5:=10.2f}] [{1.5:+=10.2f}] [{-7:010}] [{7:+010}] [{-0.0:08.2f}]")
print(f"[{12345:^3}] [{'abc':<0}] [{3:<1}]")
