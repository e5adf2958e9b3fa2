/**
 * Calico's own tables for its number-or-string types, retold as manifests. Source:
 * github.com/projectcalico/calico, tag v3.32.1, file api/pkg/lib/numorstring/numorstring_test.go
 * (the types: port.go, protocol.go, asnumber.go, dscp.go, uint8orstring.go in the same folder).
 * Each case names the line of its `Entry(`.
 *
 * Each value sits in one realistic field of its type, in a `projectcalico.org/v3` manifest (decoded
 * by Calico's Go types, as calicoctl and the Calico API server do):
 *   - AS numbers: a BGPPeer's `spec.asNumber` (next to a peerIP).
 *   - Ports: a NetworkPolicy ingress rule's `destination.ports`, with `protocol: TCP`, since Calico
 *     needs a protocol with ports for numeric ports (validator.go validateRule, 1331-1367).
 *   - Protocols: the rule's `protocol`.
 *   - DSCP: FelixConfiguration `spec.istioDSCPMark`, the only DSCP field at v3.32.1 (policy rules
 *     have no dscp field in Calico Open Source).
 * Upstream feeds JSON text; the YAML here decodes to the same JSON. A JSON number is a bare YAML
 * number (`asNumber: 0`); a JSON string is quoted wherever YAML would read the bare text otherwise:
 * `"1.10"` (bare, YAML reads the float 1.1, which no AS number decodes from), `"0"`, `"10:1"`.
 *
 * Where numorstring decodes a value that the rest of Calico then refuses, the case asserts the
 * combined answer and says who refuses: validator.go (libcalico-go/lib/validator/v3, v3.32.1)
 * validatePort refuses port number 0 at 950-952 and validateProtocol refuses protocol 0 at 663-667.
 * The API server does not check a DSCP's range; Felix does: the FelixConfiguration field reaches it as
 * the value's String() text (libcalico-go updateprocessors/configurationprocessor.go 282), which
 * DSCPParam.Parse (felix/config/param_types.go 1079-1092) reads with DSCPFromString and Validate; on
 * failure Felix drops the value for its default 23 (felix/config/config_params.go 817-828). So the
 * DSCP Validate and FromString tables decide what the field means, and are restated as such.
 *
 * Left out, with the reason:
 *   - 82, 92, 98: the input is broken JSON (an unterminated string); no YAML decodes to it, and a
 *     broken document is the parser's finding, not a field's.
 *   - Marshal and String() rows 116-121, 123-125, 128-134, 145-150, 153: how Go writes a value back
 *     out, which decides nothing about a manifest. Kept: 122 (the string "10" is a number port, so it
 *     needs a protocol), 154 (the validator matches a protocol's String() against its names,
 *     validator.go 668), 157-158 (the String() text is what Felix parses for istioDSCPMark).
 *   - 181-184 (ProtocolFromString canonicalises case): decoding a manifest never calls it; a rule's
 *     `protocol: udp` stays "udp" and the validator refuses it (validator.go 94, 668).
 *   - 193-196, 206-207 (FromStringV1, ToV1): the v1 API, which no current manifest uses.
 *   - 222 (NamedPort of "8080"): a manifest cannot make that value; the string "8080" decodes as port
 *     8080 (port.go PortFromString tries digits first), which 122 covers.
 *   - 246-248 (DSCP ToUint8): the mark Felix programs, not whether the value is taken (it maps an
 *     unknown name such as "BE" to 0; Validate refuses "BE").
 *
 * Every built-in rule runs. An accepted case has no error from any rule and no unknown-field warning;
 * a refused case has an error at its field. The DSCP tables decide what Felix does with
 * istioDSCPMark and are judged as such (below). When restated, netlint disagreed on DSCP strings
 * (the schema pack kept `type: integer` beside int-or-string), on DSCP numbers above 63 and on
 * BGPFilter AS numbers; it now agrees on all.
 */
import { describe, expect, it } from 'vitest';
import { describeManifestCases, lineLabel, manifestFindings as findings, pathText } from './lib/upstream-manifests.js';
import type { Line, ManifestCase as Case } from './lib/upstream-manifests.js';



/** A BGPPeer with the AS number in `spec.asNumber`. */
const asn = (line: Line, name: string, value: string, refused = false): Case => ({
  line,
  name,
  kind: 'BGPPeer',
  metadata: '{ name: peer-a }',
  spec: `peerIP: 192.0.2.1\nasNumber: ${value}`,
  rejectAt: refused ? 'spec.asNumber' : undefined,
});

/** A NetworkPolicy with one ingress rule. */
const rule = (line: Line, name: string, r: string, rejectAt?: string): Case => ({
  line,
  name,
  kind: 'NetworkPolicy',
  metadata: '{ name: allow-in, namespace: default }',
  spec: `ingress:\n  - ${r.replace(/\n/g, '\n    ')}`,
  rejectAt: rejectAt && `spec.ingress[0].${rejectAt}`,
});
/** A TCP rule with the value as its one destination port. */
const port = (line: Line, name: string, value: string, refused = false) =>
  rule(line, name, `action: Allow\nprotocol: TCP\ndestination: { ports: [${value}] }`, refused ? 'destination.ports[0]' : undefined);
