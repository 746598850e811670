"""abc: abstract base classes (PEP 3119).

ABCMeta keeps, per class, the classes registered as virtual subclasses
and two caches of issubclass answers. They hold weak references, so an
ABC never keeps a class alive. The check that refuses to instantiate a
class with abstract methods is object.__new__'s: it reads the
__abstractmethods__ this metaclass computes.
"""

from _weakref import ref as _ref


def abstractmethod(funcobj):
    """Marks a method abstract: a class whose metaclass is ABCMeta cannot
    be instantiated until every abstract method is overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A classmethod that is also abstract (deprecated: stack the
    decorators instead)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        # classmethod.__new__ has already stored the function.
        callable.__isabstractmethod__ = True


class abstractstaticmethod(staticmethod):
    """A staticmethod that is also abstract (deprecated: stack the
    decorators instead)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True


class abstractproperty(property):
    """A property that is also abstract (deprecated: stack the decorators
    instead)."""

    __isabstractmethod__ = True


class _ClassSet:
    """A set of classes held by weak references; dead ones drop out."""

    __slots__ = ("refs", "on_death", "__weakref__")

    def __init__(self):
        self.refs = set()
        owner = _ref(self)

        def on_death(r):
            me = owner()
            if me is not None:
                me.refs.discard(r)

        self.on_death = on_death

    def add(self, cls):
        self.refs.add(_ref(cls, self.on_death))

    def __contains__(self, cls):
        try:
            return _ref(cls) in self.refs
        except TypeError:
            return False

    def __iter__(self):
        for r in list(self.refs):
            cls = r()
            if cls is not None:
                yield cls

    def __len__(self):
        return len(self.refs)

    def clear(self):
        self.refs.clear()


def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False)


def _abstracts_of(cls, namespace):
    """The names of cls's abstract methods: its own abstract attributes,
    and the inherited abstract names it does not override."""
    names = {name for name, value in namespace.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


class _AbcData:
    """What ABCMeta keeps for one class (CPython's _abc_data, stored as
    the class's _abc_impl): its virtual subclasses and the caches of
    issubclass answers."""

    __slots__ = ("registry", "cache", "negative_cache", "negative_version")

    def __init__(self):
        self.registry = _ClassSet()
        self.cache = _ClassSet()
        self.negative_cache = _ClassSet()
        self.negative_version = _counter


# Bumped by every register(), so negative caches know they are stale.
_counter = 0


class ABCMeta(type):
    """The metaclass of abstract base classes: computes
    __abstractmethods__, and answers isinstance/issubclass for virtual
    subclasses (register) and for __subclasshook__."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstracts_of(cls, namespace)
        cls._abc_impl = _AbcData()
        return cls

    def register(cls, subclass):
        """Registers a virtual subclass of this ABC; returns it, so this
        can be used as a class decorator."""
        global _counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _counter += 1
        return subclass

    def _dump_registry(cls, file=None):
        """Prints the registry and caches (for debugging)."""
        impl = cls._abc_impl
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {set(impl.registry.refs)!r}", file=file)
        print(f"_abc_cache: {set(impl.cache.refs)!r}", file=file)
        print(f"_abc_negative_cache: {set(impl.negative_cache.refs)!r}", file=file)
        print(f"_abc_negative_cache_version: {impl.negative_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Clears the registry (for debugging or testing)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Clears both caches (for debugging or testing)."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()

    def __instancecheck__(cls, instance):
        impl = cls._abc_impl
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if impl.negative_version == _counter and subclass in impl.negative_cache:
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_version < _counter:
            impl.negative_cache.clear()
            impl.negative_version = _counter
        elif subclass in impl.negative_cache:
            return False
        answer = cls.__subclasshook__(subclass)
        if answer is not NotImplemented:
            if not isinstance(answer, bool):
                raise AssertionError
            (impl.cache if answer else impl.negative_cache).add(subclass)
            return answer
        if cls in getattr(subclass, "__mro__", ()) or _virtual_subclass(cls, subclass):
            impl.cache.add(subclass)
            return True
        impl.negative_cache.add(subclass)
        return False


def _virtual_subclass(cls, subclass):
    """Whether subclass is a subclass of a class registered with cls, or
    of one of cls's real subclasses."""
    for registered in cls._abc_impl.registry:
        if issubclass(subclass, registered):
            return True
    for sub in cls.__subclasses__():
        if issubclass(subclass, sub):
            return True
    return False


def get_cache_token():
    """A token that changes whenever an ABC's registry changes (for
    caches of virtual-subclass answers)."""
    return _counter


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ after its methods changed;
    returns cls. A class that is not abstract is left as it is."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    names = set()
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            names.add(name)
    cls.__abstractmethods__ = frozenset(names)
    return cls


class ABC(metaclass=ABCMeta):
    """A helper class that has ABCMeta as its metaclass."""

    __slots__ = ()
