# sys.exit with a string: message goes to stderr and the exit status is 1.
import sys
def main(args):
    print("arguments after program name:", args[1:])
    total = 0
    for n in range(5):
        total += n
        print("running total", total)
    if total > 5:
        sys.exit(f"fatal: total {total} exceeds limit")
    print("not reached")
main(sys.argv)
