"""The live layer's door to the kernel: every system call it makes, in one object.

Rule 1 of this module: nothing else in :mod:`purepcap.live` calls
``socket.socket``, ``fcntl.ioctl``, ``mmap.mmap``, ``select.poll``,
``socket.if_nametoindex`` or looks at ``/sys`` directly.  It asks the current
:class:`Kernel` (``_sys.current()``), and talks to the socket objects that
kernel hands out.

Why a door
==========

Everything the live backends *decide* (which ring version, how far to shrink
a ring the kernel has no memory for, what to do when the kernel refuses a
filter program, when a read gives up waiting, what an interface that went
away looks like to the user) depends on answers from the kernel, and most of
those answers are hard to provoke on purpose: ``ENOMEM`` from
``PACKET_RX_RING``, ``EINVAL`` from ``SO_ATTACH_FILTER``, ``ENETDOWN`` half-way
through a capture.  Asking a real kernel also needs ``CAP_NET_RAW``.  So the
calls go through an object the tests can replace with a fake one (see
``tests/fake_kernel.py``), the way trio's ``testing`` package swaps its socket
factory: the backend logic then runs, unchanged and without root, against a
kernel that says exactly what a test wants it to say.

The door is a *system call* interface, not a capture interface: a
:class:`Kernel` opens sockets, runs ioctls, maps rings, makes pollers, binds
addresses.  The error mapping (``ENODEV`` -> :class:`NoSuchDevice` ...) and
every decision stay in the callers, so a fake kernel tests them too.

What goes through, and what does not
====================================

* ``socket(family, type, proto)`` returns an object with the methods of
  :class:`socket.socket` the live layer uses: ``setsockopt``,
  ``getsockopt``, ``recvmsg_into``, ``recv``, ``send``, ``fileno``,
  ``close`` (and, for netlink, ``bind`` with an address tuple).  Options are
  therefore "routed" simply by being methods of the object the kernel gave
  out.  ``SO_ATTACH_FILTER`` passes a ``struct sock_fprog`` whose pointer
  refers to memory in this process; a fake reads the instructions through
  that pointer, exactly as the kernel copies them from user space.
* The calls Python's socket objects cannot express are methods here:
  ``ioctl`` (``SIOCGIF*`` with a ``struct ifreq``), ``getsockopt_in`` (an
  option whose *input* is an int, ``PACKET_HDRLEN``), ``bind`` with a raw
  ``sockaddr_ll`` (Python's ``bind((name, proto))`` cannot say "every
  interface"), ``mmap`` of the ring, ``poller``, ``if_nametoindex`` and
  ``exists`` (sysfs).
* Per-packet work does not go through the door.  The backends fetch what they
  need once, at activation (the poller, the socket's bound methods), and the
  ring walkers read the mapping directly, as before: a fake ring is an
  anonymous mapping with the kernel's layout, and the same walker reads it.

:func:`use_kernel` swaps the current kernel for the duration of a ``with``
block.  A capture keeps the socket, the poller and the ring it got at
activation; the few calls that look the kernel up when they run (the
interface counters behind ``stats().ifdropped``, ``Device.wireless``) use
whatever kernel is current then, so keep a capture's whole life inside the
block.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import fcntl
import mmap
import os
import select
import socket
import struct
from typing import Any, Iterator

from ..errors import CaptureError, NoSuchDevice
from . import _linux as L

__all__ = ["Kernel", "current", "use_kernel", "ioctl_ifreq", "packet_hdrlen", "bind_ll"]


class Kernel:
    """The real Linux kernel (the default).

    Every method raises :class:`OSError` with the kernel's errno, as the
    system call does; callers turn it into the library's errors.
    """

    def socket(self, family: int, type: int, proto: int = 0) -> Any:
        """``socket(2)``: a :class:`socket.socket`."""
        return socket.socket(family, type, proto)

    def ioctl(self, sock: Any, request: int, arg: bytes) -> bytes:
        """``ioctl(2)`` with an in/out buffer (a ``struct ifreq``); the buffer after."""
        return fcntl.ioctl(sock.fileno(), request, arg)

    def getsockopt_in(self, sock: Any, level: int, opt: int, value: int) -> int:
        """``getsockopt(2)`` on an int option that also *takes* an int
        (``PACKET_HDRLEN``: the version in, the header length out)."""
        val = ctypes.c_int(value)
        size = ctypes.c_uint(ctypes.sizeof(val))
        if _libc().getsockopt(sock.fileno(), level, opt, ctypes.byref(val),
                              ctypes.byref(size)) != 0:
            _raise_errno()
        return val.value

    def bind(self, sock: Any, addr: bytes) -> None:
        """``bind(2)`` with a raw socket address (a packed ``sockaddr_ll``)."""
        buf = ctypes.create_string_buffer(addr, len(addr))
        if _libc().bind(sock.fileno(), buf, len(addr)) != 0:
            _raise_errno()

    def mmap(self, sock: Any, length: int) -> Any:
        """Map the socket's ring (``length`` bytes, shared, read-write)."""
        return mmap.mmap(sock.fileno(), length, mmap.MAP_SHARED,
                         mmap.PROT_READ | mmap.PROT_WRITE)

    def poller(self) -> Any:
        """A fresh ``select.poll()`` object (``register(fd, events)``, ``poll(ms)``)."""
        return select.poll()

    def if_nametoindex(self, name: str) -> int:
        return socket.if_nametoindex(name)

    def exists(self, path: str) -> bool:
        """Whether a ``/sys`` or ``/proc`` path exists."""
        return os.path.exists(path)


