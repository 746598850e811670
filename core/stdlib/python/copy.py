"""copy: shallow and deep copy operations.

copy(x) and deepcopy(x) use, in order: a built-in copier for the type,
the class's __copy__/__deepcopy__, and the pickle reduce protocol
(__reduce_ex__(4) or __reduce__). For instances of Python classes that
define none of these, the default reduction of object.__reduce_ex__ is
done here: a new object from cls.__new__, then the instance state
(__getstate__, or __dict__ and __slots__ values) and the list or dict
items.
"""

import types
from _weakref import ref as _weakref_ref


class Error(Exception):
    pass


error = Error

__all__ = ["Error", "copy", "deepcopy"]


def _copy_immutable(x):
    return x


_IMMUTABLE = (type(None), int, float, bool, complex, str, tuple, bytes,
              frozenset, type, range, slice, property, types.BuiltinFunctionType,
              type(Ellipsis), type(NotImplemented), types.FunctionType,
              types.CodeType, _weakref_ref)

_copy_dispatch = {t: _copy_immutable for t in _IMMUTABLE}
for _t in (list, dict, set, bytearray):
    _copy_dispatch[_t] = _t.copy
del _t


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


_object_reduce_ex = object.__reduce_ex__
_object_reduce = getattr(object, "__reduce__", None)
_object_getstate = getattr(object, "__getstate__", None)

# Built-in bases whose instances carry their value in the object itself:
# a subclass instance is rebuilt from base(x), as their __getnewargs__ do.
_VALUE_BASES = (int, float, complex, str, bytes, tuple, frozenset)


def _reduce(x, cls):
    """The reduction of x: its class's __reduce_ex__(4) or __reduce__ if
    it defines one, else object's default."""
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None and reductor is not _object_reduce_ex:
        rv = x.__reduce_ex__(4)
    else:
        reductor = getattr(cls, "__reduce__", None)
        if reductor is not None and reductor is not _object_reduce:
            rv = x.__reduce__()
        else:
            rv = _builtin_reduce(x, cls)
            if rv is None:
                if not (_is_python_class(cls) or cls is object):
                    raise TypeError(f"cannot pickle {cls.__name__!r} object")
                rv = _default_reduce(x, cls)
    return rv


def _builtin_reduce(x, cls):
    """The __reduce__ of the built-in types whose value the default
    reduction would lose (exceptions, sets, bytearrays, slices), as
    CPython defines them; None for other objects."""
    state = getattr(x, "__dict__", None) or None
    if isinstance(x, BaseException):
        return (cls, x.args, state)
    if isinstance(x, (set, frozenset)):
        return (cls, (list(x),), state)
    if isinstance(x, bytearray):
        return (cls, (bytes(x),), state)
    if cls is slice:
        return (slice, (x.start, x.stop, x.step))
    return None


def _is_python_class(cls):
    """Whether cls was made by a class statement (not a built-in type)."""
    return getattr(cls, "__module__", "builtins") != "builtins"


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slot_names(cls):
    """The names of the __slots__ of cls and its bases (private names
    mangled, __dict__ and __weakref__ left out)."""
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = c.__name__.lstrip("_")
                if stripped:
                    name = f"_{stripped}{name}"
            names.append(name)
    return names


def _default_reduce(x, cls):
    """object.__reduce_ex__(4) for an instance of a Python class."""
    kwargs = None
    getnewargs_ex = getattr(x, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
    else:
        getnewargs = getattr(x, "__getnewargs__", None)
        if getnewargs is not None:
            args = getnewargs()
        else:
            args = ()
            for base in cls.__mro__:
                if base in _VALUE_BASES:
                    args = (base(x),)
                    break
    getstate = getattr(x, "__getstate__", None)
    if getstate is not None and getattr(cls, "__getstate__", None) is not _object_getstate:
        state = getstate()
    else:
        state = getattr(x, "__dict__", None) or None
        slots = {}
        for name in _slot_names(cls):
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if kwargs:
        return (_newobj_ex, (cls, args, kwargs), state, listitems, dictitems)
    return (_newobj, (cls, *args), state, listitems, dictitems)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # The copy of x is x itself for atomic values: no need to remember.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


# Deep copies of slices and frozensets are new objects (by reduction),
# as CPython makes them.
_deepcopy_dispatch = {t: _deepcopy_atomic for t in _IMMUTABLE
                      if t not in (tuple, slice, frozenset)}


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


_deepcopy_dispatch[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # A tuple whose items all copy to themselves is its own copy; and if
    # copying an item copied this tuple (a cycle through a list), reuse it.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


_deepcopy_dispatch[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


_deepcopy_dispatch[dict] = _deepcopy_dict


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch[types.MethodType] = _deepcopy_method


def _keep_alive(x, memo):
    """Keeps x alive for as long as memo lives, so its id is not reused
    by another object while the memo maps that id."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


del types
