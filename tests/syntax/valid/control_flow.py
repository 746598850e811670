# if / elif / else, while / else, for / else, break, continue, pass.
x = 5
d = [0]
if x:
    pass
if x > 3:
    print("big")
elif x > 1:
    print("medium")
elif x:
    print("small")
else:
    print("zero")
if x: print("one-liner")
elif not x: pass
else: x = 1; x = 2
while x > 0:
    x -= 1
    if x == 2:
        continue
    if x == 1:
        break
else:
    print("no break")
while False: pass
else: pass
for i in range(3):
    pass
else:
    pass
for i, (j, k) in enumerate([(1, 2)]):
    for m in range(i):
        if m:
            break
        else:
            continue
    else:
        pass
for i in 1, 2, 3:
    pass
for i in *[1], *[2]:
    pass
for d[0] in [[]]:
    pass
while (x := x + 1) < 10:
    pass
if (
    x
    and x
):
    pass
if True:
    if True:
        if True:
            pass
        elif False:
            pass
    else:
        pass
