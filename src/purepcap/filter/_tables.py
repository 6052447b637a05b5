"""LALR(1) tables of the pcap-filter grammar. GENERATED: do not edit.

Made by ``python -m purepcap.filter._lalr --write`` from
:data:`purepcap.filter.parser.GRAMMAR` and ``PRECEDENCE``; regenerate after
changing either (tests/test_parse_tables.py fails while this file is stale).
Data only: :mod:`purepcap.filter._tableformat` describes and reads it.
"""

ERROR = -32768
ACCEPT_STATE = 1
SR_CONFLICTS = 38
RR_CONFLICTS = 0

RULES = """\
$accept: prog $end
prog: null expr
prog: null
null:
expr: term
expr: expr and term
expr: expr and id
expr: expr or term
expr: expr or id
and: AND
or: OR
id: nid
id: pnum
id: paren pid )
nid: ID
nid: HID / NUM
nid: HID NETMASK HID
nid: HID
nid: HID6 / NUM
nid: HID6
nid: EID
nid: AID
nid: not id
not: !
paren: (
pid: nid
pid: qid and id
pid: qid or id
qid: pnum
qid: pid
term: rterm
term: not term
head: pqual dqual aqual
head: pqual dqual
head: pqual aqual
head: pqual PROTO
head: pqual PROTOCHAIN
head: pqual ndaqual
rterm: head id
rterm: paren expr )
rterm: pname
rterm: arth relop arth
rterm: arth irelop arth
rterm: other
rterm: atmtype
rterm: atmmultitype
rterm: atmfield atmvalue
rterm: mtp2type
rterm: mtp3field mtp3value
pqual: pname
pqual:
dqual: SRC
dqual: DST
dqual: SRC OR DST
dqual: DST OR SRC
dqual: SRC AND DST
dqual: DST AND SRC
dqual: ADDR1
dqual: ADDR2
dqual: ADDR3
dqual: ADDR4
dqual: RA
dqual: TA
aqual: HOST
aqual: NET
aqual: PORT
aqual: PORTRANGE
ndaqual: GATEWAY
pname: LINK
pname: IP
pname: ARP
pname: RARP
pname: SCTP
pname: TCP
pname: UDP
pname: ICMP
pname: IGMP
pname: IGRP
pname: PIM
pname: VRRP
pname: CARP
pname: ATALK
pname: AARP
pname: DECNET
pname: LAT
pname: SCA
pname: MOPDL
pname: MOPRC
pname: IPV6
pname: ICMPV6
pname: AH
pname: ESP
pname: ISO
pname: ESIS
pname: ISIS
pname: L1
pname: L2
pname: IIH
pname: LSP
pname: SNP
pname: PSNP
pname: CSNP
pname: CLNP
pname: STP
pname: IPX
pname: NETBEUI
pname: RADIO
other: pqual TK_BROADCAST
other: pqual TK_MULTICAST
other: LESS NUM
other: GREATER NUM
other: CBYTE NUM byteop NUM
other: INBOUND
other: OUTBOUND
other: IFINDEX NUM
other: VLAN pnum
other: VLAN
other: MPLS pnum
other: MPLS
other: PPPOED
other: PPPOES pnum
other: PPPOES
other: GENEVE pnum
other: GENEVE
other: pfvar
other: pqual p80211
other: pllc
pfvar: PF_IFNAME ID
pfvar: PF_RSET ID
pfvar: PF_RNR NUM
pfvar: PF_SRNR NUM
pfvar: PF_REASON reason
pfvar: PF_ACTION action
p80211: TYPE type SUBTYPE subtype
p80211: TYPE type
p80211: SUBTYPE type_subtype
p80211: DIR dir
type: NUM
type: ID
subtype: NUM
subtype: ID
type_subtype: ID
pllc: LLC
pllc: LLC ID
pllc: LLC PF_RNR
dir: NUM
dir: ID
reason: NUM
reason: ID
action: ID
relop: >
relop: GEQ
relop: =
irelop: LEQ
irelop: <
irelop: NEQ
arth: pnum
arth: narth
narth: pname [ arth ]
narth: pname [ arth : NUM ]
narth: arth + arth
narth: arth - arth
narth: arth * arth
narth: arth / arth
narth: arth % arth
narth: arth & arth
narth: arth | arth
narth: arth ^ arth
narth: arth LSH arth
narth: arth RSH arth
narth: - arth
narth: paren narth )
narth: LEN
byteop: &
byteop: |
byteop: <
byteop: >
byteop: =
pnum: NUM
pnum: paren pnum )
atmtype: LANE
atmtype: METAC
atmtype: BCC
atmtype: OAMF4EC
atmtype: OAMF4SC
atmtype: SC
atmtype: ILMIC
atmmultitype: OAM
atmmultitype: OAMF4
atmmultitype: CONNECTMSG
atmmultitype: METACONNECT
atmfield: VPI
atmfield: VCI
atmvalue: atmfieldvalue
atmvalue: relop NUM
atmvalue: irelop NUM
atmvalue: paren atmlistvalue )
atmfieldvalue: NUM
atmlistvalue: atmfieldvalue
atmlistvalue: atmlistvalue or atmfieldvalue
mtp2type: FISU
mtp2type: LSSU
mtp2type: MSU
mtp2type: HFISU
mtp2type: HLSSU
mtp2type: HMSU
mtp3field: SIO
mtp3field: OPC
mtp3field: DPC
mtp3field: SLS
mtp3field: HSIO
mtp3field: HOPC
mtp3field: HDPC
mtp3field: HSLS
mtp3value: mtp3fieldvalue
mtp3value: relop NUM
mtp3value: irelop NUM
mtp3value: paren mtp3listvalue )
mtp3fieldvalue: NUM
mtp3listvalue: mtp3fieldvalue
mtp3listvalue: mtp3listvalue or mtp3fieldvalue
"""

