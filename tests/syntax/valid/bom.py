# This file starts with a UTF-8 byte order mark.
name = 'café'
été = 1
