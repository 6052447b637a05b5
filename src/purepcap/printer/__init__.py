"""tcpdump-style output and packet dissection (sans-IO).

Being rebuilt as a package: ``_base`` holds the contract every protocol
module is written against; ``_dump`` the timestamp and hex/ASCII formats.
"""

from __future__ import annotations

from ._dump import (TimestampFormatter, ascii_dump, hex_ascii_dump, hex_dump,
                    link_header_length, summary_line)

__all__ = ["TimestampFormatter", "hex_dump", "hex_ascii_dump", "ascii_dump",
           "summary_line", "link_header_length"]
