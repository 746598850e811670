# Three chained exceptions mixing implicit context and explicit cause, uncaught at the end.
def read():
    raise FileNotFoundError("settings.ini")


def load():
    try:
        read()
    except OSError:
        raise KeyError("settings")


def start():
    try:
        load()
    except KeyError as exc:
        raise RuntimeError("startup failed") from exc


start()
