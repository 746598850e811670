# Cooperative multiple inheritance with super() and **kwargs passing along the MRO.
class Base:
    def __init__(self, **kw):
        print("Base", sorted(kw))
        super().__init__(**kw)

    def hello(self):
        return ["Base"]


class Named(Base):
    def __init__(self, name, **kw):
        print("Named", name)
        self.name = name
        super().__init__(**kw)

    def hello(self):
        return ["Named"] + super().hello()


class Colored(Base):
    def __init__(self, color="red", **kw):
        print("Colored", color)
        self.color = color
        super().__init__(**kw)

    def hello(self):
        return ["Colored"] + super().hello()


class Sized(Base):
    def __init__(self, size=1, **kw):
        print("Sized", size)
        self.size = size
        super().__init__(**kw)

    def hello(self):
        return ["Sized"] + super().hello()


class Thing(Named, Colored, Sized):
    def __init__(self, **kw):
        print("Thing")
        super().__init__(**kw)

    def hello(self):
        return ["Thing"] + super().hello()


print([c.__name__ for c in Thing.__mro__])
t = Thing(name="box", color="blue", size=3)
print(t.name, t.color, t.size)
print(t.hello())
t2 = Thing(name="ball")
print(t2.color, t2.size)
try:
    Thing(name="x", weight=2)
except TypeError as e:
    print(type(e).__name__, e)


class Logger:
    def log(self, msg):
        return "LOG:" + msg


class Upper(Logger):
    def log(self, msg):
        return super().log(msg.upper())


class Bracket(Logger):
    def log(self, msg):
        return super().log("[" + msg + "]")


class UB(Upper, Bracket):
    pass


class BU(Bracket, Upper):
    pass


print(UB().log("hi"))
print(BU().log("hi"))
