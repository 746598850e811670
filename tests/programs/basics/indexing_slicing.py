# Indexing and slicing of lists, tuples, strings, ranges with negative and extended steps.
lst = list(range(10))
print(lst[0], lst[-1], lst[3:7], lst[:3], lst[7:], lst[-3:], lst[:-7])
print(lst[::3], lst[1::2], lst[::-1], lst[8:2:-2], lst[-1:-4:-1], lst[100:], lst[-100:2])
print(lst[5:2], lst[2:5:-1], lst[::100], lst[slice(2, 8, 3)], lst[slice(None, None, -4)])
t = tuple("abcdefg")
print(t[2], t[-2:], t[::2], t[1:-1:2])
s = "Python"
print(s[0], s[-1], s[1:4], s[::-1], s[10:], s[-10:3], s[:0] == "")
r = range(0, 20, 3)
print(r[2], r[-1], r[1:4], list(r[::-1]), list(r[1:5:2]), len(r))
for idx in (10, -11):
    try:
        lst[idx]
    except IndexError as e:
        print("IndexError:", e)
try:
    "abc"[3]
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    lst["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    lst[::0]
except ValueError as e:
    print("ValueError:", e)
print(slice(1, 5, 2), slice(3), slice(1, 5, 2).indices(3), slice(None, None, -1).indices(4))
print(lst[True], s[False], lst[-True])
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][-1], m[-1][:2], [row[1] for row in m])
