"""asyncio on top of a capture handle: ``await cap.read()`` and ``async for``.

No threads: the handle's socket is registered with ``loop.add_reader`` and
packets are taken from the ring without blocking when the kernel says it is
readable (a V3 block retired, a V2 frame filled, a datagram queued).  There
is no queue in between either: packets nobody awaits stay in the kernel's
ring, which is the buffer, and overflow there is counted as drops in
``stats()``.

A socket error (interface down or removed) wakes the reader too and is raised
from the ``await``.  ``breakloop()`` ends an ``async for``.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, AsyncIterator

if TYPE_CHECKING:  # pragma: no cover
    from .capture import Capture
    from .packet import Packet

__all__ = ["read_packet", "aiter_packets", "read_batch"]


async def _readable(cap: "Capture") -> None:
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fd = cap.fileno()
    wake = cap._wake

    def ready() -> None:
        if not fut.done():
            fut.set_result(None)

    loop.add_reader(fd, ready)
    loop.add_reader(wake, ready)
    try:
        await fut
    finally:
        loop.remove_reader(fd)
        loop.remove_reader(wake)


async def read_packet(cap: "Capture") -> "Packet":
    """The next packet; waits on the event loop, never blocks it."""
    while True:
        pkt = cap._read_nowait()
        if pkt is not None:
            return pkt
        await _readable(cap)


async def read_batch(cap: "Capture") -> "list[Packet]":
    """The next non-empty batch (one ring block); [] after ``breakloop()``."""
    while True:
        if cap._take_break():
            return []
        batch = cap.read_batch(timeout_ms=0)
        if batch:
            return batch
        await _readable(cap)


async def aiter_packets(cap: "Capture") -> AsyncIterator["Packet"]:
    """``async for pkt in cap.aiter()``: ends on ``breakloop()`` (or end of file)."""
    backend = cap.backend
    while True:
        if cap._take_break():
            return
        pkt = cap._read_nowait()
        if pkt is not None:
            yield pkt
            continue
        if not backend.is_live and backend.eof:
            return
        await _readable(cap)
