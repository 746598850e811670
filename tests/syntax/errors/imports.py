import
#---
import 1
#---
import a.
#---
import .a
#---
import a as
#---
import a as b.c
#---
import a as 1
#---
import a, 
#---
import (a)
#---
import a, (b)
#---
import a.b as c.d
#---
import *
#---
import a.*
#---
import a b
#---
import a from b
#---
import a.b from c
#---
from a import
#---
from import a
#---
from a import b,
#---
from a import b, c,
#---
from a import (b, c
#---
from a import (b, c]
#---
from a import ()
#---
from a import (*)
#---
from a import *, b
#---
from a import b, *
#---
from a import b as
#---
from a import b as c.d
#---
from a import b.c
#---
from a import (b as c as d)
#---
from a import 1
#---
from 1 import a
#---
from a.b. import c
#---
from a..b import c
#---
from a imp b
#---
from a import b c
#---
from .. import
#---
from . a import (b,)
x = 1 2
#---
from a import (b,,)
#---
from a import (,)
#---
from __future__ import nested_scopes, braces
#---
from __future__ import braces
#---
from __future__ import no_such_feature
#---
from __future__ import *
#---
x = 1
from __future__ import annotations
#---
"""docstring"""
import os
from __future__ import annotations
#---
def f():
    from os import *
#---
class C:
    from os import *
#---
import a as None
#---
from a import b as None
#---
from a import b as True
#---
import a as def
#---
from a import def
#---
from a import (b
    as c)
d e
