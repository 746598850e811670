# try / except / else / finally / raise.
def try_except():
    try:
        risky()
    except ValueError:
        return 1
    return 0

def try_except_as():
    try:
        risky()
    except (TypeError, ValueError) as e:
        print(e)

def try_bare():
    try:
        risky()
    except:
        pass

def try_else():
    try:
        x = risky()
    except KeyError:
        x = None
    else:
        x += 1
    return x

def try_finally():
    try:
        risky()
    finally:
        cleanup()

def try_all():
    try:
        risky()
    except ValueError as e:
        handle(e)
    except Exception:
        raise
    else:
        ok()
    finally:
        cleanup()

def return_in_finally():
    try:
        return 1
    finally:
        cleanup()

def break_in_try(items):
    for i in items:
        try:
            if i:
                break
            continue
        finally:
            print(i)

def raises(x):
    if x == 1:
        raise
    if x == 2:
        raise ValueError
    if x == 3:
        raise ValueError('bad') from None
    raise TypeError(x) from x

def nested_try():
    try:
        try:
            a()
        except A:
            b()
    except B:
        c()

def return_in_except():
    try:
        return compute()
    except Exception as exc:
        return str(exc)

def try_in_loop(items):
    for item in items:
        try:
            process(item)
        except Exception:
            continue

def except_star():
    try:
        risky()
    except* ValueError as eg:
        print(eg)
    except* TypeError:
        pass
