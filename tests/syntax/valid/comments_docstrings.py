#!/usr/bin/env python3
# A shebang and comments at the start of the file.
"""The module docstring comes after the comments."""
# comment after the docstring

x = 1  # trailing comment
y = 2# no space before the comment
z = 3 #no space after the hash
#comment without space
    # indented comment at module level
        # deeper indented comment


def f():
    # comment before the docstring
    """Function docstring."""
    # comment inside the body
    return 1  # trailing
    # comment after return, more than one line
        # and over-indented
# dedented comment inside the function's range
    # back to normal


class C:
    """Class docstring."""  # with a trailing comment

    # comment between members
    def m(self):
        '''Single-quoted triple docstring.'''
        pass
    # last comment in the class


items = [
    1,  # one
    # standalone comment in a list
    2,
]  # after the closing bracket
text = "# not a comment"
other = '# also not a comment'  # but this is
hash_in_fstring = f"{'#'}"
# final comment without code after it
