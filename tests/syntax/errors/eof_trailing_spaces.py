# valid: trailing whitespace without a final newline
x = 1



    