# Form feeds: page breaks between sections.

def first():
    return 1

# comment after a form feed
def second():
    x = 1
    
    return x
class Third:
    pass

  x = 1
