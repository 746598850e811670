# Abstract-method pattern without abc: NotImplementedError, template methods; ends with an uncaught error.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def describe(self):
        return f"{type(self).__name__} area={self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Circle(Shape):
    def __init__(self, r):
        self.r = r


shapes = [Square(2), Circle(1), Square(3)]
for s in shapes:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print(type(e).__name__, e)

print(issubclass(NotImplementedError, RuntimeError))
print(NotImplemented is not NotImplementedError)
print(repr(NotImplemented))


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)
        return self

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty Stack")
        return self.items.pop()


st = Stack().push(1).push(2)
print(st.pop(), st.pop())
print("about to fail")
Circle(5).describe()
print("not reached")
