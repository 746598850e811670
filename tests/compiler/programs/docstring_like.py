'a' 'b'
'%s' % 'x'

def folded_first():
    'abc' + 'def'
    return 1

def real_doc():
    'just a doc'
    x = 1

class FoldedDoc:
    'a' * 3