ACTION = """\
2: ! 6 ( 7 LINK 21 IP 22 ARP 23 RARP 24 SCTP 25 TCP 26 UDP 27 ICMP 28 IGMP 29 IGRP 30 PIM 31 VRRP 32 CARP 33 ATALK 34 AARP 35 DECNET 36 LAT 37 SCA 38 MOPDL 39 MOPRC 40 IPV6 41 ICMPV6 42 AH 43 ESP 44 ISO 45 ESIS 46 ISIS 47 L1 48 L2 49 IIH 50 LSP 51 SNP 52 PSNP 53 CSNP 54 CLNP 55 STP 56 IPX 57 NETBEUI 58 RADIO 59 LESS 60 GREATER 61 CBYTE 62 INBOUND 63 OUTBOUND 64 IFINDEX 65 VLAN 66 MPLS 67 PPPOED 68 PPPOES 69 GENEVE 70 PF_IFNAME 73 PF_RSET 74 PF_RNR 75 PF_SRNR 76 PF_REASON 77 PF_ACTION 78 LLC 79 - 82 LEN 83 NUM 84 LANE 85 METAC 86 BCC 87 OAMF4EC 88 OAMF4SC 89 SC 90 ILMIC 91 OAM 92 OAMF4 93 CONNECTMSG 94 METACONNECT 95 VPI 96 VCI 97 FISU 98 LSSU 99 MSU 100 HFISU 101 HLSSU 102 HMSU 103 SIO 104 OPC 105 DPC 106 SLS 107 HSIO 108 HOPC 109 HDPC 110 HSLS 111 $end -3
4,230: AND 114 OR 115
9,12: ! 6 ( 7 LINK 21 IP 22 ARP 23 RARP 24 SCTP 25 TCP 26 UDP 27 ICMP 28 IGMP 29 IGRP 30 PIM 31 VRRP 32 CARP 33 ATALK 34 AARP 35 DECNET 36 LAT 37 SCA 38 MOPDL 39 MOPRC 40 IPV6 41 ICMPV6 42 AH 43 ESP 44 ISO 45 ESIS 46 ISIS 47 L1 48 L2 49 IIH 50 LSP 51 SNP 52 PSNP 53 CSNP 54 CLNP 55 STP 56 IPX 57 NETBEUI 58 RADIO 59 LESS 60 GREATER 61 CBYTE 62 INBOUND 63 OUTBOUND 64 IFINDEX 65 VLAN 66 MPLS 67 PPPOED 68 PPPOES 69 GENEVE 70 PF_IFNAME 73 PF_RSET 74 PF_RNR 75 PF_SRNR 76 PF_REASON 77 PF_ACTION 78 LLC 79 - 82 LEN 83 NUM 84 LANE 85 METAC 86 BCC 87 OAMF4EC 88 OAMF4SC 89 SC 90 ILMIC 91 OAM 92 OAMF4 93 CONNECTMSG 94 METACONNECT 95 VPI 96 VCI 97 FISU 98 LSSU 99 MSU 100 HFISU 101 HLSSU 102 HMSU 103 SIO 104 OPC 105 DPC 106 SLS 107 HSIO 108 HOPC 109 HDPC 110 HSLS 111
10: PROTO 119 PROTOCHAIN 120 SRC 122 DST 123 ADDR1 124 ADDR2 125 ADDR3 126 ADDR4 127 RA 128 TA 129 HOST 130 NET 131 PORT 132 PORTRANGE 133 GATEWAY 134 TK_BROADCAST 135 TK_MULTICAST 136 TYPE 138 SUBTYPE 139 DIR 140
11,143,149,275,276: ID 144 HID 145 HID6 146 EID 147 AID 148 ! 6 ( 7 NUM 84
13: [ 154 $end -41 ) -41 AND -41 OR -41
14: > 157 GEQ 158 = 159 LEQ 160 < 161 NEQ 162 + 163 - 164 * 165 / 166 % 167 & 168 | 169 ^ 170 LSH 171 RSH 172
18: ( 7 > 157 GEQ 158 = 159 LEQ 160 < 161 NEQ 162 NUM 178
20: ( 7 > 157 GEQ 158 = 159 LEQ 160 < 161 NEQ 162 NUM 184
60: NUM 185
61: NUM 186
62: NUM 187
65: NUM 188
66,67,69,70,190: ( 7 NUM 84
73: ID 194
74: ID 195
75: NUM 196
76: NUM 197
77: NUM 199 ID 200
78: ID 202
79: ID 203 PF_RNR 204
82,154,155,156,163,164,165,166,167,168,169,170,171,172,207: ( 7 LINK 21 IP 22 ARP 23 RARP 24 SCTP 25 TCP 26 UDP 27 ICMP 28 IGMP 29 IGRP 30 PIM 31 VRRP 32 CARP 33 ATALK 34 AARP 35 DECNET 36 LAT 37 SCA 38 MOPDL 39 MOPRC 40 IPV6 41 ICMPV6 42 AH 43 ESP 44 ISO 45 ESIS 46 ISIS 47 L1 48 L2 49 IIH 50 LSP 51 SNP 52 PSNP 53 CSNP 54 CLNP 55 STP 56 IPX 57 NETBEUI 58 RADIO 59 - 82 LEN 83 NUM 84
112,113,211,212: ID 144 HID 145 HID6 146 EID 147 AID 148 ! 6 ( 7 LINK 21 IP 22 ARP 23 RARP 24 SCTP 25 TCP 26 UDP 27 ICMP 28 IGMP 29 IGRP 30 PIM 31 VRRP 32 CARP 33 ATALK 34 AARP 35 DECNET 36 LAT 37 SCA 38 MOPDL 39 MOPRC 40 IPV6 41 ICMPV6 42 AH 43 ESP 44 ISO 45 ESIS 46 ISIS 47 L1 48 L2 49 IIH 50 LSP 51 SNP 52 PSNP 53 CSNP 54 CLNP 55 STP 56 IPX 57 NETBEUI 58 RADIO 59 LESS 60 GREATER 61 CBYTE 62 INBOUND 63 OUTBOUND 64 IFINDEX 65 VLAN 66 MPLS 67 PPPOED 68 PPPOES 69 GENEVE 70 PF_IFNAME 73 PF_RSET 74 PF_RNR 75 PF_SRNR 76 PF_REASON 77 PF_ACTION 78 LLC 79 - 82 LEN 83 NUM 84 LANE 85 METAC 86 BCC 87 OAMF4EC 88 OAMF4SC 89 SC 90 ILMIC 91 OAM 92 OAMF4 93 CONNECTMSG 94 METACONNECT 95 VPI 96 VCI 97 FISU 98 LSSU 99 MSU 100 HFISU 101 HLSSU 102 HMSU 103 SIO 104 OPC 105 DPC 106 SLS 107 HSIO 108 HOPC 109 HDPC 110 HSLS 111
117: HOST 130 NET 131 PORT 132 PORTRANGE 133
122: OR 216 AND 217
123: OR 218 AND 219
138: NUM 221 ID 222
139: ID 224
140: NUM 226 ID 227
145: / 232 NETMASK 233
146: / 234
151: AND 114 OR 115 ) 236
152,231,266: ) 237
153: ) 238
175: NUM 252
176: NUM 253
177,283: NUM 178
181: NUM 256
182: NUM 257
183,285: NUM 184
187: & 261 | 262 < 263 > 264 = 265
205: [ 154
206,244,245: % 167 ^ 170
210: $end -13 ) -13 AND -13 OR -13
216: DST 269
217: DST 270
218: SRC 271
219: SRC 272
220: SUBTYPE 273
228: ) 274
232: NUM 277
233: HID 278
234: NUM 279
239: ] 280 : 281 + 163 - 164 * 165 / 166 % 167 & 168 | 169 ^ 170 LSH 171 RSH 172
240,241,246,249,267: + 163 - 164 * 165 / 166 % 167 & 168 | 169 ^ 170 LSH 171 RSH 172
242,243: * 165 / 166 % 167 ^ 170
247: + 163 - 164 * 165 / 166 % 167 ^ 170 LSH 171 RSH 172
248: + 163 - 164 * 165 / 166 % 167 & 168 ^ 170 LSH 171 RSH 172
250,251: + 163 - 164 * 165 / 166 % 167 ^ 170
254: OR 115 ) 282
258: OR 115 ) 284
260: NUM 286
268: ) 237 AND -29 OR -29
273: NUM 288 ID 289
281: NUM 292
292: ] 295
"""