_current: Kernel = Kernel()


def current() -> Kernel:
    """The kernel the live layer talks to now."""
    return _current


@contextlib.contextmanager
def use_kernel(kernel: Kernel) -> Iterator[Kernel]:
    """Talk to ``kernel`` inside the ``with`` block (tests pass a fake one).

    Process-wide, not per thread or task: a capture thread started inside the
    block sees the same kernel.  Blocks nest; the previous kernel comes back
    on exit.
    """
    global _current
    before = _current
    _current = kernel
    try:
        yield kernel
    finally:
        _current = before


# --- the compound calls, written once over any kernel -------------------------------


def ioctl_ifreq(kernel: Kernel, sock: Any, request: int, name: str) -> bytes:
    """Run an ``SIOCGIF*`` ioctl for interface ``name``; the 24-byte union part
    of the answer.  ``ENODEV``/``ENXIO`` -> :class:`NoSuchDevice`."""
    try:
        out = kernel.ioctl(sock, request, L.ifreq(name))
    except OSError as exc:
        if exc.errno in (errno.ENODEV, errno.ENXIO):
            raise NoSuchDevice(f"{name}: no such device exists") from None
        raise CaptureError(f"{name}: ioctl {request:#x} failed: {exc.strerror}") from None
    return bytes(out[16:])


def packet_hdrlen(kernel: Kernel, sock: Any, version: int) -> int:
    """``getsockopt(PACKET_HDRLEN)``: the size of the ring slot header of
    ``version`` (``sizeof(struct tpacket3_hdr)`` ...; raises OSError)."""
    return kernel.getsockopt_in(sock, L.SOL_PACKET, L.PACKET_HDRLEN, version)


def bind_ll(kernel: Kernel, sock: Any, ifindex: int, protocol: int) -> None:
    """Bind a packet socket to an interface index (0: every interface) and a
    link-level protocol (host order; raises OSError)."""
    addr = L.SOCKADDR_LL.pack(socket.AF_PACKET, struct.pack(">H", protocol & 0xFFFF),
                              ifindex, 0, 0, 0, b"")
    kernel.bind(sock, addr)


_LIBC: ctypes.CDLL | None = None


def _libc() -> ctypes.CDLL:
    global _LIBC
    if _LIBC is None:
        _LIBC = ctypes.CDLL(None, use_errno=True)
    return _LIBC


def _raise_errno() -> None:
    err = ctypes.get_errno()
    raise OSError(err, os.strerror(err))