/** A rule with the value as its protocol. */
const proto = (line: Line, name: string, value: string, refused = false) => rule(line, name, `action: Allow\nprotocol: ${value}`, refused ? 'protocol' : undefined);
/** A rule with the value as its protocol and a destination port. */
const protoWithPort = (line: Line, name: string, value: string, refused = false) =>
  rule(line, name, `action: Allow\nprotocol: ${value}\ndestination: { ports: [80] }`, refused ? 'protocol' : undefined);

/** FelixConfiguration with the value as istioDSCPMark. */
const dscp = (line: Line, name: string, value: string, refused = false): Case => ({
  line,
  name,
  kind: 'FelixConfiguration',
  metadata: '{ name: default }',
  spec: `istioDSCPMark: ${value}`,
  rejectAt: refused ? 'spec.istioDSCPMark' : undefined,
});

/**
 * The AS number rows 63 and 66 at a second field of the type, a BGPFilter rule's asPathPrefix
 * (bgpfilter.go: a list of numorstring.ASNumber); their line is already named by the BGPPeer case.
 */
const filterPrefix = (name: string, value: string): Case => ({
  line: [],
  name,
  kind: 'BGPFilter',
  metadata: '{ name: from-upstream }',
  spec: `exportV4:\n  - { action: Reject, asPathPrefix: [${value}] }`,
  rejectAt: 'spec.exportV4[0].asPathPrefix[0]',
});

const CASES: Case[] = [
  // JSON decoding: AS numbers.
  asn(54, 'the number 0', '0'),
  asn(55, 'the number 4294967295, the 32-bit top', '4294967295'),
  asn(56, 'the string "0"', '"0"'),
  asn(57, 'the string "4294967295"', '"4294967295"'),
  asn(58, 'dotted "1.10" (65546)', '"1.10"'),
  asn(59, 'dotted "00.00" with leading zeros', '"00.00"'),
  asn(60, 'dotted "00.01" (1)', '"00.01"'),
  asn(61, 'dotted "65535.65535", the top', '"65535.65535"'),
  asn(62, 'three dotted parts', '"1.1.1"', true),
  asn(63, 'dotted, high half 65536', '"65536.65535"', true),
  asn(64, 'dotted, low half 65536', '"65535.65536"', true),
  asn(65, 'dotted, low half negative', '"0.-1"', true),
  asn(66, 'the number -1', '-1', true),
  asn(67, 'the number 4294967296, past 32 bits', '4294967296', true),

  // JSON decoding: ports. 70 and 72 decode, and the validator refuses port 0 (validator.go 950-952).
  port(70, 'the number 0 (decodes; the validator refuses port 0)', '0', true),
  port(71, 'the number 65535', '65535'),
  port(72, 'range "0:65535" (decodes; the validator refuses its 0 end)', '"0:65535"', true),
  port(73, 'range "1:10"', '"1:10"'),
  port(74, 'the name "foo-bar"', '"foo-bar"'),
  port(75, 'the number -1', '-1', true),
  port(76, 'the number 65536', '65536', true),
  port(77, 'range to 65536', '"0:65536"', true),
  port(78, 'range from -1 (neither a range nor a name)', '"-1:65535"', true),
  port(79, 'range "10:1", high end first', '"10:1"', true),
  port(80, 'three colon-separated parts', '"1:2:3"', true),
  port(81, 'the name "*"', '"*"', true),

  // JSON decoding: protocols. 85 and 89 decode to protocol 0, which the validator refuses (663-667).
  proto(85, 'the number 0 (decodes; the validator refuses 0)', '0', true),
  proto(86, 'the number 255', '255'),
  proto([87, 88], 'the name TCP', 'TCP'),
  proto(89, 'the string "0", read as the number 0 (the validator refuses 0)', '"0"', true),
  proto(90, 'the string "255", read as the number 255', '"255"'),
  // "256" does not fit in 8 bits, so it stays a name, and no protocol has that name (validator.go 668-670).
  proto(91, 'the string "256", kept as a name', '"256"', true),

  // JSON decoding: DSCP.
  dscp(95, 'the number 0', '0'),
  dscp(96, 'the number 63', '63'),

  // Marshalling that decides validity: the string "10" is the number port 10, so a rule that has
  // it needs a protocol (validator.go 1331-1347).
  rule(122, 'the string "10" is a number port: with no protocol it is refused', 'action: Allow\ndestination: { ports: ["10"] }', 'destination.ports'),

  // String() that decides validity: the validator matches the text against the protocol names.
  proto(154, 'UDP, whose text is "UDP"', 'UDP'),
  // DSCP 0 reaches Felix as "0", which it reads back.
  dscp(157, 'the number 0, handed to Felix as "0"', '0'),

  // Protocols with ports (validator.go 1348-1367 refuses ports under a protocol without them; upstream
  // names Destination.Ports, netlint the protocol; the case asks for the protocol).
  protoWithPort(167, 'protocol 6 with a port', '6'),
  protoWithPort(168, 'protocol 17 with a port', '17'),
  protoWithPort(169, 'UDP with a port', 'UDP'),
  protoWithPort(170, 'TCP with a port', 'TCP'),
  protoWithPort(171, 'protocol "foo" with a port', 'foo', true),
  protoWithPort(172, 'protocol 2 with a port', '2', true),

  // Named ports: what PortFromString hands a non-numeric string to.
  port(221, 'the name "http-port"', '"http-port"'),
  port(223, 'a name with a space', '"http port"', true),
  port(224, 'a name with %', '"http%port"', true),



  // DSCP Validate, number inputs.
  dscp(288, 'the number 0', '0'),
  dscp(289, 'the number 40', '40'),
  dscp(290, 'the number 63', '63'),
  filterPrefix('row 63 at a BGPFilter asPathPrefix: "65536.65535"', '"65536.65535"'),
  filterPrefix('row 66 at a BGPFilter asPathPrefix: -1', '-1'),
];

