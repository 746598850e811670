"""Common operations on Posix pathnames.

Instead of importing this module directly, import os and refer to
this module as os.path.  The "os.path" name is an alias for this
module on Posix systems; on other systems (e.g. Windows),
os.path provides the same operations in a manner specific to that
platform, and is an alias to another module (e.g. ntpath).

Some of this can actually be useful on non-Posix systems too, e.g.
for manipulation of the pathname component of URLs.
"""

# PVM's posixpath (os.path), with genericpath's functions: every function
# takes str, bytes or os.PathLike and answers in the type it was given,
# with CPython's results and errors.

import os
import sys
import stat

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep",
           "extsep", "devnull", "realpath", "supports_unicode_filenames",
           "relpath", "commonpath"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False


def _seps(path):
    """The separator, current and parent directory names in the type of
    path (bytes or str)."""
    if isinstance(path, bytes):
        return b'/', b'.', b'..'
    return '/', '.', '..'


def _get_sep(path):
    return b'/' if isinstance(path, bytes) else '/'


def _check_arg_types(funcname, *args):
    # Which TypeError a failed operation on mixed or wrong arguments
    # raises (CPython's genericpath._check_arg_types).
    hasstr = hasbytes = False
    for s in args:
        if isinstance(s, str):
            hasstr = True
        elif isinstance(s, bytes):
            hasbytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}'
                            ) from None
    if hasstr and hasbytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return os.fspath(s)


