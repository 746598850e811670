# if/elif/else chains, nested conditionals and condition evaluation order.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
def check(tag, v):
    print("check", tag)
    return v
if check(1, False):
    print("one")
elif check(2, False):
    print("two")
elif check(3, True):
    print("three")
elif check(4, True):
    print("four")
else:
    print("else")
for a in (True, False):
    for b in (True, False):
        if a:
            if b:
                r = "both"
            else:
                r = "a only"
        elif b:
            r = "b only"
        else:
            r = "neither"
        print(a, b, r)
x = []
if x:
    print("nonempty")
if not x: print("empty inline")
if x: pass
else: print("else inline")
if 0: print("no")
elif "": print("no")
elif None: print("no")
else: print("all falsy")
