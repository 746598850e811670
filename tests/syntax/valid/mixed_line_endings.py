# Mixed line endings: LF, CRLF and CR.
x = 1
y = 2if x:
    z = 3
    w = 4