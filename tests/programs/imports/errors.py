# ImportError and ModuleNotFoundError messages and attributes.
import sys
tries = [
    "import no_such_module",
    "import shop.no_such",
    "import shop.util.money.deeper",
    "from shop import no_such_name",
    "from sys import no_such_name",
    "from . import sibling",
    "from .. import x",
    "__import__('')",
    "__import__('shop', level=-1)",
    "__import__(42)",
]
for src in tries:
    try:
        exec(src)
    except ImportError as e:
        print(type(e).__name__, "|", e, "|", e.name)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, "|", e)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, "|", e)
try:
    from shop.util.money import nothing
except ImportError as e:
    print(str(e).replace(sys.path[0], "<path>"))
import no_such_at_all
