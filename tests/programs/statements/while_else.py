# while loops with else clauses, break skipping else, and loop counters.
n = 0
while n < 3:
    print("n =", n)
    n += 1
else:
    print("while finished normally, n =", n)
def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            print("found", target, "at", i)
            break
        i += 1
    else:
        print(target, "not found")
        return -1
    return i
print(find([4, 5, 6], 5))
print(find([4, 5, 6], 7))
print(find([], 1))
k = 10
while k:
    k -= 3
    if k < 0:
        print("went negative", k)
        break
else:
    print("never printed")
count = 0
while False:
    count += 1
else:
    print("else runs even with zero iterations", count)
x = 100
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print("collatz steps", steps)
i = 0
while True:
    i += 1
    if i % 2:
        continue
    if i > 8:
        break
    print("even", i)
