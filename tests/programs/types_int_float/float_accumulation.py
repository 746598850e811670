# Floating-point accumulation: repeated addition error, compound interest, Kahan summation, averages.
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, abs(total - 1.0) < 1e-9)


def kahan(values):
    s = 0.0
    c = 0.0
    for v in values:
        y = v - c
        t = s + y
        c = (t - s) - y
        s = t
    return s


vals = [0.1] * 1000
print(sum(vals), kahan(vals))
big_small = [1e16, 1.0, -1e16]
print(sum(big_small), kahan([1.0, 1e16, -1e16]))
balance = 1000.0
for year in range(1, 6):
    balance *= 1.05
    print(year, balance, round(balance, 2))
data = [2.5, 3.7, 1.2, 9.9, 4.4]
mean = sum(data) / len(data)
var = sum((d - mean) ** 2 for d in data) / len(data)
print(mean, var, var ** 0.5)
x = 1.0
steps = 0
while 1.0 + x != 1.0:
    x /= 2
    steps += 1
print(steps, x, x * 2)
h = 1.0
for _ in range(60):
    h /= 10
print(h)
acc = 1.0
for i in range(1, 21):
    acc *= i
print(acc, acc == 2432902008176640000)
print([round(i * 0.1, 1) for i in range(5)], [i * 0.1 for i in range(5)])
v = 0.0
for i in range(1, 100):
    v += 1 / (i * i)
print(v, 6 * v)
