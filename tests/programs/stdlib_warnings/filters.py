# simplefilter/filterwarnings actions (error, ignore, always, once, module,
# default), message/module/lineno matching, append, resetwarnings.
import sys
sys.stderr = sys.stdout
import warnings


def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat, stacklevel=2)


warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print('raised', type(e).__name__, e)
try:
    warnings.warn("runtime error", RuntimeWarning)
except RuntimeWarning as e:
    print('raised', type(e).__name__, e)

warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("ignore", UserWarning)
warnings.warn("ignored")
warnings.warn("shown", RuntimeWarning)

warnings.resetwarnings()
warnings.simplefilter("always")
for i in range(2):
    warnings.warn("always shown")

warnings.resetwarnings()
warnings.simplefilter("once")
for i in range(2):
    warnings.warn("once only")
warnings.warn("once only")
warnings.warn("once only", RuntimeWarning)

warnings.resetwarnings()
warnings.simplefilter("module")
for i in range(2):
    warnings.warn("per module")
warnings.warn("per module")

warnings.resetwarnings()
warnings.filterwarnings("error", message="fatal")
warnings.filterwarnings("ignore", message=".*quiet")
try:
    warnings.warn("Fatal problem")
except UserWarning as e:
    print('raised', e)
warnings.warn("be quiet")
warnings.warn("something else")
print([(f[0], f[1].pattern if f[1] else None, f[2].__name__) for f in warnings.filters])

warnings.resetwarnings()
warnings.filterwarnings("ignore", module="__main__")
warnings.warn("module ignored")
warnings.resetwarnings()
warnings.filterwarnings("ignore", module="other")
warnings.warn("module not matched")

warnings.resetwarnings()
warnings.filterwarnings("error", lineno=70)
warnings.warn("line 69 shown")
try:
    warnings.warn("line 70 raises")
except UserWarning as e:
    print('raised', e)

warnings.resetwarnings()
warnings.simplefilter("ignore")
warnings.simplefilter("error", append=True)
warnings.warn("ignore wins")
warnings.simplefilter("ignore")
print(len(warnings.filters), warnings.filters[0][0])

for bad in [lambda: warnings.simplefilter("loud"), lambda: warnings.filterwarnings("error", message=1),
            lambda: warnings.filterwarnings("error", category=int), lambda: warnings.simplefilter("error", lineno=-1)]:
    try:
        bad()
    except AssertionError as e:
        print('AssertionError', e)

warnings.resetwarnings()
warnings.simplefilter("default")
emit("via emit")
emit("via emit")
emit("deprecated via emit", DeprecationWarning)
warnings.filters[:] = [("bogus", None, Warning, None, 0)]
try:
    warnings.warn("unknown action")
except RuntimeError as e:
    print('RuntimeError', e)
