import { defineRule } from '../../src/engine/rule.js';
import { parseJson } from '../../src/engine/strict-json.js';
import { asObject } from '../../src/engine/values.js';

/**
 * Calico's install-cni container writes `cni_network_config` to the node's CNI config folder after
 * replacing its `__NAME__` placeholders as text (cni-plugin/pkg/install/install.go writeCNIConfig,
 * Calico v3.32): `__CNI_MTU__` with `CNI_MTU`, which the official manifests take from `veth_mtu`,
 * written bare as the value of "mtu". It then refuses a result that is not JSON ("CNI config is
 * not valid JSON") and the node gets no pod network.
 */
const MTU_PLACEHOLDER = '__CNI_MTU__';
/** Placeholders install.go fills with bare JSON (a boolean), not inside a string. */
const BARE_BOOLEANS = ['__REQUIRE_MTU_FILE__'];

export default defineRule({
  meta: {
    id: 'calico/cni-network-config',
    description: 'The `cni_network_config` template of Calico\'s ConfigMap must be JSON once install-cni fills its placeholders, and `veth_mtu`, pasted bare as the CNI "mtu", must be a whole number; otherwise install-cni exits and no pod on the node gets a network.',
    severity: 'error',
    remediation: 'Keep the template strict JSON around its `__NAME__` placeholders, and write `veth_mtu` as a number in quotes, e.g. `"1440"` (`"0"` lets Calico pick).',
    kinds: ['ConfigMap'],
    messages: {
      mtu: 'veth_mtu "{{value}}" is pasted bare into the CNI config as "mtu": __CNI_MTU__; {{why}}',
      json: 'cni_network_config is not JSON once install-cni fills its placeholders ({{error}}): install-cni exits with "CNI config is not valid JSON"',
    },
    docs: 'Source: Calico cni-plugin/pkg/install/install.go (`writeCNIConfig`: placeholders replaced as text, then `isValidJSON`, fatal on failure) and manifests/calico.yaml (`CNI_MTU` from `calico-config` `veth_mtu`). Placeholders other than `__CNI_MTU__` and `__REQUIRE_MTU_FILE__` sit inside JSON strings and are filled with text.',
  },
  check(resource, ctx) {
    const data = asObject(resource.value.data);
    const template = data.cni_network_config;
    if (typeof template !== 'string') return;
    const mtu = typeof data.veth_mtu === 'string' ? data.veth_mtu : null;
    const usesMtu = template.includes(MTU_PLACEHOLDER);
    if (usesMtu && mtu !== null && !/^\d+$/.test(mtu)) {
      const why = mtu === '' ? 'an empty value leaves "mtu": with no value, and the config is not JSON' : /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(mtu) ? 'the calico plugin reads "mtu" as a whole number and fails to load the config' : 'the config is not JSON';
      ctx.report({ path: ['data', 'veth_mtu'], messageId: 'mtu', data: { value: mtu, why } });
      return;
    }
    // Fill the placeholders as install-cni does: the MTU and booleans bare, the rest as text.
    let filled = template.replaceAll(MTU_PLACEHOLDER, mtu ?? '1500');
    for (const b of BARE_BOOLEANS) filled = filled.replaceAll(b, 'false');
    filled = filled.replace(/__[A-Z0-9_]+__/g, 'x');
    const parsed = parseJson(filled);
    if (!parsed.ok) ctx.report({ path: ['data', 'cni_network_config'], messageId: 'json', data: { error: parsed.error } });
  },
});
