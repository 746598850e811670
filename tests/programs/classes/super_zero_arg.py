# super() with zero arguments in methods, classmethods, __init__ chains and properties.
class Base:
    def __init__(self, value):
        self.value = value
        print("Base.__init__", value)

    def greet(self):
        return "Base.greet"

    @classmethod
    def make(cls):
        return f"Base.make for {cls.__name__}"

    def __repr__(self):
        return f"<{type(self).__name__} value={self.value}>"


class Mid(Base):
    def __init__(self, value):
        print("Mid.__init__ start")
        super().__init__(value * 2)
        print("Mid.__init__ end")

    def greet(self):
        return "Mid>" + super().greet()

    @classmethod
    def make(cls):
        return "Mid>" + super().make()


class Leaf(Mid):
    def __init__(self):
        super().__init__(5)

    def greet(self):
        return "Leaf>" + super().greet()


obj = Leaf()
print(obj)
print(obj.greet())
print(Leaf.make())
print(Mid.make())


class Shape:
    def area(self):
        return 0

    def __str__(self):
        return f"{type(self).__name__} with area {self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def __str__(self):
        return "[" + super().__str__() + "]"


print(str(Square(3)))


class WithLambda(Base):
    def get(self):
        f = lambda: super(WithLambda, self).greet()
        return f()

    def nested(self):
        def inner():
            return "inner"
        return super().greet() + "+" + inner()


w = WithLambda(1)
print(w.get())
print(w.nested())


def outside():
    try:
        super()
    except RuntimeError as e:
        print(type(e).__name__, e)


outside()
print(super(Leaf, obj).greet())
print(super(Mid, obj).greet())
