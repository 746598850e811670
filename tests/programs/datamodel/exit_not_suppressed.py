# Context manager that does not suppress: cleanup runs, then the exception escapes uncaught (exit status 1).
class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("acquire", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("release", self.name, "due to", et.__name__ if et else "normal exit")
        return None


with Resource("first") as r:
    print("using", r.name)

with Resource("outer"):
    with Resource("inner"):
        print("about to fail")
        {}["missing key"]
print("unreachable")
