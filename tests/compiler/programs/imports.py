# Imports.
import os
import os.path
import a.b.c as abc
import x as y, z
from os import path
from os.path import join as j, split
from . import sibling
from .. import parent
from .mod import name
from ...pkg.mod import thing as t
from module import *

def local_imports():
    import json
    from collections import OrderedDict as OD
    import xml.etree.ElementTree as ET
    return json, OD, ET

def uses_imported():
    return os.getcwd()

class WithImport:
    import sys
    from os import sep
