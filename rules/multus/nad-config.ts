import { CNI_VERSIONS, NETWORK_NAME } from '../cni/lib/cni-spec.js';
import { reportIn } from '../cni/lib/json-source.js';
import type { JsonSource } from '../cni/lib/json-source.js';
import { isLibcniBoolString, PLUGIN_MESSAGES, shapeProblems, type ShapeProblem } from '../cni/lib/plugins.js';
import { defineRule } from '../../src/engine/rule.js';
import type { RuleContext } from '../../src/engine/rule.js';
import { describeValue, goJsonField, goJsonKey, isObject } from '../../src/engine/values.js';
import type { Obj } from '../../src/engine/values.js';
import { NAD_KIND, nadOf } from './lib/nads.js';
import { SRIOV_NETWORK_KINDS } from './lib/sriov-render.js';

export default defineRule({
  meta: {
    id: 'multus/nad-config',
    description: 'A NetworkAttachmentDefinition\'s `spec.config` must be a CNI config in JSON: an object with `cniVersion` and either `type` (one plugin) or `plugins` (a list). The config sriov-network-operator renders from a SriovNetwork, SriovIBNetwork or OVSNetwork (its `spec.ipam`, `spec.capabilities` and `spec.metaPlugins` pasted in) is checked too.',
    severity: 'error',
    remediation: 'Write `spec.config` as JSON, e.g. `{"cniVersion": "0.3.1", "type": "macvlan", "master": "eth1", "ipam": {"type": "host-local", "subnet": "10.10.0.0/24"}}`; `name` may be left out (Multus uses the NAD name).',
    kinds: [NAD_KIND, ...SRIOV_NETWORK_KINDS],
    messages: {
      ...PLUGIN_MESSAGES,
      sriovRender:
        'sriov-network-operator cannot write the CNI config of NetworkAttachmentDefinition {{nad}} from this {{kind}}: {{error}}. It retries without end and never creates or updates the NAD: while it is missing, pods that attach the network fail to start, and an existing one keeps its old config',
      noConfig: 'the NAD has no spec.config: Multus then uses the CNI config whose "name" is "{{name}}" among the files of its conf dir (/etc/cni/multus/net.d) on every node',
      miscasedConfig: 'spec.{{key}} is not spec.config (field names are case-sensitive): the API server drops it, and the NAD has no config',
      notString: 'spec.config must be a string holding JSON',
      syntax: 'spec.config is not valid JSON: {{error}}',
      notObject: 'spec.config must be a JSON object, not {{what}}',
      noVersion: 'spec.config has no cniVersion: CNI reads it as 0.1.0, and a plugin that no longer supports that version fails with "incompatible CNI versions"',
      badVersion: 'cniVersion {{version}} is not a CNI spec version ({{known}})',
      badName: 'network name {{name}} is not one libcni runs: it must be a string matching {{pattern}} (libcni addNetwork ValidateNetworkName)',
      multusNoType: 'the config has neither "type" (a single plugin) nor "plugins" (a list): Multus fails with "delegate must have the \'type\' or \'plugin\' field" and the pod never starts',
      multusPluginsEmpty: '"plugins" is empty: Multus reads the first plugin of the list before libcni sees it, and panics (index out of range), so the pod never starts',
      multusFirstNoType: 'plugins[0] has no "type": Multus fails with "a plugin delegate must have the \'type\' field" and the pod never starts',
      multusListBool: '"{{key}}" is {{got}}: Multus decodes a plugin list\'s {{key}} into a boolean (types.NetConfList) and fails; write {{key}}: true or false without quotes',
    },
    docs: [
      'Sources: NAD client `GetCNIConfigFromSpec`, Multus `LoadDelegateNetConf` / `LoadDelegateNetConfList`; CNI `SPEC.md`. A missing spec.config is an info (the file fallback works when the file is installed on every node, as Istio\'s CNI does on OpenShift with an `istio-cni` NAD of `spec: {}`) and a missing cniVersion a warning; the rest stops the pod from starting.',
      'A SriovNetwork, SriovIBNetwork or OVSNetwork is checked as the NAD sriov-network-operator makes from it (k8snetworkplumbingwg/sriov-network-operator at 249e200: api/v1/helper.go `RenderNetAttDef`, bindata/manifests/cni-config). The operator pastes `spec.ipam` (with its white space removed), `spec.capabilities` and `spec.metaPlugins` (plugin objects after the first, separated by commas) into its template without checking them, inside a single-quoted YAML string. When the result is not JSON, the controller fails to format it and never creates the NAD (controllers/generic_network_controller.go, helper.go `formatJSON`); a lone `\'` ends the YAML string and rendering itself fails (Ready=False, NetworkAttachmentDefInvalid). Both are reported (`sriovRender`) at the field and character at fault; the webhook accepts both (pkg/webhook/validate_networks.go). The rendered config then gets the checks of a NAD\'s, pointing into the field that holds the text (a plugin list\'s metaPlugins, say).',
    ].join('\n\n'),
  },
  check(resource, ctx) {
    const nad = nadOf(ctx.model, resource);
    if (!nad) return;
    if (resource.groupKind !== NAD_KIND) {
      // A network of sriov-network-operator: its rendered config (null when a pasted field is not a string).
      const c = nad.config;
      if (c === null) return;
      if (!c.ok) {
        const name = `${nad.namespace ? `${nad.namespace}/` : ''}${nad.name}`;
        ctx.report({ path: c.path, span: c.span, messageId: 'sriovRender', data: { nad: name, kind: resource.kind, error: c.error } });
        return;
      }
      if (nad.conf) checkConf(ctx, c.source, nad.conf);
      return;
    }
    const spec = resource.value.spec as Record<string, unknown> | undefined;
    const raw = spec?.config;
    if (raw === undefined || raw === null || raw === '') {
      // A key that is `config` in another case (`Config`): the CRD's schema has only `config`, so
      // the API server prunes it and the NAD has no config at all (deployments/multus-daemonset.yml).
      const miscased = isObject(spec) ? Object.keys(spec).find((k) => k !== 'config' && k.toLowerCase() === 'config') : undefined;
      if (miscased !== undefined) {
        ctx.report({ path: ['spec', miscased], at: 'key', messageId: 'miscasedConfig', data: { key: miscased } });
        return;
      }
      // A documented form (Istio's CNI on OpenShift ships an istio-cni NAD with `spec: {}` and the conf file beside Multus'): info.
      ctx.report({ path: ['spec'], messageId: 'noConfig', data: { name: resource.name }, severity: 'info' });
      return;
    }
    if (typeof raw !== 'string') {
      ctx.report({ path: ['spec', 'config'], messageId: 'notString' });
      return;
    }
    const c = nad.config!;
    if (!c.ok) {
      ctx.report({ path: c.path, span: c.span, messageId: 'syntax', data: { error: c.error } });
      return;
    }
    const src = c.source;
    if (!nad.conf) {
      reportIn(ctx, src, [], { messageId: 'notObject', data: { what: Array.isArray(src.value) ? 'a list' : src.value === null ? 'null' : `a ${typeof src.value}` } });
      return;
    }
    checkConf(ctx, src, nad.conf);
  },
});

