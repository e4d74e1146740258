"""Case ids and object keys from outside: validated and escaped, never used as local paths."""

import re
from urllib.parse import quote

CASE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
IGNORED_SUFFIXES = (".tmp", ".part", ".partial", ".crdownload", ".swp", ".lock", "~")


def is_valid_case_id(case_id: str) -> bool:
    """Letters, digits, dot, dash, underscore; starts with a letter or digit; at most 128."""
    return bool(CASE_ID.fullmatch(case_id)) and ".." not in case_id


def escape_key(key: str) -> str:
    """The key with anything but printable ASCII percent-encoded: safe to store and show."""
    # A name that is not UTF-8 (a Latin-1 'Müller' from a file share) arrives with surrogate
    # escapes: its original bytes are percent-encoded.
    return quote(key, safe="/ !#$&'()*+,-.:;=?@[]^_`{|}~", errors="surrogateescape")


def is_hidden_or_temporary(name: str) -> bool:
    """Dot files, editor and download leftovers: not uploads (yet)."""
    return name.startswith((".", "~")) or name.lower().endswith(IGNORED_SUFFIXES)


def split_case_key(relative_key: str) -> tuple[str, str] | None:
    """'<case id>/<file>' into its parts; None when the case id or the file name is unusable."""
    case_id, slash, name = relative_key.partition("/")
    if not slash or not name or "/" in name or "\x00" in name:
        return None
    if not is_valid_case_id(case_id) or is_hidden_or_temporary(name):
        return None
    return case_id, name
