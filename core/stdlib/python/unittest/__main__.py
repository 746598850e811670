"""Runs tests from the command line: ``pvm -m unittest [options] [tests]``."""

import os
import sys

# Usage and help name the command that was typed ("pvm -m unittest"), not
# the name of this module's code.
sys.argv[0] = os.path.basename(sys.executable) + " -m unittest"
del os

__unittest = True

from . import main

main(module=None)
