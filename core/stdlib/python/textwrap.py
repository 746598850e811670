"""Wrapping and filling of plain-text paragraphs, and dedent/indent."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The whitespace characters the wrapper splits on and replaces (only
# ASCII ones: U+00A0 and friends stay glued to their words).
_whitespace = '\t\n\x0b\x0c\r '


def _is_word_char(c):
    """The regular expression class \\w."""
    return c.isalnum() or c == '_'


def _is_letter(c):
    """\\w without decimal digits ([^\\d\\W])."""
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    """A character that may end a word before an em-dash."""
    return c.isalnum() or c in '_!"\'&.,?'


def _dashes_then_word(text, i):
    """Whether two or more dashes start at i and a word character
    follows them (an em-dash between words)."""
    n = len(text)
    j = i
    while j < n and text[j] == '-':
        j += 1
    return j - i >= 2 and j < n and _is_word_char(text[j])


def _breaks_after_hyphen(text, i):
    """Whether the hyphen at i ends a piece of a compound word: two
    letters (or letter, hyphen, letter) before it, and a letter, an
    optional hyphen and a letter after it."""
    n = len(text)
    before = (i >= 2 and _is_letter(text[i - 2]) and _is_letter(text[i - 1])) or (
        i >= 3 and _is_letter(text[i - 3]) and text[i - 2] == '-'
        and _is_letter(text[i - 1]))
    if not before or i + 1 >= n or not _is_letter(text[i + 1]):
        return False
    if i + 2 < n and _is_letter(text[i + 2]):
        return True
    return i + 3 < n and text[i + 2] == '-' and _is_letter(text[i + 3])


_to_space = {ord(c): ' ' for c in _whitespace}


def _runs(text):
    """The (start, end, is_whitespace) runs of text, found with str
    methods rather than character by character."""
    runs = []
    pos = 0
    space_start = 0
    for piece in text.translate(_to_space).split(' '):
        if piece:
            if space_start < pos:
                runs.append((space_start, pos, True))
            runs.append((pos, pos + len(piece), False))
            pos += len(piece)
            space_start = pos
        # The whitespace character after the piece.
        pos += 1
    if space_start < len(text):
        runs.append((space_start, len(text), True))
    return runs


def _split_word(text, start, stop, chunks):
    """Appends the chunks of the word text[start:stop]: pieces ending at
    a breakable hyphen (which they keep), and em-dashes. The characters
    around the word count for the hyphen and em-dash rules."""
    while start < stop:
        end = start + 1
        if (text[start] == '-' and start > 0 and _is_word_punct(text[start - 1])
                and _dashes_then_word(text, start)):
            while text[end] == '-':
                end += 1
        else:
            # The shortest piece that ends at a breakable hyphen, at the
            # end of the word, or before an em-dash.
            while True:
                if text[end:end + 1] == '-' and _breaks_after_hyphen(text, end):
                    end += 1
                    break
                if end >= stop:
                    break
                if _is_word_punct(text[end - 1]) and _dashes_then_word(text, end):
                    break
                end += 1
        chunks.append(text[start:end])
        start = end


def _split_words(text):
    """Splits text into whitespace runs, em-dashes and words, breaking
    hyphenated words after their hyphens ("goof-", "ball")."""
    chunks = []
    for start, stop, space in _runs(text):
        if space or '-' not in text[start:stop]:
            chunks.append(text[start:stop])
        else:
            _split_word(text, start, stop, chunks)
    return chunks


def _split_whitespace(text):
    """Splits text into whitespace runs and the words between them."""
    return [text[start:stop] for start, stop, _ in _runs(text)]


def _ends_sentence(chunk):
    """Whether a chunk ends with a lowercase letter, sentence-ending
    punctuation and an optional closing quote."""
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """Wraps and fills paragraphs: wrap() returns the lines, fill() one
    str; the other methods are steps a subclass may override.

    Options (instance attributes):
      width (70): the longest line, indent included (longer ones only
        when a word cannot be broken).
      initial_indent (""), subsequent_indent (""): put before the first
        line and before every other line.
      expand_tabs (True), tabsize (8): expand tabs first.
      replace_whitespace (True): then turn each whitespace character
        into a space (tabs too when they were not expanded).
      fix_sentence_endings (False): put two spaces after sentence ends.
      break_long_words (True): split words longer than the width.
      break_on_hyphens (True): allow breaks after hyphens in compound
        words.
      drop_whitespace (True): drop whitespace at the start and end of
        lines.
      max_lines (None), placeholder (' [...]'): keep at most that many
        lines, ending the last with the placeholder.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # The steps of wrapping, for subclasses to override.

    def _munge_whitespace(self, text):
        """The text with tabs expanded and whitespace made spaces, as the
        options say.
        """
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """The chunks of the text: words and runs of whitespace (and, when
        breaking on hyphens, the pieces of compound words and em-dashes).
        "Look, goof-ball -- use the -b option!" gives 'Look,', ' ',
        'goof-', 'ball', ' ', '--', ' ', 'use', ' ', 'the', ' ', '-b', ' ',
        'option!' (with 'goof-ball' whole when not breaking on hyphens).
        """
        if self.break_on_hyphens is True:
            return _split_words(text)
        return _split_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        """Doubles the single space after chunks that end a sentence (a
        lowercase letter, '.', '!' or '?', perhaps a closing quote).
        """
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Puts as much of a chunk wider than the line as fits (breaking after
        a hyphen when it can) on the current line, or, when long words are
        not broken, the whole chunk on a line of its own.
        """
        # At least one character goes on every line, however narrow.
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer breaking after the last hyphen that fits, unless
                # only hyphens come before it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            # An unbreakable word on a line of its own.
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """The lines made of the chunks, each at most `width` long unless a
        word cannot be broken; whitespace chunks at line ends are dropped
        when drop_whitespace is set, and max_lines cuts the text with the
        placeholder.
        """
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = (self.subsequent_indent if self.max_lines > 1
                      else self.initial_indent)
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        # Chunks are taken from the end of the reversed list.
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # Whitespace at the start of a line (other than the first).
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            # Whitespace at the end of the line.
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if not cur_line:
                continue
            if (self.max_lines is None or
                    len(lines) + 1 < self.max_lines or
                    (not chunks or
                     self.drop_whitespace and
                     len(chunks) == 1 and
                     not chunks[0].strip()) and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            # The last line allowed: end it with the placeholder, dropping
            # chunks until it fits, or append it to the previous line.
            while cur_line:
                if (cur_line[-1].strip() and
                        cur_len + len(self.placeholder) <= width):
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if (len(prev_line) + len(self.placeholder) <=
                            self.width):
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break

        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """The lines of the paragraph `text`, each at most `width` long."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The paragraph `text` wrapped, as one str with newlines."""
        return "\n".join(self.wrap(text))


