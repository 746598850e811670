# Int format specs at the edges of i64 and with every flag, for small ints
# and big ones alike.

values = [0, 1, -1, 255, -255, 9223372036854775807, -9223372036854775808,
          9223372036854775808, -(2**70), True, False]
specs = ["d", "x", "X", "o", "b", "n", "#x", "#X", "#o", "#b", "+d", " d", "-d",
         "08d", "+08x", "#010b", "_x", "_b", ",d", "_d", ">12", "<12", "^12",
         "=+12", "*^15,", "012,", "#_o", "c", "e", ".2f", "%", "g"]
for v in values:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(v, row)
for bad in [".2d", "zd", "+c", "#c", ",x", ",n", "_n"]:
    try:
        print(format(5, bad))
    except ValueError as e:
        print(bad, "->", e)
print(f"{-42:#010x}|{42:_}|{-1234567:,}|{7:=+5}|{True:>4}|{300:c}")
