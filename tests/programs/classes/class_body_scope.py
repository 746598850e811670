# Class body scoping: comprehensions in class bodies, names not visible in methods, class-level code.
x = "global x"


class A:
    x = "class x"
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    y = x + "!"
    squares = {i: i * i for i in range(3)}
    total = sum(i for i in items)
    for _k in range(3):
        pass
    last = _k
    del _k

    def get_x(self):
        return x

    def get_class_x(self):
        return self.x


print(A.doubled, A.y, A.squares, A.total, A.last)
print(A().get_x())
print(A().get_class_x())
print(hasattr(A, "_k"))

try:
    class B:
        factor = 3
        scaled = [i * factor for i in range(3)]
except NameError as e:
    print(type(e).__name__, e)


class C:
    factor = 3
    scaled = [i * 2 for i in range(factor)]


print(C.scaled)


def make():
    local = "enclosing"

    class D:
        val = local
        comp = [local for _ in range(2)]

        def meth(self):
            return local

    return D


D = make()
print(D.val, D.comp, D().meth())


class E:
    a = 1
    b = a + 1
    if b > 1:
        c = "conditional attr"
    else:
        d = "never"
    print("executing class body of E", a, b)


print(E.c, hasattr(E, "d"))


class F:
    def __repr__(self):
        return "F()"
    print(__qualname__, __module__)


print(F())


class G:
    x = 1
    def f(self):
        return __class__.__name__


print(G().f())
