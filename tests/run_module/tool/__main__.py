import sys

print(__name__, __package__, sys.argv[1:], "tool" in sys.modules)
print(__spec__.name, __spec__.parent, __spec__.origin == __file__)
