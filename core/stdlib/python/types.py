"""types: names for the built-in types the interpreter makes, and helpers
for creating classes dynamically.

Each type is found by asking an object of that kind for its type. Where
the PVM has no distinct type (its slot wrappers, method wrappers and
method descriptors are all builtin_function_or_method), the name is
bound to the type it does have.
"""

import sys
from _classutil import make_static as _make_static


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _cell():
    a = 1

    def inner():
        return a

    return inner.__closure__[0]


CellType = type(_cell())


def _gen():
    yield 1


GeneratorType = type(_gen())


async def _coro():
    pass


_c = _coro()
CoroutineType = type(_c)
_c.close()


async def _agen():
    yield 1


AsyncGeneratorType = type(_agen())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
ModuleType = type(sys)

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    del _exc

GetSetDescriptorType = type(int.__dict__["real"])
MemberDescriptorType = type(type("_S", (), {"__slots__": ("x",)}).__dict__["x"])
GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NoneType = type(None)
NotImplementedType = type(NotImplemented)

del sys, _f, _cell, _gen, _coro, _c, _agen, _C


class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)"""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        ident = id(self)
        if ident in _repr_running:
            return f"{name}(...)"
        _repr_running.add(ident)
        try:
            fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        finally:
            _repr_running.discard(ident)
        return f"{name}({fields})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), self.__dict__)


# A C type in CPython: fixed, and named types.SimpleNamespace.
_make_static(SimpleNamespace)

# The ids of the namespaces being printed, so a namespace that contains
# itself prints as name(...).
_repr_running = set()


class MappingProxyType:
    """A read-only, live view of a mapping."""

    __slots__ = ("_mapping",)

    def __new__(cls, mapping):
        # CPython accepts whatever has __getitem__, except lists and tuples.
        if not hasattr(type(mapping), "__getitem__") or isinstance(mapping, (list, tuple)):
            raise TypeError(
                f"mappingproxy() argument must be a mapping, not {type(mapping).__name__}"
            )
        self = object.__new__(cls)
        object.__setattr__(self, "_mapping", mapping)
        return self

    def __getitem__(self, key):
        return self._mapping[key]

    def get(self, key, default=None, /):
        return self._mapping.get(key, default)

    def __len__(self):
        return len(self._mapping)

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    def __ne__(self, other):
        return self._mapping != other

    def __or__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._mapping
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def __ior__(self, other):
        raise TypeError(
            f"'|=' is not supported by mappingproxy; use '|' instead"
        )

    def __setattr__(self, name, value):
        raise AttributeError(f"'mappingproxy' object has no attribute '{name}'")

    def __repr__(self):
        return f"mappingproxy({self._mapping!r})"

    def __str__(self):
        return str(self._mapping)

    __hash__ = None


MappingProxyType.__name__ = MappingProxyType.__qualname__ = "mappingproxy"
MappingProxyType.__module__ = "builtins"


def resolve_bases(bases):
    """Resolves MRO entries (PEP 560): a base that is not a class but has
    __mro_entries__ is replaced by what that method returns."""
    new_bases = list(bases)
    changed = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        entries = getattr(base, "__mro_entries__", None)
        if entries is None:
            continue
        new = entries(bases)
        changed = True
        if not isinstance(new, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new
        shift += len(new) - 1
    return tuple(new_bases) if changed else bases


def _calculate_meta(meta, bases):
    """The most derived metaclass of meta and the bases' metaclasses."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: "
                        "the metaclass of a derived class "
                        "must be a (non-strict) subclass "
                        "of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, the namespace (from __prepare__) and the remaining
    keywords a class statement would use: (meta, namespace, kwds)."""
    kwds = {} if kwds is None else dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class as a class statement would, with exec_body(ns)
    filling in the namespace."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved, ns, **kwds)


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__: on an instance
    it is a property, on the class it raises AttributeError so that the
    metaclass's __getattr__ answers (used by enum). A plain class, as in
    CPython, so that subclasses may override __get__."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, "__doc__", None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        elif self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        fdoc = fget.__doc__ if self.overwrite_doc else None
        result = type(self)(fget, self.fset, self.fdel, fdoc or self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def setter(self, fset):
        result = type(self)(self.fget, fset, self.fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result

    def deleter(self, fdel):
        result = type(self)(self.fget, self.fset, fdel, self.__doc__)
        result.overwrite_doc = self.overwrite_doc
        return result


class _GeneratorWrapper:
    """Makes a generator awaitable: what a types.coroutine function
    returns when the function it wraps returned a plain generator."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_code(self):
        return self.__wrapped.gi_code

    @property
    def gi_frame(self):
        return self.__wrapped.gi_frame

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_code = gi_code
    cr_frame = gi_frame
    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self

    __await__ = __iter__


def coroutine(func):
    """Converts a generator function into one whose calls can be awaited."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if isinstance(result, GeneratorType):
            return _GeneratorWrapper(result)
        return result

    for name in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(wrapped, name, getattr(func, name))
        except AttributeError:
            pass
    wrapped.__dict__.update(getattr(func, "__dict__", {}))
    wrapped.__wrapped__ = func
    return wrapped


__all__ = [n for n in globals() if n[:1] != "_"]
