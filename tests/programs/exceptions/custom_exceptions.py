# Custom exception classes: hierarchies, __init__ with extra fields, __str__, super().__init__.
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return f"bad config key {self.key!r}: {self.reason}"
class NotFound(AppError):
    def __init__(self, name):
        self.name = name
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr<custom>"
try:
    raise ConfigError("port", "must be an int")
except AppError as e:
    print(type(e).__name__, e, e.args, e.key)
    print(repr(e))
try:
    raise NotFound("widget")
except AppError as e:
    print("NotFound args:", e.args, "str:", repr(str(e)), "name:", e.name)
print(repr(WithRepr("x")), str(WithRepr("x")))
print(issubclass(ConfigError, AppError), issubclass(ConfigError, Exception), ConfigError.__mro__[1].__name__)
class Retryable(Exception):
    attempts = 0
    def __init__(self, msg, *, delay=1):
        super().__init__(msg)
        self.delay = delay
        Retryable.attempts += 1
for d in (1, 2):
    try:
        raise Retryable("try again", delay=d)
    except Retryable as e:
        print(e, e.delay, Retryable.attempts)
class Multi(ValueError, KeyError):
    pass
for cls in (ValueError, KeyError, LookupError):
    try:
        raise Multi("both")
    except cls as e:
        print("caught Multi as", cls.__name__, "->", e)
class Empty(Exception):
    def __init__(self):
        pass
e = Empty()
print(repr(e), e.args, repr(str(e)))
class ErrWithStrArg(Exception):
    def __str__(self):
        return "always this"
try:
    raise ErrWithStrArg
except ErrWithStrArg as e:
    print(e, e.args)
