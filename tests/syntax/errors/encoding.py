# -*- coding: no-such-codec -*-
x = 1
#---
#!/usr/bin/python
# coding: bogus
x = 1
#---
# coding: latin-1
x = 'é'
y = 1 2
#---
# valid: latin-1 cookie on line 1 decodes high bytes
# coding: latin-1
x = 'éàÿ'
#---
# coding: utf-8
x = 'é'
#---
x = 'ÿ'
#---
# valid: compile() of bytes does not decode comments (running the file would fail)
x = 1
# é in a comment
#---
x = b'é'
#---
Ã( = 1
#---
x = 'í €'
#---
x = 'ðŸ˜'
#---
ï»¿# coding: latin-1
x = 1
#---
ï»¿# coding: ascii
x = 1
#---
ï»¿x = 1 2
#---
ï»¿ï»¿x = 1
#---
x = 1
ï»¿y = 2
#---
# coding: ascii
x = 'Ã©'
#---
# coding: ascii
# Ã©
x = 1
#---


# coding: latin-1
x = 'é'
#---
x = 1
y = 1 2
#---
if x:
    pass
  y = 1
#---
x = (1,
     2
#---
x = 'abc
y = 1
#---
x = '''abc

#---
x = 1y = 1 2#---
if x:  pass    y = 1#---
x = 'abcy = 1#---
x = 1 \
y = 2 3
#---
# valid: mixed line endings are all newlines
x = 1y = 2
z = 3
#---
x = 1

def f():
    return 1
#---
# valid: a form feed resets the indentation column only at the start
x = 1

def f():
    return 1
#---
x = 1
    y = 2
#---
# valid: \r\n inside a triple-quoted string
x = '''a
b'''
#---
x = 1  2
#---
x = 1
#---
x = 1
