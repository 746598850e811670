# __init_subclass__: registration, keyword arguments in class statement, implicit classmethod.
class Plugin:
    registry = []

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
        print("registered", cls.__name__, "as", cls.plugin_name)


class Alpha(Plugin):
    pass


class Beta(Plugin, name="bee"):
    pass


class Gamma(Beta):
    pass


print(Plugin.registry)
print(Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
print(hasattr(Plugin, "plugin_name"))
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Validated:
    required = ()

    def __init_subclass__(cls):
        missing = [r for r in cls.required if r not in cls.__dict__]
        if missing:
            raise TypeError(f"{cls.__name__} missing {missing}")


class Good(Validated):
    required = ("run",)

    def run(self):
        return "running"


print(Good().run())
try:
    class Incomplete(Good):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Counting:
    subclasses = 0

    @classmethod
    def __init_subclass__(cls, /, step=1):
        Counting.subclasses += step


class C1(Counting): pass
class C2(Counting, step=10): pass
class C3(C2): pass


print(Counting.subclasses)
try:
    class NoKw(object, foo=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