def isabs(s):
    """Test whether a path is absolute"""
    s = os.fspath(s)
    return s.startswith(_get_sep(s))


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed.
    If any component is an absolute path, all previous path components
    will be discarded.  An empty last part will result in a path that
    ends with a separator."""
    a = os.fspath(a)
    sep = _get_sep(a)
    path = a
    try:
        if not p:
            # Only to raise for a component of the wrong type.
            path[:0] + sep
        for b in map(os.fspath, p):
            if b.startswith(sep):
                path = b
            elif not path or path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """Split a pathname.  Returns tuple "(head, tail)" where "tail" is
    everything after the final slash.  Either part may be empty."""
    p = os.fspath(p)
    sep = _get_sep(p)
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    """Split the extension from a pathname.

    Extension is everything from the last dot to the end, ignoring
    leading dots.  Returns "(root, ext)"; ext may be empty."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        sep, dot = b'/', b'.'
    else:
        sep, dot = '/', '.'
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # Dots that start the name do not start an extension.
        name_index = sep_index + 1
        while name_index < dot_index:
            if p[name_index:name_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            name_index += 1
    return p, p[:0]


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always
    empty."""
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    """Returns the final component of a pathname"""
    p = os.fspath(p)
    i = p.rfind(_get_sep(p)) + 1
    return p[i:]


def dirname(p):
    """Returns the directory component of a pathname"""
    p = os.fspath(p)
    sep = _get_sep(p)
    i = p.rfind(sep) + 1
    head = p[:i]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links"""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    """Test whether a path is a regular file"""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(st.st_mode)


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return stat.S_ISDIR(st.st_mode)


def islink(path):
    """Test whether a path is a symbolic link"""
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory

    This is determined by the device number and i-node number and
    raises an exception if an os.stat() call on either pathname fails.
    """
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file"""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def ismount(path):
    """Test whether a path is a mount point"""
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(s1.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    parent = realpath(parent)
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    # A different device than the parent's, or the same inode (the root).
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def expanduser(path):
    """Expand ~ and ~user constructions.  If user or $HOME is unknown,
    do nothing."""
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _get_sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1 or 'HOME' not in os.environ:
        # PVM has no password database to look users up in.
        return path
    userhome = os.environ['HOME']
    if isinstance(path, bytes):
        userhome = os.fsencode(userhome)
    userhome = userhome.rstrip(sep)
    return (userhome + path[i:]) or sep


def _var_name_end(path, i):
    # The end of the ASCII word (letters, digits, _) starting at i.
    n = len(path)
    while i < n:
        c = path[i:i + 1]
        if not (c.isalnum() and c.isascii()) and c not in ('_', b'_'):
            break
        i += 1
    return i


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables
    are left unchanged."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        dollar, lbrace, rbrace = b'$', b'{', b'}'
        if b'$' not in path:
            return path
        environ = getattr(os, 'environb', None)
    else:
        dollar, lbrace, rbrace = '$', '{', '}'
        if '$' not in path:
            return path
        environ = os.environ
    i = 0
    while True:
        i = path.find(dollar, i)
        if i < 0:
            break
        if path[i + 1:i + 2] == lbrace:
            close = path.find(rbrace, i + 2)
            if close < 0:
                i += 1
                continue
            j = close + 1
            name = path[i + 2:close]
        else:
            j = _var_name_end(path, i + 1)
            if j == i + 1:
                i += 1
                continue
            name = path[i + 1:j]
        try:
            if environ is None:
                value = os.fsencode(os.environ[os.fsdecode(name)])
            else:
                value = environ[name]
        except KeyError:
            i = j
        else:
            tail = path[j:]
            path = path[:i] + value
            i = len(path)
            path += tail
    return path


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = os.fspath(path)
    sep, dot, dotdot = _seps(path)
    empty = path[:0]
    if path == empty:
        return dot
    initial_slashes = 1 if path.startswith(sep) else 0
    # POSIX keeps exactly two leading slashes; three or more are one.
    if initial_slashes and path.startswith(sep * 2) and not path.startswith(sep * 3):
        initial_slashes = 2
    comps = []
    for comp in path.split(sep):
        if comp in (empty, dot):
            continue
        if comp != dotdot or (not initial_slashes and not comps) or (comps and comps[-1] == dotdot):
            comps.append(comp)
        elif comps:
            comps.pop()
    path = sep * initial_slashes + sep.join(comps)
    return path or dot


def abspath(path):
    """Return an absolute path."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename, eliminating any
symbolic links encountered in the path."""
    filename = os.fspath(filename)
    path, ok = _joinrealpath(filename[:0], filename, strict, {})
    return abspath(path)


def _joinrealpath(path, rest, strict, seen):
    # Joins rest to path (already resolved), resolving the links met;
    # seen maps the links on the way to their resolution (None while
    # being resolved, which finds loops).
    sep, curdir, pardir = _seps(path)
    if isabs(rest):
        rest = rest[1:]
        path = sep
    while rest:
        name, _, rest = rest.partition(sep)
        if not name or name == curdir:
            continue
        if name == pardir:
            if path:
                path, name = split(path)
                if name == pardir:
                    path = join(path, pardir, pardir)
            else:
                path = pardir
            continue
        newpath = join(path, name)
        try:
            st = os.lstat(newpath)
        except OSError:
            if strict:
                raise
            is_link = False
        else:
            is_link = stat.S_ISLNK(st.st_mode)
        if not is_link:
            path = newpath
            continue
        if newpath in seen:
            path = seen[newpath]
            if path is not None:
                continue
            # A loop: strict mode raises ELOOP, else the rest stays.
            if strict:
                os.stat(newpath)
            else:
                return join(newpath, rest), False
        seen[newpath] = None
        path, ok = _joinrealpath(path, os.readlink(newpath), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[newpath] = path
    return path, True


def relpath(path, start=None):
    """Return a relative version of a path"""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    sep, curdir, pardir = _seps(path)
    if start is None:
        start = curdir
    else:
        start = os.fspath(start)
    try:
        start_list = [x for x in abspath(start).split(sep) if x]
        path_list = [x for x in abspath(path).split(sep) if x]
        i = len(commonprefix([start_list, path_list]))
        rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
        if not rel_list:
            return curdir
        return join(*rel_list)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise


def commonprefix(m):
    "Given a list of pathnames, returns the longest common leading component"
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    sep, curdir, _ = _seps(paths[0])
    try:
        split_paths = [path.split(sep) for path in paths]
        try:
            isabs, = set(p[:1] == sep for p in paths)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
        s1 = min(split_paths)
        s2 = max(split_paths)
        common = s1
        for i, c in enumerate(s1):
            if c != s2[i]:
                common = s1[:i]
                break
        prefix = sep if isabs else sep[:0]
        return prefix + sep.join(common)
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise
