# Calls with keyword args, defaults, *args/**kwargs, and tuple unpacking.


def kw(a, b, c=3, d=4):
    return a + b * 2 + c * 3 + d * 4


def star(*args):
    return len(args) + args[0]


def starkw(*args, **kwargs):
    return len(args) + len(kwargs)


def kwonly(a, *, scale=1, shift=0):
    return a * scale + shift


def posonly(a, b, /, c=0):
    return a - b + c


def forward(*args, **kwargs):
    return kw(*args, **kwargs)


class Point:
    def __init__(self, x=0, y=0, *, z=0):
        self.x = x
        self.y = y
        self.z = z

    def moved(self, dx=0, dy=0, **extra):
        return Point(self.x + dx, self.y + dy, z=self.z + extra.get("dz", 0))


def main():
    total = 0
    args3 = (1, 2, 3)
    opts = {"c": 5, "d": 6}
    for i in range(N):
        total += kw(i, 1)
        total += kw(i, b=2, d=1)
        total += kw(c=1, d=2, a=i, b=0)
        total += kw(*args3)
        total += kw(i, 2, **opts)
        total += star(i, 2, 3, 4)
        total += star(*args3, i)
        total += starkw(1, 2, x=3, y=i)
        total += kwonly(i, scale=2) + kwonly(i, shift=-1)
        total += posonly(i, 3) + posonly(i, 1, c=2)
        total += forward(i, 2, d=0)
        a, b, *rest = (i, i + 1, i + 2, i + 3)
        (c, d), e = (b, a), len(rest)
        first, *_, last = rest
        total += a + b + c + d + e + first + last
        total = total % 1000000007
    p = Point(1, 2, z=3)
    for i in range(N // 4):
        p = p.moved(1, dy=-1, dz=i % 3)
    merged = {**opts, "e": 7, **{"f": 8}}
    lst = [*args3, *range(3), *opts]
    print("unpacking_calls", total, p.x, p.y, p.z, sorted(merged.items()), lst)


N = 650000
main()
