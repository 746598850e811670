# Forms of raise: class vs instance, instances with args, invalid raise targets.
for target in (ValueError, ValueError("instance"), KeyError, StopIteration(3)):
    try:
        raise target
    except Exception as e:
        print(type(e).__name__, repr(e), e.args)
class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
try:
    raise NeedsArgs
except TypeError as e:
    print("TypeError:", e)
for bad in (42, "string", None, object, [ValueError]):
    try:
        raise bad
    except TypeError as e:
        print("TypeError:", e)
def make():
    return IndexError("made by function")
try:
    raise make()
except IndexError as e:
    print("raised call result:", e)
errors = [KeyError, ValueError]
try:
    raise errors[1]("from list")
except ValueError as e:
    print("raised subscript result:", e)
e1 = RuntimeError("reused")
for _ in range(2):
    try:
        raise e1
    except RuntimeError as e:
        print("same object raised twice:", e is e1)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError:", e)
