"""Docstring may precede __future__ imports."""
# Comments too.
from __future__ import annotations
from __future__ import (generator_stop, annotations as ann,)
from __future__ import division, nested_scopes, print_function

import sys


def f(x: NotYetDefined) -> AlsoNotDefined:
    return x
