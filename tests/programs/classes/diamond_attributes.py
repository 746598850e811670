# Attribute and method lookup through diamond hierarchies, super() visiting each class once.
class Root:
    tag = "root"

    def visit(self, trail):
        trail.append("Root")
        return trail

    @classmethod
    def chain(cls):
        return ["Root"]


class Left(Root):
    tag = "left"

    def visit(self, trail):
        trail.append("Left")
        return super().visit(trail)

    @classmethod
    def chain(cls):
        return ["Left"] + super().chain()


class Right(Root):
    tag = "right"
    only_right = "R"

    def visit(self, trail):
        trail.append("Right")
        return super().visit(trail)

    @classmethod
    def chain(cls):
        return ["Right"] + super().chain()


class Bottom(Left, Right):
    def visit(self, trail):
        trail.append("Bottom")
        return super().visit(trail)

    @classmethod
    def chain(cls):
        return ["Bottom"] + super().chain()


b = Bottom()
print(b.visit([]))
print(Bottom.chain())
print(b.tag, b.only_right)
del Left.tag
print(b.tag)
Root.extra = "late root attr"
print(b.extra)
print(Left().visit([]), Right().visit([]))


class Bottom2(Right, Left):
    pass


print([c.__name__ for c in Bottom2.__mro__])
print(Bottom2().visit([]))
print(Bottom2.chain())
print(super(Left, b).visit(["start"]))
print(Bottom.__mro__.index(Right), len(Bottom.__mro__))
