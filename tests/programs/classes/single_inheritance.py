# Single inheritance: overriding, calling base methods, attribute lookup through bases.
class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} makes a sound"

    def describe(self):
        return f"{self.name} is a {self.kind}: {self.speak()}"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return f"{self.name} barks"


class Puppy(Dog):
    def __init__(self, name, age):
        Dog.__init__(self, name)
        self.age = age

    def speak(self):
        return Dog.speak(self) + " softly"


class Cat(Animal):
    pass


for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1), Cat("tom")]:
    print(repr(a), "|", a.describe())

p = Puppy("bit", 1)
print(p.age, p.kind, Puppy.kind, Cat.kind)
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print(Puppy.__bases__[0].__name__, Animal.__bases__[0].__name__)
print([c.__name__ for c in Puppy.__mro__])
Animal.kind = "creature"
print(Cat("c").kind, Dog("d").kind)
print(Dog.__dict__.get("speak") is not None, "describe" in Dog.__dict__)
print(sorted(c.__name__ for c in Animal.__subclasses__()))
print(object.__subclasses__ is not None)


class Base:
    def template(self):
        return [self.step1(), self.step2()]

    def step1(self):
        return "base1"

    def step2(self):
        return "base2"


class Derived(Base):
    def step2(self):
        return "derived2"


print(Derived().template())
print(Base().template())
