"""``-Z user``: give up root once the capture is open (tcpdump's ``droproot``).

What Debian's tcpdump 4.99.3 does, checked with strace (``tests/test_cli_files.py``
compares file ownership with it):

* only when running as root (real or effective uid 0); otherwise ``-Z`` is ignored;
* a user that does not exist: ``Couldn't find user 'NAME'``, exit status 1;
* the switch is ``initgroups`` + ``setgid`` + ``setuid`` to the user's uid and
  primary group, after the capture device or file is open;
* with ``-w`` and no ``-C``/``-G``, the one output file is created first (as
  root, so it can be in a directory only root may write to), given to the
  user with ``chown(uid, primary gid)``, and then privileges are dropped;
  with ``-C`` or ``-G`` privileges are dropped first and every file is
  created by the user.  Either way the files belong to the user.

Debian's build also drops to the user ``tcpdump`` when run as root without
``-Z`` (its ``--with-user``); purepcap does not (it is not a distribution
build, and such a user need not exist): without ``-Z`` files belong to whoever
runs it.  ``-Z root`` is accepted and changes nothing, as in tcpdump.

The user is looked up before any output file is opened, so an unknown user
leaves no file behind (Debian's tcpdump leaves the 24-byte header).
"""

from __future__ import annotations

import os
import pwd
from typing import NamedTuple

from .errors import CaptureError, OptionError

__all__ = ["User", "lookup", "drop", "is_root", "preload"]


class User(NamedTuple):
    name: str
    uid: int
    gid: int


def is_root() -> bool:
    """tcpdump's test: ``getuid() == 0 || geteuid() == 0``."""
    return os.getuid() == 0 or os.geteuid() == 0


def lookup(name: str) -> User:
    """The user ``-Z`` names (OptionError in tcpdump's words when there is none)."""
    try:
        pw = pwd.getpwnam(name)
    except (KeyError, ValueError):
        raise OptionError(f"Couldn't find user '{name[:32]}'") from None
    return User(pw.pw_name, pw.pw_uid, pw.pw_gid)


def preload() -> None:
    """Import now what the rest of the run may import lazily.

    After the switch the user may be unable to read the Python installation (one
    under ``/root``, as pyenv's), and every later ``import`` would fail.  This
    imports every purepcap module (not the Dask adapter, which a capture never
    uses) and the standard modules they import inside functions;
    about 0.4 s, paid only with ``-Z``."""
    import importlib
    import pkgutil

    import purepcap
    for name in ("re", "socket", "subprocess", "json", "datetime", "encodings.idna"):
        try:
            importlib.import_module(name)
        except ImportError:
            pass
    for info in pkgutil.walk_packages(purepcap.__path__, "purepcap."):
        if info.name == "purepcap.__main__" or info.name.startswith("purepcap.dask"):
            continue
        try:
            importlib.import_module(info.name)
        except Exception:  # noqa: BLE001 - an optional module that can't load isn't needed
            pass


def drop(user: User) -> None:
    """Become ``user``: supplementary groups, then group, then user id (modules are
    imported first, see :func:`preload`)."""
    preload()
    try:
        os.initgroups(user.name, user.gid)
        os.setgid(user.gid)
        os.setuid(user.uid)
    except OSError as exc:
        raise CaptureError(f"Couldn't change to '{user.name[:32]}' uid={user.uid} "
                           f"gid={user.gid}: {exc.strerror or exc}") from None