# One-call forms.

def wrap(text, width=70, **kwargs):
    """The lines of the paragraph `text` wrapped to `width` columns; the
    keyword arguments are TextWrapper's options.
    """
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """The paragraph `text` wrapped to `width` columns, as one str; the
    keyword arguments are TextWrapper's options.
    """
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """`text` with its whitespace collapsed and, if it is still wider than
    `width`, cut at a word and ended with the placeholder:

        >>> textwrap.shorten("Hello  world!", width=12)
        'Hello world!'
        >>> textwrap.shorten("Hello  world!", width=11)
        'Hello [...]'
    """
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


# Indentation of whole texts.

def _leading_blanks(line):
    """The spaces and tabs that start a line."""
    return line[:len(line) - len(line.lstrip(' \t'))]


def dedent(text):
    """`text` without the leading spaces and tabs all its non-blank lines
    share (a tab and spaces do not match), and with blank lines emptied;
    for triple-quoted strings indented with the code around them.
    """
    lines = text.split('\n')
    # Lines of nothing but spaces and tabs become empty.
    lines = ['' if line and not line.strip(' \t') else line
             for line in lines]
    margin = None
    for line in lines:
        if not line:
            continue
        blanks = _leading_blanks(line)
        if margin is None or margin.startswith(blanks):
            margin = blanks
        elif not blanks.startswith(margin):
            # Keep the longest common prefix of the two.
            i = 0
            while margin[i] == blanks[i]:
                i += 1
            margin = margin[:i]
    if margin:
        size = len(margin)
        lines = [line[size:] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """`text` with `prefix` before every line for which `predicate(line)`
    is true; without a predicate, before every line that is not blank.
    """
    if predicate is None:
        def predicate(line):
            return line.strip()

    def prefixed_lines():
        for line in text.splitlines(True):
            yield (prefix + line if predicate(line) else line)
    return ''.join(prefixed_lines())
