# Bytes literals and their operations.
ascii_only = b'hello world'
all_escapes = b'\x00\x01\x7f\x80\xff'
with_quotes = b"it's" + b'say "x"'
raw = rb'\x00' + br"\d+" + Rb'\\' + bR"\""
multi = (b'part one '
         b"part two "
         rb'part three')
triple = b'''multi
line bytes'''
triple_raw = br"""raw \n
multi"""
empty = b'' + B""
indexed = b'abc'[0]
sliced = b'abcdef'[1:4:2]
method = b'a,b'.split(b',')
percent = b'%d %s' % (1, b'x')
contains = b'a' in b'abc'
