"""The io module provides the Python interfaces to stream handling. The
builtin open function is defined in this module.

At the top of the I/O hierarchy is the abstract base class IOBase. It
defines the basic interface to a stream. Note, however, that there is no
separation between reading and writing to streams; implementations are
allowed to raise an OSError if they do not support a given operation.
"""

# PVM's io: the classes are the native ones of _io; this module adds the
# abstract base classes (IOBase, RawIOBase, BufferedIOBase, TextIOBase)
# that the concrete classes are registered with, as in CPython.

import abc as _abc
import _io
from _io import (DEFAULT_BUFFER_SIZE, UnsupportedOperation, FileIO,
                 BytesIO, StringIO, BufferedReader, BufferedWriter,
                 BufferedRandom, TextIOWrapper, open)

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding",
           "IncrementalNewlineDecoder"]


BlockingIOError = BlockingIOError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def open_code(path):
    """Opens the provided file with the intent to import the contents."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s"
                        % type(path).__name__)
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    """A helper function to choose the text encoding: the encoding given,
    or "locale" when it is None."""
    if encoding is None:
        return "locale"
    return encoding


class IOBase(_io._IOBase, metaclass=_abc.ABCMeta):
    pass


class RawIOBase(_io._RawIOBase, IOBase):
    pass


class BufferedIOBase(_io._BufferedIOBase, IOBase):
    pass


class TextIOBase(_io._TextIOBase, IOBase):
    pass


RawIOBase.register(FileIO)

for _klass in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_klass)

for _klass in (StringIO, TextIOWrapper):
    TextIOBase.register(_klass)
del _klass


def _stdio_class():
    # The VM's own sys.stdout/stderr/stdin are text streams too.
    import sys
    return type(sys.__stdout__)


TextIOBase.register(_stdio_class())
del _stdio_class


class BufferedRWPair(BufferedIOBase):
    """A buffered reader and writer object together: reads go to the
    reader, writes to the writer."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        if not reader.readable():
            raise UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise UnsupportedOperation('"writer" argument must be writable.')
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        if size is None:
            size = -1
        return self.reader.read(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def peek(self, size=0):
        return self.reader.peek(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readinto1(self, b):
        return self.reader.readinto1(b)

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def flush(self):
        return self.writer.flush()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed


class IncrementalNewlineDecoder:
    """Codec used when reading a file in universal newlines mode. It wraps
    another incremental decoder, translating \\r\\n and \\r into \\n. It
    also records the types of newlines encountered."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.seennl = 0
        self.pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count('\r\n')
        cr = output.count('\r') - crlf
        lf = output.count('\n') - crlf
        self.seennl |= (lf and 1) | (cr and 2) | (crlf and 4)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf = b""
            flag = 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self.pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"),
                ("\r", "\r\n"), ("\r", "\n", "\r\n"))[self.seennl]
