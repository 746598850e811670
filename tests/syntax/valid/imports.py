# Every import form.
import os
import os.path
import os.path as osp
import os, sys
import os as o, sys as s, os.path as p
from os import path
from os import path as pth, sep
from os import (path, sep)
from os import (
    path,
    sep as separator,
)
from os.path import *
from . import sibling
from .. import parent
from ... import grandparent
from .... import four_dots
from .module import name
from ..package.module import name as alias
from ...a.b.c import (d, e as f,)
from .module import *
import importlib.util


def local_imports():
    import json
    from json import loads as json_loads
    from . import relative_in_function
    return json, json_loads


class WithImports:
    import math
    from math import pi
