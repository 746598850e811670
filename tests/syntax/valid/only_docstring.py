"""A file that is only a docstring."""
