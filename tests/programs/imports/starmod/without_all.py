import sys as _sys
public = "p"
_private = "x"
def helper(): return "h"
