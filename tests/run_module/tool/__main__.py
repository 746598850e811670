import sys

print(__name__, __package__, sys.argv[1:], "tool" in sys.modules)
