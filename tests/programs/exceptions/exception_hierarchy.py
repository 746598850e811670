# The built-in exception hierarchy: issubclass checks, catching via base classes, __mro__.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (UnboundLocalError, NameError), (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (FileNotFoundError, OSError), (StopIteration, Exception), (StopAsyncIteration, Exception),
    (GeneratorExit, Exception), (KeyboardInterrupt, Exception), (SystemExit, BaseException),
    (Exception, BaseException), (ModuleNotFoundError, ImportError), (UnicodeDecodeError, ValueError),
    (TypeError, ValueError), (IndentationError, SyntaxError), (TabError, IndentationError),
    (BaseExceptionGroup, BaseException), (ExceptionGroup, Exception), (AssertionError, Exception),
]
for sub, base in pairs:
    print(f"{sub.__name__:<20} subclass of {base.__name__:<15} {issubclass(sub, base)}")
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__])
print([c.__name__ for c in UnboundLocalError.__mro__])
def catch_with(base, exc):
    try:
        raise exc
    except base:
        return f"{type(exc).__name__} caught by {base.__name__}"
    except BaseException:
        return f"{type(exc).__name__} NOT caught by {base.__name__}"
print(catch_with(ArithmeticError, ZeroDivisionError()))
print(catch_with(LookupError, KeyError()))
print(catch_with(Exception, KeyboardInterrupt()))
print(catch_with(Exception, SystemExit()))
print(catch_with(BaseException, GeneratorExit()))
print(catch_with(OSError, FileNotFoundError()))
print(catch_with(ValueError, TypeError()))
print(EnvironmentError is OSError, IOError is OSError)
