from . import alpha
NAME = "beta after " + alpha.NAME
