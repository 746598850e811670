# Escape sequences in str and bytes literals.
simple = '\\ \' \" \a \b \f \n \r \t \v'
octal = '\0 \7 \12 \123 \177 \400'
hexa = '\x00 \x7f \xff \xAb'
unicode16 = '\u0000 \u00e9 \u20AC \uffff'
unicode32 = '\U00000041 \U0001F600 \U0010FFFF'
named = '\N{LATIN SMALL LETTER E WITH ACUTE} \N{EURO SIGN} \N{SNAKE} \N{space}'
line_continuation = 'one \
two \
three'
unknown_escapes_are_kept = '\d \w \s \. \q'
bytes_escapes = b'\\ \' \" \a \b \f \n \r \t \v \0 \177 \x00 \xff'
bytes_unknown = b'\u0041 \N{SNAKE} \d'
raw_keeps_everything = r'\n \x \u \N{x} \\' + r"\""
non_ascii_text = 'café ñ 日本語 🐍 Ωμέγα'
non_ascii_escaped = '\xe9\u00f1\u65e5\U0001f40d'
