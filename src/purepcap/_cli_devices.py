"""Devices as tcpdump 4.99.3 uses them: ``-D``, ``-L``, ``-J``, ``-j``, ``-I``,
the default device and ``-i N``.

Facts (tcpdump.c and libpcap 1.10.3 on Linux):

- No ``-i``: the first device of ``pcap_findalldevs()`` (what ``-D`` lists
  first), for capture, ``-L`` and ``-J``; none at all is "no interfaces
  available for capture".  ``-d`` without ``-i`` opens no device: it compiles
  for ``-y`` or, with "Warning: assuming Ethernet" on stderr, for EN10MB.
- ``-i NAME``: tcpdump opens NAME; only when that fails with "No such
  device" and NAME is all digits (``strtol``, base 10) is it the N-th line of
  ``-D``; 0, a negative number or one past the list is "Invalid adapter
  index".  ``-J`` only creates the handle, which works for any name, so it
  lists for the name as given.
- ``-i any...`` (any name that starts with "any") without ``-y`` asks for
  LINUX_SLL2 after activation, and any ``-y`` prints "NAME: data link type
  DLT" on stderr.  The API keeps libpcap's default for ``any``: LINUX_SLL.
- ``-L`` and ``-J`` print on stderr and exit 0; ``-D`` prints on stdout.
- Linux offers the time stamp type "host" only, unless the device time
  stamps every packet in hardware (``ETHTOOL_GET_TS_INFO``); another ``-j``
  is a warning, not an error.  ``-I`` on a device without monitor mode is
  "DEV: That device doesn't support monitor mode" (exit 1); purepcap has no
  monitor mode, so that is what ``-I`` says on every device.
"""

from __future__ import annotations

from typing import IO

from .errors import OptionError

__all__ = ["default_device", "by_number", "list_devices", "list_datalinks",
           "list_tstamp_types", "tstamp_type_value", "tstamp_warning", "monitor_mode_error",
           "wants_sll2"]


def default_device() -> str:
    """The device tcpdump captures on without ``-i``: the first of ``-D``."""
    from .live.devices import findalldevs
    devs = findalldevs()
    if not devs:
        raise OptionError("no interfaces available for capture")
    return devs[0].name


def _strtol10(text: str) -> int | None:
    """``strtol(text, &end, 10)`` when it consumes the whole string, else None."""
    t = text.lstrip(" \t\n\v\f\r")
    body = t[1:] if t[:1] in "+-" else t
    if not body or not body.isascii() or not body.isdigit():
        return None
    return int(t)


def _exists(name: str) -> bool:
    import socket  # here: build_parser imports this module on every start

    try:
        socket.if_nametoindex(name)
    except (OSError, ValueError):
        return False
    return True


def by_number(name: str) -> str:
    """``-i NAME``: NAME, or the NAME-th device of ``-D`` when no device has
    that name and it is a number (tcpdump's ``parse_interface_number``)."""
    if name == "any" or _exists(name):
        return name
    num = _strtol10(name)
    if num is None:
        return name
    if num <= 0:
        raise OptionError("Invalid adapter index")
    from .live.devices import findalldevs
    devs = findalldevs()
    if num > len(devs):
        raise OptionError("Invalid adapter index")
    return devs[num - 1].name


def wants_sll2(given: str | None, linktype: str | None) -> bool:
    """tcpdump 4.99.3 asks for LINUX_SLL2 when the ``-i`` text starts with "any"
    and no ``-y`` was given (the text as typed: ``-i 3`` naming ``any`` does not)."""
    return given is not None and given.startswith("any") and linktype is None


_STATUS_TEXT = {"unknown": ", Connection status unknown", "connected": ", Connected",
                "disconnected": ", Disconnected", "not applicable": ""}
_WIRELESS_STATUS_TEXT = {"unknown": ", Association status unknown", "connected": ", Associated",
                         "disconnected": ", Not associated", "not applicable": ""}


def list_devices(out: IO[str]) -> int:
    """``-D``: one numbered line per device, as tcpdump prints them (stdout)."""
    from .live.devices import PCAP_IF_LOOPBACK, PCAP_IF_RUNNING, PCAP_IF_UP, PCAP_IF_WIRELESS
    from .live.devices import findalldevs
    tokens = ((PCAP_IF_UP, "Up"), (PCAP_IF_RUNNING, "Running"),
              (PCAP_IF_LOOPBACK, "Loopback"), (PCAP_IF_WIRELESS, "Wireless"))
    for i, dev in enumerate(findalldevs(), 1):
        line = f"{i}.{dev.name}"
        if dev.description:
            line += f" ({dev.description})"
        flags = dev.pcap_flags
        if flags:
            names = [text for bit, text in tokens if flags & bit]
            table = _WIRELESS_STATUS_TEXT if flags & PCAP_IF_WIRELESS else _STATUS_TEXT
            line += f" [{', '.join(names) or 'none'}{table.get(dev.connection, '')}]"
        out.write(line + "\n")
    out.flush()
    return 0


def list_datalinks(dlts: list[int], device: str, err: IO[str]) -> int:
    """``-L``: the link types of an activated device, on stderr."""
    from .linktype import dlt_to_description, dlt_to_name
    from .printer._walk import LINKTYPES
    err.write(f"Data link types for {device} (use option -y to set):\n")
    for d in dlts:
        try:
            name = dlt_to_name(d)
        except Exception:  # noqa: BLE001 - a value the table doesn't know
            err.write(f"  DLT {d} (printing not supported)\n")
            continue
        note = "" if d in LINKTYPES else " (printing not supported)"
        err.write(f"  {name} ({dlt_to_description(d)}){note}\n")
    err.flush()
    return 0


def list_tstamp_types(device: str, err: IO[str]) -> int:
    """``-J``: the time stamp types of ``device``, on stderr."""
    from .live.devices import TSTAMP_TYPES, tstamp_types
    names = {v: (n, d) for n, d, v in TSTAMP_TYPES}
    err.write(f"Time stamp types for {device} (use option -j to set):\n")
    for v in tstamp_types(device):
        name, desc = names[v]
        err.write(f"  {name} ({desc})\n")
    err.flush()
    return 0


def tstamp_type_value(text: str) -> int:
    """``-j TYPE`` (case-insensitive, as ``pcap_tstamp_type_name_to_val``)."""
    from .live.devices import TSTAMP_TYPES
    for name, _desc, value in TSTAMP_TYPES:
        if name.lower() == text.lower():
            return value
    raise OptionError(f"invalid time stamp type {text}")


def tstamp_warning(device: str, value: int) -> str | None:
    """The warning tcpdump prints for ``-j`` on ``device``, or None when the
    type is the one purepcap captures with (host)."""
    from .live.devices import TSTAMP_TYPES, tstamp_types
    if value == 0:
        return None
    name = next(n for n, _d, v in TSTAMP_TYPES if v == value)
    offered = tstamp_types(device)
    if value in offered and offered != [0]:
        why = "purepcap captures with host time stamps only"
    else:
        why = "That type of time stamp is not supported by that device"
    return f"When trying to set timestamp type '{name}' on {device}: {why}"


def monitor_mode_error(device: str) -> OptionError:
    """``-I``: libpcap's error for a device that can't do monitor mode (purepcap
    has no monitor mode at all)."""
    return OptionError(f"{device}: That device doesn't support monitor mode")


def tstamp_type_arg(text: str) -> int:
    """argparse ``type=`` for ``-j``: the value, or ValueError (tcpdump's line is
    made from the option by the parser)."""
    try:
        return tstamp_type_value(text)
    except OptionError:
        raise ValueError(text) from None
