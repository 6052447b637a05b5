"""IEEE 802.11 frames, bare (link type 105) or after a radiotap header (127).

:func:`decode_ieee80211_radio` / :func:`format_ieee80211_radio` cover the whole
frame as tcpdump prints it for ``IEEE802_11_RADIO``: the radiotap fields it
knows, in presence-bit order (``"1.0 Mb/s 2412 MHz 11b -52dBm signal antenna 0 "``),
``"[bit N] "`` for the first field it does not know (and nothing after it),
then the 802.11 text.  :func:`decode_ieee80211` / :func:`format_ieee80211`
cover the bare 802.11 frame.

802.11 text: management frames print their summary (``"Beacon (ssid) [1.0*
2.0* Mbit] ESS CH: 1, PRIVACY"``), control frames their name and addresses,
protected data frames ``"Data IV:..."``.  Unprotected data frames print
nothing of their own without ``-e``; their payload is an 802.2 LLC unit:

* LLC/SNAP with OUI 0 (``aa aa 03 00 00 00 <type>``): ``inner =
  ("ethertype", type, offset of the payload after SNAP)``; with ``-e`` the
  text already ends with tcpdump's LLC/SNAP text (``"LLC, dsap SNAP (0xaa)
  Individual, ... ethertype IPv4 (0x0800), length 84: "``);
* any other LLC: ``inner = ("llc", 0, offset of the DSAP)`` (the table of
  ``link.py``'s 802.2 decoder, which prints STP and the rest).

The walker appends the inner unit's text directly: the separator (``""``, or
the LLC text with ``-e``) is already part of this text.  With ``-e`` the
802.11 addresses come first (``"BSSID:... DA:... SA:... "``), as tcpdump puts
them; with ``-e -v`` the duration too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ._addr import etheraddr_string
from ._base import TRUNCATED, Context, Layer, stopped
from .arp import ETHERTYPE_NAMES
from .lldp import safe_text

__all__ = ["RadiotapRecord", "Ieee80211Record", "decode_ieee80211_radio", "decode_radiotap",
           "format_radiotap",
           "format_ieee80211_radio", "decode_ieee80211", "format_ieee80211"]


_STATUS: tuple[str, ...] = (
    'Successful',
    'Unspecified failure',
    'TDLS wakeup schedule rejected but alternative schedule provided',
    'TDLS wakeup schedule rejected',
    'Reserved',
    'Security disabled',
    'Unacceptable lifetime',
    'Not in same BSS',
    'Reserved',
    'Reserved',
    'Cannot Support all requested capabilities in the Capability Information field',
    'Reassociation denied due to inability to confirm that association exists',
    'Association denied due to reason outside the scope of this standard',
    'Responding STA does not support the specified authentication algorithm',
    'Received an Authentication frame with authentication transaction sequence number out of expected sequence',
    'Authentication rejected because of challenge failure',
    'Authentication rejected due to timeout waiting for next frame in sequence',
    'Association denied because AP is unable to handle additional associated STAs',
    'Association denied due to requesting STA not supporting all of the data rates in the BSSBasicRateSet parameter, the Basic HT-MCS Set field of the HT Operation parameter, or the Basic VHT-MCS and NSS Set field in the VHT Operation parameter',
    'Association denied due to requesting STA not supporting the short preamble option',
    'Reserved',
    'Reserved',
    'Association request rejected because Spectrum Management capability is required',
    'Association request rejected because the information in the Power Capability element is unacceptable',
    'Association request rejected because the information in the Supported Channels element is unacceptable',
    'Association denied due to requesting STA not supporting the Short Slot Time option',
    'Reserved',
    'Association denied because the requested STA does not support HT features',
    'R0KH unreachable',
    'Association denied because the requesting STA does not support the phased coexistence operation (PCO) transition time required by the AP',
    'Association request rejected temporarily; try again later',
    'Robust management frame policy violation',
    'Unspecified, QoS-related failure',
    'Association denied because QoS AP or PCP has insufficient bandwidth to handle another QoS STA',
    'Association denied due to excessive frame loss rates and/or poor conditions on current operating channel',
    'Association (with QoS BSS) denied because the requesting STA does not support the QoS facility',
    'Reserved',
    'The request has been declined',
    'The request has not been successful as one or more parameters have invalid values',
    'The allocation or TS has not been created because the request cannot be honored; however, a suggested TSPEC/DMG TSPEC is provided so that the initiating STA can attempt to set another allocation or TS with the suggested changes to the TSPEC/DMG TSPEC',
    'Invalid element, i.e., an element defined in this standard for which the content does not meet the specifications in Clause 9',
    'Invalid group cipher',
    'Invalid pairwise cipher',
    'Invalid AKMP',
    'Unsupported RSNE version',
    'Invalid RSNE capabilities',
    'Cipher suite rejected because of security policy',
    'The TS or allocation has not been created; however, the HC or PCP might be capable of creating a TS or allocation, in response to a request, after the time indicated in the TS Delay element',
    'Direct Link is not allowed in the BSS by policy',
    'The Destination STA is not present within this BSS',
    'The Destination STA is not a QoS STA',
    'Association denied because the listen interval is too large',
    'Invalid FT Action frame count',
    'Invalid pairwise master key identifier (PMKID)',
    'Invalid MDE',
    'Invalid FTE',
    'Requested TCLAS processing is not supported by the AP or PCP',
    'The AP or PCP has insufficient TCLAS processing resources to satisfy the request',
    'The TS has not been created because the request cannot be honored; however, the HC or PCP suggests that the STA transition to a different BSS to set up the TS',
    'GAS Advertisement Protocol not supported',
    'No outstanding GAS request',
    'GAS Response not received from the Advertisement Server',
    'STA timed out waiting for GAS Query Response',
    'LARGE GAS Response is larger than query response length limit',
    'Request refused because home network does not support request',
    'Advertisement Server in the network is not currently reachable',
    'Reserved',
    'Request refused due to permissions received via SSPN interface',
    'Request refused because the AP or PCP does not support unauthenticated access',
    'Reserved',
    'Reserved',
    'Reserved',
    'Invalid contents of RSNE',
    'U-APSD coexistence is not supported',
    'Requested U-APSD coexistence mode is not supported',
    'Requested Interval/Duration value cannot be supported with U-APSD coexistence',
    'Authentication is rejected because an Anti-Clogging Token is required',
    'Authentication is rejected because the offered finite cyclic group is not supported',
    'The TBTT adjustment request has not been successful because the STA could not find an alternative TBTT',
    'Transmission failure',
    'Requested TCLAS Not Supported',
    'TCLAS Resources Exhausted',
    'Rejected with Suggested BSS transition',
    'Reject with recommended schedule',
    'Reject because no wakeup schedule specified',
    'Success, the destination STA is in power save mode',
    'FST pending, in process of admitting FST session',
    'Performing FST now',
    'FST pending, gap(s) in block ack window',
    'Reject because of U-PID setting',
    'Reserved',
    'Reserved',
    '(Re)Association refused for some external reason',
    '(Re)Association refused because of memory limits at the AP',
    '(Re)Association refused because emergency services are not supported at the AP',
    'GAS query response not yet received',
    'Reject since the request is for transition to a frequency band subject to DSE procedures and FST Initiator is a dependent STA',
    'Requested TCLAS processing has been terminated by the AP',
    'The TS schedule conflicts with an existing schedule; an alternative schedule is provided',
    'The association has been denied; however, one or more Multi-band elements are included that can be used by the receiving STA to join the BSS',
    'The request failed due to a reservation conflict',
    'The request failed due to exceeded MAF limit',
    'The request failed due to exceeded MCCA track limit',
    'Association denied because the information in theSpectrum Management field is unacceptable',
    'Association denied because the requesting STA does not support VHT features',
    'Enablement denied',
    'Enablement denied due to restriction from an authorized GDB',
    'Authorization deenabled',
)

_REASONS: dict[int, str] = {
    1: 'Unspecified reason',
    2: 'Previous authentication no longer valid',
    3: 'Deauthenticated because sending STA is leaving (or has left) IBSS or ESS',
    4: 'Disassociated due to inactivity',
    5: 'Disassociated because AP is unable to handle all currently  associated STAs',
    6: 'Class 2 frame received from nonauthenticated STA',
    7: 'Class 3 frame received from nonassociated STA',
    8: 'Disassociated because sending STA is leaving (or has left) BSS',
    9: 'STA requesting (re)association is not authenticated with responding STA',
    10: 'Disassociated because the information in the Power Capability element is unacceptable',
    11: 'Disassociated because the information in the Supported Channels element is unacceptable',
    12: 'Disassociated due to BSS transition management',
    13: 'Invalid element, i.e., an element defined in this standard for which the content does not meet the specifications in Clause 9',
    14: 'Message integrity code (MIC) failure',
    15: '4-Way Handshake timeout',
    16: 'Group key handshake timeout',
    17: 'Information element in 4-Way Handshake different from (Re)AssociationRequest/Probe Response/Beacon frame',
    18: 'Invalid group cipher',
    19: 'Invalid pairwise cipher',
    20: 'Invalid AKMP',
    21: 'Unsupported RSNE version',
    22: 'Invalid RSNE capabilities',
    23: 'IEEE 802.1X authentication failed',
    24: 'Cipher suite rejected because of the security policy',
    25: 'TDLS direct-link teardown due to TDLS peer STA unreachable via the TDLS direct link',
    26: 'TDLS direct-link teardown for unspecified reason',
    27: 'Disassociated because session terminated by SSP request',
    28: 'Disassociated because of lack of SSP roaming agreement',
    29: 'Requested service rejected because of SSP cipher suite or AKM requirement',
    30: 'Requested service not authorized in this location',
    31: 'TS deleted because QoS AP lacks sufficient bandwidth for this QoS STA due to a change in BSS service characteristics or operational mode (e.g. an HT BSS change from 40 MHz channel to 20 MHz channel)',
    32: 'Disassociated for unspecified, QoS-related reason',
    33: 'Disassociated because QoS AP lacks sufficient bandwidth for this QoS STA',
    34: 'Disassociated because of excessive number of frames that need to be acknowledged, but are not acknowledged due to AP transmissions and/or poor channel conditions',
    35: 'Disassociated because STA is transmitting outside the limits of its TXOPs',
    36: 'Requested from peer STA as the STA is leaving the BSS (or resetting)',
    37: 'Requested from peer STA as it does not want to use the mechanism',
    38: 'Requested from peer STA as the STA received frames using the mechanism for which a set up is required',
    39: 'Requested from peer STA due to time out',
    45: 'Peer STA does not support the requested cipher suite',
    46: 'In a DLS Teardown frame: The teardown was initiated by the DLS peer. In a Disassociation frame: Disassociated because authorized access limit reached',
    47: 'In a DLS Teardown frame: The teardown was initiated by the AP. In a Disassociation frame: Disassociated due to external service requirements',
    48: 'Invalid FT Action frame count',
    49: 'Invalid pairwise master key identifier (PMKID)',
    50: 'Invalid MDE',
    51: 'Invalid FTE',
    52: 'Mesh peering canceled for unknown reasons',
    53: 'The mesh STA has reached the supported maximum number of peer mesh STAs',
    54: 'The received information violates the Mesh Configuration policy configured in the mesh STA profile',
    55: 'The mesh STA has received a Mesh Peering Close frame requesting to close the mesh peering',
    56: 'The mesh STA has resent dot11MeshMaxRetries Mesh Peering Open frames, without receiving a Mesh Peering Confirm frame',
    57: 'The confirmTimer for the mesh peering instance times out',
    58: 'The mesh STA fails to unwrap the GTK or the values in the wrapped contents do not match',
    59: 'The mesh STA receives inconsistent information about the mesh parameters between mesh peering Management frames',
    60: 'The mesh STA fails the authenticated mesh peering exchange because due to failure in selecting either the pairwise ciphersuite or group ciphersuite',
    61: 'The mesh STA does not have proxy information for this external destination',
    62: 'The mesh STA does not have forwarding information for this destination',
    63: 'The mesh STA determines that the link to the next hop of an active path in its forwarding information is no longer usable',
    64: 'The Deauthentication frame was sent because the MAC address of the STA already exists in the mesh BSS',
    65: 'The mesh STA performs channel switch to meet regulatory requirements',
    66: 'The mesh STA performs channel switching with unspecified reason',
}

_ACTIONS: dict[int, dict[int, str]] = {
    3: {0: 'ADDBA Request', 1: 'ADDBA Response', 2: 'DELBA'},
    7: {0: 'TxChWidth', 1: 'MIMOPwrSave'},
    13: {0: 'MeshLink', 1: 'HWMP', 2: 'Gate Announcement', 3: 'Congestion Control', 4: 'MCCA Setup Request', 5: 'MCCA Setup Reply', 6: 'MCCA Advertisement Request', 7: 'MCCA Advertisement', 8: 'MCCA Teardown', 9: 'TBTT Adjustment Request', 10: 'TBTT Adjustment Response'},
    14: {0: 'Proxy Update', 1: 'Proxy Update Confirmation'},
    15: {1: 'Peering Open', 2: 'Peering Confirm', 3: 'Peering Close', 4: 'Group Key Inform', 5: 'Group Key Acknowledge'},
}

# --- radiotap -----------------------------------------------------------------

# presence bit -> (alignment, size) for the fields tcpdump 4.99.3 knows
_RT_FIELDS: dict[int, tuple[int, int]] = {
    0: (8, 8), 1: (1, 1), 2: (1, 1), 3: (2, 4), 4: (2, 2), 5: (1, 1), 6: (1, 1), 7: (2, 2),
    8: (2, 2), 9: (2, 2), 10: (1, 1), 11: (1, 1), 12: (1, 1), 13: (1, 1), 14: (2, 2),
    18: (4, 8), 19: (1, 3), 20: (4, 8), 21: (2, 12),
}
_RT_FLAG_FCS = 0x10
_RT_FLAG_DATAPAD = 0x20

# 802.11n data rates, 20 MHz, long guard interval, for MCS 33-76 (unequal modulation)
_HT_UNEQUAL_20 = (39, 52, 65, 58.5, 78, 97.5, 52, 65, 65, 78, 91, 91, 104, 78, 97.5, 97.5, 117,
                  136.5, 136.5, 156, 65, 78, 91, 78, 91, 104, 117, 104, 117, 130, 130, 143, 97.5,
                  117, 136.5, 117, 136.5, 156, 175.5, 156, 175.5, 195, 195, 214.5)
_HT_BASE_20 = (6.5, 13, 19.5, 26, 39, 52, 58.5, 65)
_HT_BW = ("20 MHz", "40 MHz", "20 MHz (L)", "20 MHz (U)")


def _ht_rate(mcs: int, bw40: bool, sgi: bool) -> float:
    if mcs < 32:
        rate = _HT_BASE_20[mcs % 8] * (mcs // 8 + 1)
    elif mcs == 32:
        if not bw40:
            return 0.0
        return 6.7 if sgi else 6.0
    elif mcs <= 76:
        rate = _HT_UNEQUAL_20[mcs - 33]
    else:
        return 0.0
    if bw40:
        rate = rate * 108 / 52
    if sgi:
        rate = rate * 10 / 9
    return rate


def _vht_bw(bw: int) -> str:
    if bw == 0:
        return "20 MHz"
    if bw <= 3:
        return "40 MHz"
    if bw <= 10:
        return "80 MHz"
    if bw <= 25:
        return "160 MHz"
    return "unknown"


def _chan_text(freq: int, flags: int, mcs_present: bool) -> str:
    out = f"{freq} MHz"
    if mcs_present:
        out += " 11n"
    else:
        if flags & 0x0880 == 0x0880:
            out += " FHSS"
        if flags & 0x0140 == 0x0140:
            out += " 11a/10Mhz" if flags & 0x4000 else " 11a/5Mhz" if flags & 0x8000 else " 11a"
        if flags & 0x00C0 == 0x00C0 or flags & 0x0480 == 0x0480:
            out += " 11g/10Mhz" if flags & 0x4000 else " 11g/5Mhz" if flags & 0x8000 else " 11g"
        elif flags & 0x00A0 == 0x00A0:
            out += " 11b"
        if flags & 0x0010:
            out += " Turbo"
    if flags & 0x10000:
        out += " ht/20"
    elif flags & 0x40000:
        out += " ht/40-"
    elif flags & 0x20000:
        out += " ht/40+"
    return out + " "


@dataclass(slots=True)
class RadiotapRecord(Layer, proto="radiotap"):
    version: int = -1
    hdr_len: int = 0
    present: list[int] = field(default_factory=list)   # the presence words
    # (bit, raw field bytes) in header order, for the fields tcpdump knows
    fields: list[tuple[int, bytes]] = field(default_factory=list)
    unknown_bit: int = -1        # first presence bit tcpdump does not know
    cut: bool = False            # a field runs past the header
    flags: int = 0               # the Flags field (FCS at end, data padding)
    mcs_present: bool = False


def _decode_radiotap(data: bytes) -> RadiotapRecord:
    rec = RadiotapRecord()
    n = len(data)
    if n < 8:
        return stopped(rec)
    rec.version = data[0]
    hlen = rec.hdr_len = data[2] | (data[3] << 8)
    o = 4
    while True:
        if o + 4 > n or o + 4 > hlen:
            return stopped(rec)
        w = int.from_bytes(data[o:o + 4], "little")
        rec.present.append(w)
        o += 4
        if not w & 0x80000000:
            break
    if hlen > n:
        return stopped(rec)
    ns_radiotap, k = True, 0
    for w in rec.present:
        mcs_bit = 1 << 19
        if ns_radiotap and k == 0 and w & mcs_bit:
            rec.mcs_present = True
        for b in range(29):
            if not w & (1 << b):
                continue
            if not ns_radiotap:
                continue
            bit = 32 * k + b
            spec = _RT_FIELDS.get(bit)
            if spec is None:
                rec.unknown_bit = bit
                return rec
            align, size = spec
            o = (o + align - 1) & ~(align - 1)
            if o + size > hlen:
                rec.cut = True
                return rec
            raw = bytes(data[o:o + size])
            rec.fields.append((bit, raw))
            if bit == 1:
                rec.flags = raw[0]
            o += size
        if w & (1 << 29):
            ns_radiotap, k = True, 0
        elif w & (1 << 30):
            o = (o + 1) & ~1
            if o + 6 > hlen:
                rec.cut = True
                return rec
            skip = data[o + 4] | (data[o + 5] << 8)
            o += 6 + skip
            ns_radiotap = False
        elif ns_radiotap:
            k += 1
    return rec


def _s8(b: int) -> int:
    return b - 256 if b > 127 else b


def _u8(raw: bytes) -> int:
    return raw[0]


def _s8_field(raw: bytes) -> int:
    return _s8(raw[0])


def _u16(raw: bytes) -> int:
    return raw[0] | (raw[1] << 8)


def _neg_u16(raw: bytes) -> int:
    return -(raw[0] | (raw[1] << 8))


def _half(raw: bytes) -> float:
    return raw[0] * 0.5


def _u64(raw: bytes) -> int:
    return int.from_bytes(raw, "little")


# Radiotap fields printed as one number: bit -> (how to read it, text around it).
_NUMBER_FIELDS: dict[int, tuple[Callable[[bytes], float], str]] = {
    0: (_u64, "{}us tsft "),
    2: (_half, "{:2.1f} Mb/s "),
    5: (_s8_field, "{}dBm signal "),
    6: (_s8_field, "{}dBm noise "),
    7: (_u16, "{} sq "),
    8: (_neg_u16, "{} tx power "),
    9: (_neg_u16, "{}dB tx attenuation "),
    10: (_s8_field, "{}dBm tx power "),
    11: (_u8, "antenna {} "),
    12: (_u8, "{}dB signal "),
    13: (_u8, "{}dB noise "),
}


def _field_text(bit: int, raw: bytes, rec: RadiotapRecord) -> str:
    number = _NUMBER_FIELDS.get(bit)
    if number is not None:
        read, template = number
        return template.format(read(raw))
    if bit == 1:
        f = raw[0]
        return ("cfp " if f & 0x01 else "") + ("short preamble " if f & 0x02 else "") + \
            ("wep " if f & 0x04 else "") + ("fragmented " if f & 0x08 else "") + \
            ("bad-fcs " if f & 0x40 else "")
    if bit == 3:
        return _chan_text(raw[0] | (raw[1] << 8), raw[2] | (raw[3] << 8), rec.mcs_present)
    if bit == 4:
        return f"fhset {raw[0]} fhpat {raw[1]} "
    if bit == 18:
        flags = int.from_bytes(raw[0:4], "little")
        return _chan_text(raw[4] | (raw[5] << 8), flags, rec.mcs_present)
    if bit == 19:
        return _mcs_text(raw)
    if bit == 21:
        return _vht_text(raw)
    return ""


def _mcs_text(raw: bytes) -> str:
    known, flags, mcs = raw[0], raw[1], raw[2]
    out = ""
    if known & 0x02:
        rate = _ht_rate(mcs, flags & 3 == 1, bool(flags & 0x04))
        out += f"{rate:.1f} Mb/s MCS {mcs} " if rate else f"MCS {mcs} "
    if known & 0x01:
        out += _HT_BW[flags & 3] + " "
    if known & 0x04:
        out += "short GI " if flags & 0x04 else "long GI "
    if known & 0x08:
        out += "greenfield " if flags & 0x08 else "mixed "
    if known & 0x10:
        out += "LDPC FEC " if flags & 0x10 else "BCC FEC "
    if known & 0x20:
        out += f"RX-STBC{(flags >> 5) & 3} "
    return out


def _vht_text(raw: bytes) -> str:
    known = raw[0] | (raw[1] << 8)
    flags, bw, coding = raw[2], raw[3], raw[8]
    out = ""
    for user in range(4):
        mn = raw[4 + user]
        if mn & 0x0F:
            out += (f"User {user} MCS {mn >> 4} "
                    f"{'LDPC' if coding & (1 << user) else 'BCC'} FEC ")
    if known & 0x40:
        out += _vht_bw(bw & 0x1F) + " "
    if known & 0x04:
        out += "short GI " if flags & 0x04 else "long GI "
    return out


def _radiotap_text(rec: RadiotapRecord) -> str:
    out = "".join(_field_text(bit, raw, rec) for bit, raw in rec.fields)
    if rec.unknown_bit >= 0:
        out += f"[bit {rec.unknown_bit}] "
    elif rec.cut:
        out += " [|802.11_radio]"
    return out

# --- 802.11 -------------------------------------------------------------------

_T_MGMT, _T_CTRL, _T_DATA = 0, 1, 2
_AUTH_ALGS = ("Open System", "Shared Key", "EAP")
_ACTION_CATEGORIES = {0: "Spectrum Management", 1: "QoS", 2: "DLS", 3: "BA", 7: "HT",
                      13: "MeshAction", 14: "MultiohopAction", 15: "SelfprotectAction",
                      127: "Vendor"}
_MGMT_NAMES = {0: "Assoc Request", 1: "Assoc Response", 2: "ReAssoc Request",
               3: "ReAssoc Response", 4: "Probe Request", 5: "Probe Response", 8: "Beacon",
               9: "ATIM", 10: "Disassociation", 11: "Authentication", 12: "DeAuthentication",
               13: "Action"}
_FC_FLAG_NAMES = ((0x20, "More Data "), (0x04, "More Fragments "), (0x10, "Pwr Mgmt "),
                  (0x08, "Retry "), (0x80, "Strictly Ordered "), (0x40, "Protected "))
_CTRL_HDR_LEN = {7: 16, 8: 20, 9: 16, 10: 16, 11: 16, 12: 10, 13: 10, 14: 16, 15: 16}


@dataclass(slots=True)
class Elements:
    """The information elements tcpdump summarises (the first of each kind)."""
    ssid: bytes | None = None
    rates: bytes | None = None
    channel: int | None = None
    ok: bool = True          # False: an element ran past the capture


@dataclass(slots=True)
class Ieee80211Record(Layer, proto="wlan"):
    fc: int = -1
    type: int = -1
    subtype: int = -1
    flags: int = 0
    duration: int = 0
    addrs: list[bytes] = field(default_factory=list)
    hdr_len: int = 0
    length: int = 0
    body: bytes = b""          # the frame body (management and control fields), captured part
    body_cut: bool = False     # the header itself is not all captured
    elements: Elements | None = None
    snap_type: int = -1        # data: the SNAP ethertype, when LLC/SNAP with OUI 0
    payload_len: int = 0       # data: bytes after the 802.11 header
    radiotap: RadiotapRecord | None = None


def _elements(b: bytes) -> Elements:
    el = Elements()
    o, n = 0, len(b)
    while o + 2 <= n:
        eid, elen = b[o], b[o + 1]
        if o + 2 + elen > n:
            el.ok = False
            break
        v = b[o + 2:o + 2 + elen]
        if eid == 0 and el.ssid is None:
            if elen > 32:
                el.ok = False
                break
            el.ssid = bytes(v)
        elif eid == 1 and el.rates is None:
            el.rates = bytes(v)
        elif eid == 3 and el.channel is None and elen >= 1:
            el.channel = v[0]
        o += 2 + elen
    return el


def _header_len(t: int, st: int, flags: int) -> int:
    if t == _T_MGMT:
        return 24
    if t == _T_CTRL:
        return _CTRL_HDR_LEN.get(st, 10)
    if t == _T_DATA:
        n = 24 + (6 if flags & 3 == 3 else 0)
        if st & 8:
            n += 2
        return n
    return 24


def decode_ieee80211(data: bytes, length: int, ctx: Context, datapad: bool = False) -> Ieee80211Record:
    rec = Ieee80211Record(length=length)
    n = len(data)
    if n < 2:
        return stopped(rec)
    fc = rec.fc = data[0] | (data[1] << 8)
    t = rec.type = (fc >> 2) & 3
    st = rec.subtype = (fc >> 4) & 0xF
    flags = rec.flags = data[1]
    hl = rec.hdr_len = _header_len(t, st, flags)
    if datapad and t == _T_DATA:
        hl = rec.hdr_len = (hl + 3) & ~3
    if n >= 4:
        rec.duration = data[2] | (data[3] << 8)
    naddr = 1 if t == _T_CTRL and st in (12, 13) else 2 if t == _T_CTRL else 3
    if t == _T_DATA and flags & 3 == 3:
        naddr = 4
    for i in range(naddr):
        o = 4 + 6 * i if i < 3 else 24
        if o + 6 <= n:
            rec.addrs.append(bytes(data[o:o + 6]))
    if n < hl:
        rec.body_cut = True
        rec.stop = TRUNCATED
    if t == _T_CTRL:
        rec.body = bytes(data[16:hl])
        return rec
    body = bytes(data[hl:length])
    rec.body = body
    if t == _T_MGMT:
        fixed = {0: 4, 2: 10, 4: 0, 5: 12, 8: 12, 1: 6, 3: 6}.get(st)
        if fixed is not None and len(body) >= fixed:
            rec.elements = _elements(body[fixed:])
    elif t == _T_DATA:
        rec.payload_len = max(0, length - hl)
        if not flags & 0x40 and body[:6] == b"\xaa\xaa\x03\x00\x00\x00" and len(body) >= 8:
            rec.snap_type = (body[6] << 8) | body[7]
            rec.inner = ("ethertype", rec.snap_type, hl + 8)
        elif not flags & 0x40 and body and not st & 4:
            rec.inner = ("llc", 0, hl)
    return rec


def decode_ieee80211_radio(data: bytes, length: int, ctx: Context) -> Ieee80211Record:
    rt = _decode_radiotap(data)
    if rt.stop == TRUNCATED or rt.hdr_len > len(data) or rt.hdr_len < 8:
        rec = Ieee80211Record(length=length, radiotap=rt, stop=TRUNCATED)
        return rec
    hl = rt.hdr_len
    length -= hl
    end = len(data)
    if rt.flags & _RT_FLAG_FCS:
        length -= 4
        end = min(end, hl + max(length, 0))
    rec = decode_ieee80211(data[hl:end], length, ctx, bool(rt.flags & _RT_FLAG_DATAPAD))
    rec.radiotap = rt
    if rec.inner is not None:
        table, key, off = rec.inner
        rec.inner = (table, key, off + hl)
    return rec


def _mac(b: bytes, ctx: Context) -> str:
    return etheraddr_string(b, ctx.opts)


def _rates(r: bytes) -> str:
    return " [" + "".join(f"{(x & 0x7F) * 0.5:2.1f}{'*' if x & 0x80 else ''} " for x in r) + "Mbit]"


def _ssid_rates(el: Elements) -> str:
    out = ""
    if el.ssid is not None:
        out += f" ({safe_text(el.ssid)})"
    if el.rates is not None:
        out += _rates(el.rates)
    return out


def _status(code: int) -> str:
    return _STATUS[code] if code < len(_STATUS) else "n/a"


def _mgmt_text(rec: Ieee80211Record, ctx: Context) -> str:
    st, b = rec.subtype, rec.body
    name = _MGMT_NAMES.get(st)
    if name is None:
        return f"Unhandled Management subtype({st:x})"
    el = rec.elements
    cut = " [|802.11]"
    e = ctx.opts.link_header
    if st in (0, 2, 4):
        if el is None:
            return name + cut
        if st == 2:
            out = name + (f" ({safe_text(el.ssid)})" if el.ssid is not None else "")
            out += f" AP : {_mac(b[4:10], ctx)}"
        else:
            out = name + _ssid_rates(el)
        return out + ("" if el.ok else cut)
    if st in (5, 8):
        if el is None:
            return name + cut
        cap = b[10] | (b[11] << 8)
        out = name + _ssid_rates(el)
        if st == 8:
            out += " ESS" if cap & 1 else " IBSS"
        if el.channel is not None:
            out += f" CH: {el.channel}"
        if cap & 0x10:
            out += ", PRIVACY"
        return out + ("" if el.ok else cut)
    if st in (1, 3):
        if len(b) < 6:
            return name + cut
        cap, status, aid = b[0] | (b[1] << 8), b[2] | (b[3] << 8), b[4] | (b[5] << 8)
        out = (f"{name} AID({aid & 0x3FFF:x}) :{' PRIVACY ' if cap & 0x10 else ''}: "
               f"{_status(status)}")
        return out + ("" if el is None or el.ok else cut)
    if st == 9:
        return name
    if st == 10:
        if len(b) < 2:
            return name + cut
        return f"{name}: {_REASONS.get(b[0] | (b[1] << 8), 'Reserved')}"
    if st == 12:
        if len(b) < 2:
            return name + cut
        who = "" if e or len(rec.addrs) < 2 else f" ({_mac(rec.addrs[1], ctx)})"
        return f"{name}{who}: {_REASONS.get(b[0] | (b[1] << 8), 'Reserved')}"
    if st == 11:
        if len(b) < 6:
            return name + cut
        alg, seq, status = b[0] | (b[1] << 8), b[2] | (b[3] << 8), b[4] | (b[5] << 8)
        out = f"{name} ({_AUTH_ALGS[alg] if alg < len(_AUTH_ALGS) else 'Reserved'})-{seq:x}"
        text = _status(status) if seq % 2 else ""
        if alg == 1 and seq in (2, 3):
            return out + f" [Challenge Text] {text}"
        return out + f": {text}"
    # Action
    if len(b) < 2:
        return name + cut
    who = "" if e or len(rec.addrs) < 2 else f" ({_mac(rec.addrs[1], ctx)})"
    cat, act = b[0], b[1]
    cname = _ACTION_CATEGORIES.get(cat, f"Reserved({cat})")
    aname = _ACTIONS.get(cat, {}).get(act, f"Act#{act}")
    return f"{name}{who}: {cname} {aname}"


def _ctrl_text(rec: Ieee80211Record, ctx: Context) -> str:
    st, a, e = rec.subtype, rec.addrs, ctx.opts.link_header
    cut = " [|802.11]"
    names = {7: "Control Wrapper", 8: "BAR", 9: "BA", 10: "Power Save-Poll",
             11: "Request-To-Send", 12: "Clear-To-Send", 13: "Acknowledgment", 14: "CF-End",
             15: "CF-End+CF-Ack"}
    name = names.get(st)
    if name is None:
        return f"unknown 802.11 ctrl frame subtype ({st})"
    if st == 7:
        return name
    if rec.body_cut:
        return name + cut if e else cut
    if st == 10:
        return f"{name} AID({rec.duration & 0x3FFF:x})"
    if e:
        return name
    if st == 11:
        return f"{name} TA:{_mac(a[1], ctx)} "
    if st in (12, 13, 14, 15, 9):
        return f"{name} RA:{_mac(a[0], ctx)} "
    ctl, seq = rec.body[0] | (rec.body[1] << 8), rec.body[2] | (rec.body[3] << 8)
    return f"{name} RA:{_mac(a[0], ctx)} TA:{_mac(a[1], ctx)} CTL({ctl:x}) SEQ({seq}) "


def _hdr_text(rec: Ieee80211Record, ctx: Context) -> str:
    """The ``-e`` address part (and duration with ``-v``)."""
    t, st, a = rec.type, rec.subtype, rec.addrs
    out = ""
    if ctx.opts.verbose:
        f = rec.flags
        out += "".join(name for bit, name in _FC_FLAG_NAMES if f & bit)
        if not (t == _T_CTRL and st == 10):
            out += f"{rec.duration}us "
    if t == _T_MGMT and len(a) >= 3:
        return out + f"BSSID:{_mac(a[2], ctx)} DA:{_mac(a[0], ctx)} SA:{_mac(a[1], ctx)} "
    if t == _T_DATA:
        if st & 0x0B:
            out += "CF "
            if st & 1:
                out += "Ack/Poll" if st & 2 else "Ack"
            elif st & 2:
                out += "Poll"
            if st & 8:
                out += "+QoS"
            out += " "
        if len(a) < 3:
            return out
        ds = rec.flags & 3
        m = [_mac(x, ctx) for x in a]
        if ds == 0:
            return out + f"DA:{m[0]} SA:{m[1]} BSSID:{m[2]} "
        if ds == 1:
            return out + f"BSSID:{m[0]} SA:{m[1]} DA:{m[2]} "
        if ds == 2:
            return out + f"DA:{m[0]} BSSID:{m[1]} SA:{m[2]} "
        if len(m) >= 4:
            return out + f"RA:{m[0]} TA:{m[1]} DA:{m[2]} SA:{m[3]} "
        return out
    if t == _T_CTRL and not rec.body_cut:
        m = [_mac(x, ctx) for x in a]
        if st == 11:
            return out + f"RA:{m[0]} TA:{m[1]} "
        if st in (12, 13, 9):
            return out + f"RA:{m[0]} "
        if st == 10:
            return out + f"BSSID:{m[0]} TA:{m[1]} "
        if st in (14, 15):
            return out + f"RA:{m[0]} BSSID:{m[1]} "
        if st == 8:
            ctl, seq = rec.body[0] | (rec.body[1] << 8), rec.body[2] | (rec.body[3] << 8)
            return out + f" RA:{m[0]} TA:{m[1]} CTL({ctl:x}) SEQ({seq}) "
    return out


def _data_text(rec: Ieee80211Record, ctx: Context) -> str:
    b = rec.body
    if rec.flags & 0x40:
        if len(b) < 4:
            return " [|802.11]"
        iv = b[0] | (b[1] << 8) | (b[2] << 16)
        return f"Data IV:{iv:3x} Pad {b[3] & 0x3F:x} KeyID {b[3] >> 6:x}"
    if rec.snap_type >= 0 and ctx.opts.link_header:
        et = rec.snap_type
        name = ETHERTYPE_NAMES.get(et, "Unknown")
        return ("LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: "
                f"oui Ethernet (0x000000), ethertype {name} (0x{et:04x}), "
                f"length {rec.payload_len - 8}: ")
    return ""


def format_ieee80211(rec: Ieee80211Record, ctx: Context) -> str:
    if rec.fc < 0:
        return " [|802.11]"
    out = _hdr_text(rec, ctx) if ctx.opts.link_header and not rec.body_cut else ""
    t = rec.type
    if t == _T_MGMT:
        if rec.body_cut:
            return out + " [|802.11]"
        return out + _mgmt_text(rec, ctx)
    if t == _T_CTRL:
        return out + _ctrl_text(rec, ctx)
    if t == _T_DATA:
        if rec.body_cut:
            return out + " [|802.11]"
        return out + _data_text(rec, ctx)
    return out + "Unknown 802.11 frame type (3)"


def rt_len_cap(rec: Ieee80211Record) -> int:
    """The largest radiotap header length the capture held (its decoder checked it)."""
    rt = rec.radiotap
    return rt.hdr_len if rt is not None and rt.stop is None else -1


def format_ieee80211_radio(rec: Ieee80211Record, ctx: Context) -> str:
    rt = rec.radiotap
    if rt is None or rt.stop == TRUNCATED or rt.hdr_len < 8 or rt.hdr_len > rt_len_cap(rec):
        return " [|802.11_radio]"
    return _radiotap_text(rt) + format_ieee80211(rec, ctx)


# the names the walker's link-type table uses (IEEE802_11_RADIO: "radiotap")
decode_radiotap = decode_ieee80211_radio
format_radiotap = format_ieee80211_radio
