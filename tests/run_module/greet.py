# A plain module run with -m: it is __main__ and sees its arguments.
import sys

print(__name__, __package__ == "", sys.argv[1:])
print(__spec__.name, __spec__.origin == __file__, __spec__.parent == "")
