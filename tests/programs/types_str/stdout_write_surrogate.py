# sys.stdout.write encodes strictly to UTF-8, as print does: a lone
# surrogate is a UnicodeEncodeError and nothing of that text is written.
import sys

sys.stdout.write("ok\n")
try:
    sys.stdout.write("a\ud800")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
print(sys.stdout.write("\u00e9\n"))
