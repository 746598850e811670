# An exception escapes after finally blocks and a context manager run; exit status 1.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("close", self.name, "because of", et.__name__ if et else None)
        return False
def process(data):
    with Resource("file"):
        try:
            for key in ("a", "b", "c"):
                print(key, "=", data[key])
        finally:
            print("finally in process")
def main():
    try:
        process({"a": 1, "b": 2})
    except TypeError:
        print("wrong handler")
main()
print("unreachable")
