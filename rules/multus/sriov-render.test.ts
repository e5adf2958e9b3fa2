/**
 * The config sriov-network-operator renders from its networks (lib/sriov-render.ts). The expected
 * configs restate the operator's golden files at 249e200 (api/v1/testdata/TestRendering,
 * TestIBRendering, TestOVSRendering) where a case matches one, parsed as JSON.
 */
import { describe, expect, it } from 'vitest';
import { loadSources } from '../../src/engine/load.js';
import { buildModel } from '../../src/engine/model.js';
import type { Resource } from '../../src/engine/types.js';
import { sriovNetwork } from './lib/fixtures.js';
import { nadsOf } from './lib/nads.js';
import { renderSriovNetwork } from './lib/sriov-render.js';

function load(text: string): Resource {
  const { resources } = loadSources([{ path: 'net.yaml', content: text }]);
  expect(resources).toHaveLength(1);
  return resources[0];
}

/** The rendered config of a network whose spec (besides resourceName) is `spec`. */
function render(spec: string, kind = 'SriovNetwork', name = 'test') {
  return renderSriovNetwork(load(sriovNetwork(name, 'ns', spec, kind)));
}

const confOf = (spec: string, kind?: string) => {
  const r = render(spec, kind);
  expect(r.config?.ok, JSON.stringify(r.config)).toBe(true);
  return r.conf;
};

/** The failure of a network the operator cannot render. */
const failureOf = (spec: string, kind?: string) => {
  const r = render(spec, kind);
  expect(r.conf).toBeNull();
  if (r.config === null || r.config.ok) throw new Error(`rendered: ${JSON.stringify(r.conf)}`);
  return r.config;
};

describe('the config sriov-network-operator renders', () => {
  it('a bare SriovNetwork: the golden "simple", plus the logLevel the CRD defaults', () => {
    expect(confOf('logLevel: ""')).toEqual({ cniVersion: '1.0.0', name: 'test', type: 'sriov', vlan: 0, vlanQoS: 0, ipam: {} });
    expect(confOf('vlan: 0')).toEqual({ cniVersion: '1.0.0', name: 'test', type: 'sriov', vlan: 0, vlanQoS: 0, logLevel: 'info', ipam: {} });
  });

  it('every SriovNetwork field, in the template order', () => {
    const conf = confOf(
      [
        'vlan: 100',
        'spoofChk: "on"',
        'trust: "off"',
        'vlanQoS: 3',
        'vlanProto: 802.1ad',
        'minTxRate: 10',
        'maxTxRate: 100',
        'capabilities: \'{"ips": true, "mac": true}\'',
        'linkState: enable',
        'logLevel: debug',
        'logFile: /var/log/sriov.log',
        'ipam: \'{"type": "static"}\'',
      ].join('\n'),
    );
    expect(Object.keys(conf!)).toEqual(['cniVersion', 'name', 'type', 'vlan', 'spoofchk', 'trust', 'vlanQoS', 'vlanProto', 'min_tx_rate', 'max_tx_rate', 'capabilities', 'link_state', 'logLevel', 'logFile', 'ipam']);
    expect(conf).toMatchObject({ vlan: 100, spoofchk: 'on', trust: 'off', vlanQoS: 3, vlanProto: '802.1ad', min_tx_rate: 10, max_tx_rate: 100, capabilities: { ips: true, mac: true }, link_state: 'enable', logLevel: 'debug', logFile: '/var/log/sriov.log', ipam: { type: 'static' } });
  });

  it('leaves out what the operator leaves out: vlanQoS out of 0..7, an unquoted `on` (a YAML boolean), an empty capabilities', () => {
    const conf = confOf('vlanQoS: 9\nspoofChk: on\ncapabilities: ""');
    expect(conf).toEqual({ cniVersion: '1.0.0', name: 'test', type: 'sriov', vlan: 0, logLevel: 'info', ipam: {} });
  });

  it('removes every white-space character of spec.ipam, inside its strings too (strings.Fields)', () => {
    const conf = confOf('ipam: |\n  {\n    "type": "host-local",\n    "subnet": "10.56.217.0/24",\n    "dataDir": "/var/lib/my cni"\n  }');
    expect(conf!.ipam).toEqual({ type: 'host-local', subnet: '10.56.217.0/24', dataDir: '/var/lib/mycni' });
  });

  it('metaPlugins turn the config into a plugin list whose first plugin is the VF (the golden "chained")', () => {
    expect(confOf('logLevel: ""\nmetaPlugins: |\n  {\n    "type": "vrf",\n    "vrfname": "blue"\n  }')).toEqual({
      cniVersion: '1.0.0',
      name: 'test',
      plugins: [{ type: 'sriov', vlan: 0, vlanQoS: 0, ipam: {} }, { type: 'vrf', vrfname: 'blue' }],
    });
    const conf = confOf('capabilities: \'{"ips": true}\'\nipam: \'{"type": "whereabouts", "range": "10.1.0.0/24"}\'\nmetaPlugins: \'{"type": "tuning"}, {"type": "vrf", "vrfname": "red"}\'');
    expect(conf!.type).toBeUndefined();
    expect(conf!.plugins).toEqual([
      { type: 'sriov', vlan: 0, vlanQoS: 0, capabilities: { ips: true }, logLevel: 'info', ipam: { type: 'whereabouts', range: '10.1.0.0/24' } },
      { type: 'tuning' },
      { type: 'vrf', vrfname: 'red' },
    ]);
  });

  it("folds a line break inside a pasted string as YAML does in the template's single-quoted string, and reads '' as '", () => {
    const conf = confOf('metaPlugins: |\n  {"type": "tuning", "sysctl": {"net.core.note": "one\n    two"}}\ncapabilities: |\n  {"it\'\'s": true}');
    expect(conf!.plugins).toEqual([expect.objectContaining({ type: 'sriov', capabilities: { "it's": true } }), { type: 'tuning', sysctl: { 'net.core.note': 'one two' } }]);
  });

  it('a SriovIBNetwork: ib-sriov without the VF fields or log settings', () => {
    expect(confOf('capabilities: \'{"infinibandGUID": true}\'\nlinkState: auto\nvlan: 5\nlogLevel: debug', 'SriovIBNetwork')).toEqual({
      cniVersion: '1.0.0',
      name: 'test',
      type: 'ib-sriov',
      capabilities: { infinibandGUID: true },
      link_state: 'auto',
      ipam: {},
    });
  });

  it('an OVSNetwork (the golden "complexconf")', () => {
    const spec = [
      'capabilities: \'{"foo": "bar"}\'',
      'bridge: test',
      'vlan: 100',
      'mtu: 1500',
      'trunk: [{ id: 120 }, { minID: 500, maxID: 550 }]',
      'interfaceType: netdev',
      'ipam: \'{"type": "foo"}\'',
      'linkState: enable',
    ].join('\n');
    expect(confOf(spec, 'OVSNetwork')).toEqual({
      cniVersion: '1.0.0',
      name: 'test',
      type: 'ovs',
      capabilities: { foo: 'bar' },
      bridge: 'test',
      vlan: 100,
      mtu: 1500,
      trunk: [{ id: 120 }, { minID: 500, maxID: 550 }],
      interface_type: 'netdev',
      ipam: { type: 'foo' },
    });
  });
});