DEFAULT = """\
3 - 50 - 1 4 23 24 30 50 - - 50 49 - 43 44 45 - 47 - 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82
83 84 85 86 87 88 89 90 91 92 93 94 95 96 97 98 99 100 101 102 103 104 105 106 - - - 112 113 - 116
118 119 121 123 124 126 - - - - - - 142 156 157 - 172 178 180 181 182 183 184 185 186 187 188 189
190 191 192 200 201 202 203 204 205 206 207 208 209 210 211 212 213 50 50 9 10 31 33 34 35 36 37 51
52 57 58 59 60 61 62 63 64 65 66 67 107 108 125 - - - 11 12 - 14 17 19 20 21 - 38 - 156 157 - - -
150 151 152 153 154 155 - - - - - - - - - - 46 193 - - - 197 48 214 - - - 218 109 110 - 114 115 -
117 120 122 127 128 129 130 131 147 148 132 149 143 144 - 170 - 5 6 156 50 50 7 8 32 - - - - 134
137 138 135 141 136 145 146 29 25 - 28 - - - 22 39 179 171 - 41 42 160 161 162 163 164 165 166 167
168 169 194 195 - 198 215 216 - 219 - 173 174 175 176 177 - - 156 53 55 54 56 - 13 - - 15 16 18 158
- 196 - 217 - 111 133 139 140 26 27 - 199 220 159
"""

