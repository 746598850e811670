# except* (PEP 654).
try:
    raise ExceptionGroup("group", [ValueError(1), TypeError(2)])
except* ValueError:
    pass
except* (TypeError, KeyError) as group:
    print(group.exceptions)
except *OSError as e:
    pass
except* Exception:
    pass
else:
    pass
finally:
    pass

try:
    pass
except* ValueError as eg:
    raise
finally:
    pass


def handler():
    for _ in range(2):
        try:
            pass
        except* ValueError:
            pass
        finally:
            pass
    try:
        pass
    except* ValueError:
        def nested():
            return 1
        for x in range(3):
            break
