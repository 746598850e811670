"""Fast implementation of the datetime type."""

# The classes and constants are those of _datetime (as in CPython, whose
# datetime module re-exports its C implementation).

import sys
from _datetime import *
from _datetime import __doc__, datetime_CAPI

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")
