# for loops with else, break/continue interplay, loop variable after the loop.
for i in range(3):
    print("i", i)
else:
    print("else after", i)
for i in []:
    print("never")
else:
    print("empty loop else; i still", i)
def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            break
    else:
        return True
    return False
print([n for n in range(30) if is_prime(n)])
for word in ["apple", "banana", "cherry"]:
    if "n" in word:
        print("first with n:", word)
        break
else:
    print("none has n")
for word in ["kiwi", "fig"]:
    if "n" in word:
        break
else:
    print("none has n")
for x in range(5):
    if x == 2:
        continue
    print("x", x)
else:
    print("continue does not skip else")
for ch in "abc":
    pass
print("leaked loop var", ch)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
lst = [0, 0, 0]
for lst[0] in range(3):
    pass
print(lst)
class O: pass
o = O()
for o.attr in "xyz":
    print(o.attr, end=" ")
print()