/** The checks of a config that parses to an object. */
function checkConf(ctx: RuleContext, src: JsonSource, conf: Obj): void {
  // An empty cniVersion is read as a missing one (0.1.0; libcni's version decoding).
  if (conf.cniVersion === undefined) reportIn(ctx, src, [], { messageId: 'noVersion', severity: 'warning' });
  else if (conf.cniVersion === '') reportIn(ctx, src, ['cniVersion'], { messageId: 'noVersion', severity: 'warning' });
  else if (typeof conf.cniVersion !== 'string' || !(CNI_VERSIONS as readonly string[]).includes(conf.cniVersion)) {
    reportIn(ctx, src, ['cniVersion'], { messageId: 'badVersion', data: { version: typeof conf.cniVersion === 'string' ? `"${conf.cniVersion}"` : `${describeValue(conf.cniVersion)} (a string is needed)`, known: CNI_VERSIONS.join(', ') } });
  }
  // Multus puts the NAD's name in a config without one; one written is passed on to libcni, which checks it.
  if (conf.name !== undefined && (typeof conf.name !== 'string' || !NETWORK_NAME.test(conf.name))) {
    reportIn(ctx, src, ['name'], { messageId: 'badName', data: { name: describeValue(conf.name), pattern: String(NETWORK_NAME) } });
  }
  // Multus reads a config with a non-empty `type` as one plugin, whatever `plugins` holds
  // (pkg/types/conf.go LoadDelegateNetConf: the list only when Conf.Type is empty).
  const goConf = asGoDecodes(conf);
  const asMultusReads = typeof goConf.type === 'string' && goConf.type !== '' ? { ...goConf, plugins: undefined } : goConf;
  for (const p of shapeProblems(asMultusReads, 'any')) reportIn(ctx, src, p.path, { messageId: asMultusFails(p), data: p.data });
  // libcni takes "true"/"false" strings here (cni/plugins' check); Multus' own decoding of the list does not (pkg/types/conf.go LoadDelegateNetConfList).
  if (asMultusReads.plugins !== undefined) {
    for (const key of ['disableCheck', 'disableGC']) {
      const v = goJsonField(conf, key);
      if (isLibcniBoolString(v)) reportIn(ctx, src, [goJsonKey(conf, key)!], { messageId: 'multusListBool', data: { key, got: describeValue(v) } });
    }
  }
}

/**
 * The message of a shape problem Multus meets before libcni does: it decodes a config without
 * "type" as a list and checks only that it has plugins and that the first has a type
 * (multus-cni v4.3.0 pkg/types/conf.go LoadDelegateNetConfList; an empty list reaches
 * `Plugins[0]`). Later plugins are libcni's to refuse.
 */
function asMultusFails(p: ShapeProblem): string {
  if (p.messageId === 'noType') return 'multusNoType';
  if (p.messageId === 'pluginsEmpty') return 'multusPluginsEmpty';
  if (p.messageId === 'pluginNoType' && p.data?.index === 0) return 'multusFirstNoType';
  return p.messageId;
}

/**
 * The config as Multus' Go types read it: `type` and `plugins` (and each plugin's `type`) matched in
 * any case, as encoding/json matches keys (a `"Type": "bridge"` config is a bridge), and a null
 * `plugins` as none (multus-cni v4.3.0 pkg/types/conf.go LoadDelegateNetConf, LoadDelegateNetConfList).
 */
function asGoDecodes(conf: Obj): Obj {
  const renamed = (o: Obj, keys: readonly string[]): Obj => {
    let out: Obj | null = null;
    for (const key of keys) {
      const k = goJsonKey(o, key);
      if (k === undefined || k === key) continue;
      out ??= { ...o };
      out[key] = o[k];
      delete out[k];
    }
    return out ?? o;
  };
  const out = renamed(conf, ['type', 'plugins']);
  if (out.plugins === null) {
    const { plugins: _none, ...rest } = out;
    return rest;
  }
  if (!Array.isArray(out.plugins)) return out;
  return { ...out, plugins: out.plugins.map((p) => (isObject(p) ? renamed(p, ['type']) : p)) };
}
