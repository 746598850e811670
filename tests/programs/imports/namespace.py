# A namespace package (folders without __init__.py) and a relative import in it.
import nsroot.plugins.beta
from nsroot.plugins import alpha
print(nsroot.plugins.beta.NAME, alpha.NAME)
print(hasattr(nsroot, "__file__") and nsroot.__file__ is not None)
print(len(list(nsroot.plugins.__path__)))
