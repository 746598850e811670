"""abc: abstract base classes (PEP 3119).

ABCMeta keeps, per class, the classes registered as virtual subclasses
and two caches of issubclass answers (native: _abc); they hold weak
references, so an ABC never keeps a class alive. The check that refuses
to instantiate a class with abstract methods is object.__new__'s: it
reads the __abstractmethods__ this metaclass computes.
"""

from _abc import (get_cache_token, _abc_init, _abc_register,
                  _abc_instancecheck, _abc_subclasscheck, _get_dump,
                  _reset_registry, _reset_caches)


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


class ABCMeta(type):
    """The metaclass of abstract base classes: computes
    __abstractmethods__, and answers isinstance/issubclass for virtual
    subclasses (register) and for __subclasshook__."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstracts_of(cls, namespace)
        _abc_init(cls)
        return cls

    def register(cls, subclass):
        """Registers a virtual subclass of this ABC; returns it, so this
        can be used as a class decorator."""
        return _abc_register(cls, subclass)

    # Native and bound like methods (no Python frame: isinstance with an
    # ABC is common in inner loops).
    __instancecheck__ = _abc_instancecheck
    __subclasscheck__ = _abc_subclasscheck

    def _dump_registry(cls, file=None):
        """Prints the registry and caches (for debugging)."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        registry, cache, negative, version = _get_dump(cls)
        print(f"_abc_registry: {registry!r}", file=file)
        print(f"_abc_cache: {cache!r}", file=file)
        print(f"_abc_negative_cache: {negative!r}", file=file)
        print(f"_abc_negative_cache_version: {version!r}", file=file)

    def _abc_registry_clear(cls):
        """Clears the registry (for debugging or testing)."""
        _reset_registry(cls)

    def _abc_caches_clear(cls):
        """Clears both caches (for debugging or testing)."""
        _reset_caches(cls)


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