GOTO = """\
0: prog 1 null 2
2: expr 4 term 5 rterm 8 not 9 pqual 10 head 11 paren 12 pname 13 arth 14 other 15 atmtype 16 atmmultitype 17 atmfield 18 mtp2type 19 mtp3field 20 pfvar 71 pllc 72 pnum 80 narth 81
4,151: and 112 or 113
9: rterm 8 not 9 term 116 pqual 10 head 11 paren 12 pname 13 arth 14 other 15 atmtype 16 atmmultitype 17 atmfield 18 mtp2type 19 mtp3field 20 pfvar 71 pllc 72 pnum 80 narth 81
10: dqual 117 aqual 118 ndaqual 121 p80211 137
11: nid 141 pnum 142 paren 143 not 149 id 150
12: term 5 expr 151 rterm 8 not 9 pqual 10 head 11 paren 12 pname 13 arth 14 other 15 atmtype 16 atmmultitype 17 atmfield 18 mtp2type 19 mtp3field 20 pfvar 71 pllc 72 pnum 152 narth 153
14: relop 155 irelop 156
18: atmvalue 173 atmfieldvalue 174 relop 175 irelop 176 paren 177
20: mtp3value 179 mtp3fieldvalue 180 relop 181 irelop 182 paren 183
66: pnum 189 paren 190
67: pnum 191 paren 190
69: pnum 192 paren 190
70: pnum 193 paren 190
77: reason 198
78: action 201
82: pnum 80 narth 81 pname 205 arth 206 paren 207
112: term 208 id 209 nid 141 pnum 210 paren 211 not 212 rterm 8 pqual 10 head 11 pname 13 arth 14 other 15 atmtype 16 atmmultitype 17 atmfield 18 mtp2type 19 mtp3field 20 pfvar 71 pllc 72 narth 81
113: term 213 id 214 nid 141 pnum 210 paren 211 not 212 rterm 8 pqual 10 head 11 pname 13 arth 14 other 15 atmtype 16 atmmultitype 17 atmfield 18 mtp2type 19 mtp3field 20 pfvar 71 pllc 72 narth 81
117: aqual 215
138: type 220
139: type_subtype 223
140: dir 225
143: pid 228 not 149 nid 229 qid 230 pnum 231 paren 190
149: nid 141 pnum 142 paren 143 not 149 id 235
154: pnum 80 narth 81 pname 205 arth 239 paren 207
155: arth 240 pnum 80 narth 81 pname 205 paren 207
156: arth 241 pnum 80 narth 81 pname 205 paren 207
163: pnum 80 narth 81 pname 205 arth 242 paren 207
164: pnum 80 narth 81 pname 205 arth 243 paren 207
165: pnum 80 narth 81 pname 205 arth 244 paren 207
166: pnum 80 narth 81 pname 205 arth 245 paren 207
167: pnum 80 narth 81 pname 205 arth 246 paren 207
168: pnum 80 narth 81 pname 205 arth 247 paren 207
169: pnum 80 narth 81 pname 205 arth 248 paren 207
170: pnum 80 narth 81 pname 205 arth 249 paren 207
171: pnum 80 narth 81 pname 205 arth 250 paren 207
172: pnum 80 narth 81 pname 205 arth 251 paren 207
177: atmlistvalue 254 atmfieldvalue 255
183: mtp3listvalue 258 mtp3fieldvalue 259
187: byteop 260
190: paren 190 pnum 266
207: pnum 152 narth 153 pname 205 arth 267 paren 207
211: term 5 expr 151 pid 228 not 212 nid 229 qid 230 pnum 268 rterm 8 pqual 10 head 11 paren 12 pname 13 arth 14 other 15 atmtype 16 atmmultitype 17 atmfield 18 mtp2type 19 mtp3field 20 pfvar 71 pllc 72 narth 153
212: nid 141 pnum 210 paren 211 not 212 id 235 rterm 8 term 116 pqual 10 head 11 pname 13 arth 14 other 15 atmtype 16 atmmultitype 17 atmfield 18 mtp2type 19 mtp3field 20 pfvar 71 pllc 72 narth 81
230: and 275 or 276
254: or 283
258: or 285
273: subtype 287
275: nid 141 pnum 142 paren 143 not 149 id 290
276: nid 141 pnum 142 paren 143 not 149 id 291
283: atmfieldvalue 293
285: mtp3fieldvalue 294
"""
