# Assignment expressions (:=) in if/while/comprehensions and their scope.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
it = iter(data)
total = 0
while (item := next(it, None)) is not None:
    total += item
    print("item", item, "total", total)
print([y for x in data if (y := x * 2) > 6])
print("last y leaked:", y)
print([last := i for i in range(4)], last)
def f(x):
    print("f", x)
    return x * x
vals = [r for x in range(5) if (r := f(x)) % 2 == 0]
print(vals, r)
print((a := 10) + a, a)
def g():
    if (k := 5) > 3:
        return k, [k := k + i for i in range(3)], k
print(g())
s = "hello world"
if (pos := s.find(" ")) != -1:
    print(s[:pos], s[pos + 1:])
print(any((hit := v) > 8 for v in data), hit)
print(all((miss := v) < 5 for v in data), miss)