describe('what the operator cannot render', () => {
  it('spec.ipam that is not JSON once its white space is gone: the field and the character in it', () => {
    const f = failureOf('ipam: \'{"type": "host-local", "subnet": "10.1.0.0/24",}\'');
    expect(f.path).toEqual(['spec', 'ipam']);
    expect(f.span).toEqual({ start: 47, end: 48 });
    expect(f.error).toMatch(/^spec\.ipam, once the operator has removed its white space, is not JSON: unexpected character "}" after a comma/);
  });

  it('spec.ipam of white space only: "ipam": followed by nothing', () => {
    const f = failureOf('ipam: "  "');
    expect(f.path).toEqual(['spec', 'ipam']);
    expect(f.error).toMatch(/is empty, so the config reads "ipam": followed by nothing/);
  });

  it('capabilities pasted as written (the IB golden "simpleib" writes capabilities foo, which json.Indent refuses)', () => {
    const f = failureOf('capabilities: foo', 'SriovIBNetwork');
    expect(f.path).toEqual(['spec', 'capabilities']);
    expect(f.span).toEqual({ start: 0, end: 1 });
  });

  it('metaPlugins with a trailing comma, or with no plugin, leave a list that is not JSON', () => {
    expect(failureOf('metaPlugins: \'{"type": "tuning"},\'').span).toEqual({ start: 18, end: 19 });
    expect(failureOf('metaPlugins: " "').error).toMatch(/holds no plugin/);
  });

  it('a lone single quote ends the template\'s YAML string: rendering fails', () => {
    const f = failureOf('logFile: "/tmp/it\'s.log"');
    expect(f.path).toEqual(['spec', 'logFile']);
    expect(f.span).toEqual({ start: 7, end: 8 });
    expect(f.error).toMatch(/single quote/);
  });

  it('a quote in a string field ends the JSON string', () => {
    expect(failureOf('bridge: \'br"0\'', 'OVSNetwork').path).toEqual(['spec', 'bridge']);
  });

  it('a pasted field that is not a string, or a network without a name: nothing rendered, no failure', () => {
    expect(render('ipam: { type: dhcp }')).toEqual({ config: null, conf: null });
    expect(renderSriovNetwork(load('apiVersion: sriovnetwork.openshift.io/v1\nkind: SriovNetwork\nmetadata: { namespace: ns }\nspec: { resourceName: x, ipam: "" }\n'))).toEqual({ config: null, conf: null });
  });
});

describe('the NAD nadsOf sees', () => {
  it('carries the rendered config, where the operator puts the NAD', () => {
    const { resources } = loadSources([{ path: 'net.yaml', content: sriovNetwork('vf', 'sriov-ops', 'networkNamespace: apps\nipam: \'{"type": "dhcp"}\'') }]);
    const [nad] = nadsOf(buildModel(resources));
    expect(nad).toMatchObject({ name: 'vf', namespace: 'apps', networkName: 'vf', conf: { type: 'sriov', ipam: { type: 'dhcp' } } });
    expect(nad.config?.ok).toBe(true);
  });

  it('positions: pasted text leads into its field, what the template writes to the network', () => {
    const resource = load(sriovNetwork('vf', 'ns', 'vlan: 7\nipam: |\n  {\n    "type": "host-local",\n    "subnet": "10.1.0.0/24"\n  }\nmetaPlugins: \'{"type": "tuning"}\''));
    const { config } = renderSriovNetwork(resource);
    if (!config?.ok) throw new Error('not rendered');
    const at = config.source.at;
    // The block's value is `{\n  "type": "host-local",…`: "host-local" (quotes included) is its characters 12 to 23.
    expect(at(['plugins', 0, 'ipam', 'type'])).toEqual({ path: ['spec', 'ipam'], span: { start: 12, end: 24 } });
    expect(at(['plugins', 0, 'vlan'])).toEqual({ path: ['spec', 'vlan'] });
    expect(at(['plugins', 1, 'type'])).toEqual({ path: ['spec', 'metaPlugins'], span: { start: 9, end: 17 } });
    expect(at(['plugins', 0, 'type'])).toEqual({ path: [] });
    expect(at(['name'])).toEqual({ path: [] });
  });
});
