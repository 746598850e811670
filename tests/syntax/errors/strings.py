x = 'abc
#---
x = "abc
#---
x = 'abc"
#---
x = "abc'
#---
x = 1
y = 'never ends
z = 2
#---
x = '''abc
#---
x = """abc
def f():
    pass
#---
x = """abc""
#---
x = '''abc''
y = 1
#---
x = r'abc
#---
x = b'abc
#---
x = rb"abc
#---
x = u'abc
#---
x = f'abc
#---
x = f"abc {x}
#---
x = 'abc\
#---
# valid: backslash-newline inside a string continues it
x = 'abc\
def'
#---
x = "abc\"
#---
x = 'it's'
#---
x = "say "hi""
#---
x = b'caf\xc3\xa9'
y = b'café'
#---
x = b"ü"
#---
x = rb'ß'
#---
x = br'€'
#---
x = '\x'
#---
x = '\x4'
#---
x = '\xzz'
#---
x = '\u12'
#---
x = '\U0000'
#---
x = '\U00110000'
#---
x = '\N{NO SUCH CHARACTER NAME}'
#---
x = '\N{LATIN SMALL LETTER A'
#---
x = '\N'
#---
x = b'\x'
#---
x = b'\x4g'
#---
x = 'ok' + '\xg0'
#---
x = a'abc'
#---
x = c"abc"
#---
x = ub'abc'
#---
x = bu'abc'
#---
x = fb'abc'
#---
x = bf'abc'
#---
x = ur'abc'
#---
x = 'abc' 'def
#---
x = ('abc'
     'def
     'ghi')
#---
x = 'abc' x 'def'
#---
x = "abc" 1
#---
x = 1 "abc"
#---
x = f'{x}' 'y' 3
#---
x = """
line 1
line 2
#---
x = '''
'''
y = '''
#---
def f():
    """docstring never closed
    pass
#---
x = 'a' + \
  'b
#---
x = r"\"
#---
x = r'abc\'
#---
x = rb'\'
#---
s = "tab	inside" + "and
#---
x = '€ is fine but this is not
#---
x = "\N{EURO SIGN}" "\N{}"
#---
x = '''abc''' '''
#---
x = 'a' b'b'
#---
x = b'a' 'b' b'c'
#---
x = f'a' b'b'
#---
x = (b'a'
     'b')