describeManifestCases('Calico numorstring cases from upstream (numorstring_test.go, v3.32.1)', CASES);

/**
 * istioDSCPMark as Felix reads it. The API server takes any integer or string there (the CRD's
 * int-or-string; numorstring.DSCP decodes a name too) and checks no range; Felix reads the field's
 * text (libcalico-go updateprocessors/configurationprocessor.go 282) with DSCPParam.Parse
 * (felix/config/param_types.go 1079-1092: strconv.ParseUint(raw, 10, 6), else a name DSCPFromString
 * knows) and, for a value it refuses, keeps its default 23 (felix/config/config_params.go 817-828).
 * So numorstring's DSCP Validate tables decide whether Felix takes the value: taken, or the
 * default (calico/felixconfig-felix-values: a warning, no error). Felix skips an empty value, as it
 * skips every empty setting (config_params.go UpdateFrom): the field is then unset.
 */
type DscpOutcome = 'taken' | 'default' | 'unset';
const DSCP_CASES: { line: Line; name: string; value: string; felix: DscpOutcome }[] = [
  { line: 97, name: 'the name DF', value: 'DF', felix: 'taken' },
  { line: 158, name: 'AF22, handed to Felix as "AF22"', value: 'AF22', felix: 'taken' },
  { line: 233, name: 'lower-case cs6', value: 'cs6', felix: 'taken' },
  { line: 234, name: 'mixed-case Af11', value: 'Af11', felix: 'taken' },
  { line: 235, name: 'lower-case ef', value: 'ef', felix: 'taken' },
  { line: 262, name: 'EF', value: 'EF', felix: 'taken' },
  { line: 263, name: 'AF11', value: 'AF11', felix: 'taken' },
  { line: 264, name: 'CS2', value: 'CS2', felix: 'taken' },
  // "0", "40" and "63" written as strings decode as the numbers.
  { line: 265, name: 'the string "0"', value: '"0"', felix: 'taken' },
  { line: 266, name: 'the string "40"', value: '"40"', felix: 'taken' },
  { line: 267, name: 'the string "63"', value: '"63"', felix: 'taken' },
  // DSCP names are case-insensitive to Felix (DSCPFromString); an unknown name stays unknown.
  { line: 236, name: 'the unknown name xxxXXX', value: 'xxxXXX', felix: 'default' },
  // DSCP Validate, string inputs ("64" and "120" decode as numbers, then fail Validate's range).
  { line: 268, name: 'the string "64"', value: '"64"', felix: 'default' },
  { line: 269, name: 'the string "120"', value: '"120"', felix: 'default' },
  { line: 270, name: 'the string "-1", no number and no name', value: '"-1"', felix: 'default' },
  { line: 271, name: 'the unknown class CS9', value: 'CS9', felix: 'default' },
  { line: 272, name: 'the unknown name xxx', value: 'xxx', felix: 'default' },
  { line: 273, name: 'the empty string', value: '""', felix: 'unset' },
  { line: 274, name: 'a single space', value: '" "', felix: 'default' },
  // DSCP Validate, number inputs above 63.
  { line: 291, name: 'the number 64', value: '64', felix: 'default' },
  { line: 292, name: 'the number 120', value: '120', felix: 'default' },
];

describe('istioDSCPMark as Felix reads it (numorstring_test.go DSCP tables, v3.32.1)', () => {
  for (const c of DSCP_CASES) {
    it(`${lineLabel(c)}: ${c.name} → ${c.felix === 'default' ? 'Felix keeps its default: a warning' : c.felix === 'unset' ? 'unset' : 'taken'}`, () => {
      const found = findings(dscp(c.line, c.name, c.value));
      expect(found.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${pathText(f.path)}: ${f.message}`)).toEqual([]);
      const warned = found.filter((f) => f.ruleId === 'calico/felixconfig-felix-values' && pathText(f.path) === 'spec.istioDSCPMark').map((f) => f.severity);
      expect(warned).toEqual(c.felix === 'default' ? ['warning'] : []);
    });
  }

  it('names each upstream entry once, here and among the cases', () => {
    const all = [...CASES, ...DSCP_CASES].flatMap((c) => (Array.isArray(c.line) ? c.line : [c.line]));
    expect(new Set(all).size).toBe(all.length);
  });
});
