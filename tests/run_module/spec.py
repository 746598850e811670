# What -m gives the module it runs: __spec__, and the __main__ module's names.
import sys

main = sys.modules["__main__"]
print(__name__, __spec__.name, main.__spec__ is __spec__, "__file__" in dir(main))
