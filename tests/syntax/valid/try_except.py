# try / except / else / finally in all their combinations.
try:
    pass
except:
    pass

try:
    pass
except ValueError:
    pass
except (TypeError, KeyError):
    pass
except OSError as error:
    print(error)
except (IndexError, AttributeError) as error:
    print(error)
except Exception:
    raise
else:
    pass
finally:
    pass

try:
    pass
finally:
    pass

try:
    pass
except ValueError:
    pass
else:
    pass

try: pass
except: pass

try:
    try:
        raise ValueError("inner")
    except ValueError as exc:
        raise RuntimeError("outer") from exc
    finally:
        pass
except RuntimeError as exc:
    raise exc from None if False else exc.__cause__ is not None or None

for i in range(3):
    try:
        continue
    except:
        break
    finally:
        pass

def f():
    try:
        return 1
    finally:
        return 2

exceptions = (ValueError, TypeError)
try:
    pass
except exceptions:
    pass
except exceptions[0] if exceptions else Exception:
    pass
except getattr(__builtins__, "KeyError", KeyError):
    pass
