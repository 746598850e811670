# Uncaught TypeError raised from __init__ while constructing objects in a loop.
class Point:
    created = []

    def __init__(self, x, y):
        if not isinstance(x, int):
            raise TypeError("x must be an int")
        self.x = x
        self.y = y
        Point.created.append(self)


def build(pairs):
    for x, y in pairs:
        print("building", x, y, "after", len(Point.created))
        Point(x, y)


build([(1, 2), (3, 4), ("5", 6)])
