# Assignment expressions in every allowed position.
data = [1, 2, 3]
if (n := len(data)) > 2:
    print(n)
while (chunk := data.pop()) > 2:
    pass
filtered = [y for x in data if (y := x * 2) > 1]
last = [y := x for x in data]
print(y := 10, y)
result = (z := 5) + z
values = {(k := 1): (v := 2)}
s = {w := 3, w + 1}
lst = [a := 1, a + 1]
t = (b := 1, b + 1)
f = lambda: (c := 1)
g = lambda x=(d := 4): x
items = data[(i := 0)]
items = data[i := 0]
sl = data[(j := 0):(k := 2)]
print(f"{(e := 5)}")
assert (m := 1)
del data[(q := 0)]
nested = [[(p := i) for i in range(3)] for _ in range(2)]
def func(a=(dflt := 1)):
    return (r := a)
if any((hit := x) > 1 for x in [0, 1, 2]):
    print(hit)
cond = (u := 1) if (vv := 0) else (ww := 2)
call = func(x := 1) if False else func(a=(x := 2))
gen = ((o := x) for x in range(2))
with (cm := open(__file__)) as fh:
    pass
for item in (seq := [1, 2]):
    pass
