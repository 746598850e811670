# Conditional expressions (a if c else b): nesting, laziness, in lambdas and comprehensions.
def side(x):
    print("side", x)
    return x

for n in range(-2, 3):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign)
print(side(1) if True else side(2))
print(side(1) if False else side(2))
abs_ = lambda x: x if x >= 0 else -x
print(abs_(-4), abs_(4))
print(["even" if i % 2 == 0 else "odd" for i in range(5)])
x = 7
y = (x * 2 if x > 5 else x) + 1
print(y)
z = x * 2 if x > 10 else x + 100
print(z)
print((lambda: "a")() if [] else "empty list")
grade = lambda s: "A" if s >= 90 else ("B" if s >= 80 else ("C" if s >= 70 else "F"))
print([grade(s) for s in (95, 85, 75, 10)])
print(1 if 0 else 2 if 0 else 3)
t = (1, 2) if x else ()
print(t, len(t))
