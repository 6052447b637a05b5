"""asyncio on top of a capture handle: ``await cap.read()`` and ``async for``.

No threads: the handle's descriptors (:meth:`Capture.wait_fds`: the socket
and the one ``breakloop()`` wakes) are registered with ``loop.add_reader``
and packets are taken from the ring without blocking
(:meth:`Capture.next_nowait`) when the kernel says the socket is readable
(a V3 block retired, a V2 frame filled, a datagram queued).  There is no
queue in between either: packets nobody awaits stay in the kernel's ring,
which is the buffer, and overflow there is counted as drops in ``stats()``.
A file never waits: it is read until :attr:`Capture.eof`.

A socket error (interface down or removed) wakes the reader too and is raised
from the ``await``.  ``breakloop()`` ends an ``async for`` and makes a pending
``await cap.read()`` return None.

Only public methods of :class:`~purepcap.capture.Capture` are used here.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, AsyncIterator

if TYPE_CHECKING:  # pragma: no cover
    from .capture import Capture
    from .packet import Packet

__all__ = ["read_packet", "aiter_packets", "read_batch"]


async def _readable(cap: "Capture") -> None:
    """Wait until one of the handle's descriptors is readable."""
    fds = cap.wait_fds()
    if not fds:                 # reads never wait (a file): let others run, then go on
        await asyncio.sleep(0)
        return
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def ready() -> None:
        if not fut.done():
            fut.set_result(None)

    for fd in fds:
        loop.add_reader(fd, ready)
    try:
        await fut
    finally:
        for fd in fds:
            loop.remove_reader(fd)


async def read_packet(cap: "Capture") -> "Packet | None":
    """The next packet; waits on the event loop, never blocks it.  None after
    ``breakloop()`` or at end of file."""
    while True:
        if cap.take_break():
            return None
        pkt = cap.next_nowait()
        if pkt is not None:
            return pkt
        if cap.eof:
            return None
        await _readable(cap)


async def read_batch(cap: "Capture") -> "list[Packet]":
    """The next non-empty batch (one ring block); [] after ``breakloop()`` or
    at end of file."""
    while True:
        if cap.take_break():
            return []
        batch = cap.read_batch(timeout_ms=0)
        if batch:
            return batch
        if cap.eof:
            return []
        await _readable(cap)


async def aiter_packets(cap: "Capture") -> AsyncIterator["Packet"]:
    """``async for pkt in cap.aiter()``: ends on ``breakloop()`` or at end of file."""
    while True:
        pkt = await read_packet(cap)
        if pkt is None:
            return
        yield pkt
