/**
 * MultiNetworkPolicy's `k8s.v1.cni.cncf.io/policy-for` annotation, read as the implementations
 * read it, and the CNI types multi-networkpolicy-iptables handles when the input deploys it.
 *
 * Sources (k8snetworkplumbingwg/multi-networkpolicy-iptables at cbf2b11, k8snetworkplumbingwg/
 * multi-networkpolicy at f1873dc):
 * - pkg/server/server.go generatePolicyRulesForPodAndFamily: a policy without the annotation is
 *   skipped; every space of the value is deleted (spaces only: tabs and line breaks stay), the
 *   rest is cut at each comma, and an item without a `/` gets the policy's namespace put in front.
 *   The items are then compared, as whole strings, with the `namespace/name` of the networks of
 *   the pod (pkg/controllers/pod.go CheckPolicyNetwork): an item with two slashes, an empty side of
 *   its slash or a line break in it can never be equal to one, and an empty item (a stray comma)
 *   becomes `namespace/`, which matches nothing either. Nothing is rejected or logged.
 * - pkg/controllers/pod.go newPodInfo: a pod's interface is considered only when the CNI type of
 *   its NetworkAttachmentDefinition is one of the `--network-plugins` of the daemon
 *   (pkg/server/options.go: a string list, `macvlan` when not given); the type is the config's
 *   `type`, or for a list the first plugin's (pkg/controllers/net-attach-def.go newNetDefInfo).
 */
import { derived, objectLabel, podSpecOf, WORKLOAD_KINDS } from '../../../src/engine/model.js';
import type { ClusterModel } from '../../../src/engine/model.js';
import type { Span } from '../../../src/engine/strict-json.js';
import { asArray, asObject, goJsonField, isObject, objectItems } from '../../../src/engine/values.js';
import type { Obj } from '../../../src/engine/values.js';

export const POLICY_FOR_ANNOTATION = 'k8s.v1.cni.cncf.io/policy-for';
export const MULTI_NETWORK_POLICY_KIND = 'k8s.cni.cncf.io/MultiNetworkPolicy';

/** An item of the annotation, with the spaces the implementation deletes deleted. */
export interface PolicyForEntry {
  /** The item as compared (spaces deleted). */
  text: string;
  /** The item as written, less the spaces around it. */
  span: Span;
  /** Set when the item is well formed. */
  name: string | null;
  namespace: string | null;
  /** Why the item can match no network, when it cannot. */
  malformed: 'slashes' | 'emptyPart' | 'whitespace' | null;
}

/** The items of a policy-for value; empty or blank items (a stray comma) are left out. */
export function parsePolicyFor(value: string): PolicyForEntry[] {
  const out: PolicyForEntry[] = [];
  let offset = 0;
  for (const raw of value.split(',')) {
    const start = offset;
    offset += raw.length + 1;
    const text = raw.replace(/ /g, '');
    // Nothing but white space: like an empty item, `namespace/` plus it, which matches nothing and harms nothing.
    if (raw.trim() === '') continue;
    const lead = raw.length - raw.replace(/^ +/, '').length;
    const span = { start: start + lead, end: start + raw.replace(/ +$/, '').length };
    const entry: PolicyForEntry = { text, span, name: null, namespace: null, malformed: null };
    out.push(entry);
    if (/\s/.test(text)) {
      entry.malformed = 'whitespace';
      continue;
    }
    const parts = text.split('/');
    if (parts.length > 2) entry.malformed = 'slashes';
    else if (parts.some((p) => p === '')) entry.malformed = 'emptyPart';
    else if (parts.length === 2) [entry.namespace, entry.name] = parts;
    else entry.name = text;
  }
  return out;
}

/** The CNI type multi-networkpolicy-iptables reads from a NAD config: `type`, or the first plugin's for a list. */
export function pluginTypeOf(conf: Obj): string | null {
  const plugins = goJsonField(conf, 'plugins');
  const first = Array.isArray(plugins) && plugins.length > 0 ? plugins[0] : conf;
  const type = isObject(first) ? goJsonField(first, 'type') : undefined;
  return typeof type === 'string' && type !== '' ? type : null;
}

const BINARY = 'multi-networkpolicy-iptables';
/** The upstream image, whose ENTRYPOINT is the daemon (Dockerfile at cbf2b11). */
const IMAGE = /(?:^|\/)multi-networkpolicy-iptables(?:[:@]|$)/;
/** `--network-plugins` when not given (pkg/server/options.go). */
const DEFAULT_PLUGINS = ['macvlan'];

export interface IptablesPlugins {
  /** The CNI types some multi-networkpolicy-iptables of the input handles. */
  plugins: Set<string>;
  /** The workloads that run it, for messages. */
  where: string;
}

/**
 * The CNI types the multi-networkpolicy-iptables daemons of the input handle (their
 * `--network-plugins`, `macvlan` when not given), or null when the input runs none that can be
 * read: a container whose command (or, without one, the upstream image's entrypoint) is the
 * daemon itself, not a shell. pflag's string list: `--network-plugins=a,b` or
 * `--network-plugins a,b`, again to add more; parsing stops at `--`.
 */
export const iptablesPlugins = derived('multus/mnp-iptables-plugins', (m: ClusterModel): IptablesPlugins | null => {
  const plugins = new Set<string>();
  const where: string[] = [];
  for (const r of m.byKind('Pod', ...WORKLOAD_KINDS)) {
    for (const [, c] of objectItems(podSpecOf(r)?.spec.containers)) {
      const strings = (v: unknown) => asArray(v).filter((x): x is string => typeof x === 'string');
      const command = strings(c.command);
      const argv = command.length > 0 ? [...command, ...strings(c.args)] : typeof c.image === 'string' && IMAGE.test(c.image) ? [BINARY, ...strings(c.args)] : [];
      if (argv.length === 0 || argv[0].split('/').pop() !== BINARY) continue;
      const values: string[] = [];
      for (let i = 1; i < argv.length && argv[i] !== '--'; i++) {
        const f = /^--network-plugins(?:=(.*))?$/s.exec(argv[i]);
        if (!f) continue;
        if (f[1] !== undefined) values.push(f[1]);
        else if (i + 1 < argv.length) values.push(argv[++i]);
      }
      // pflag reads each value as one CSV record: items are cut at commas and not trimmed.
      for (const p of values.length > 0 ? values.flatMap((v) => v.split(',')) : DEFAULT_PLUGINS) if (p !== '') plugins.add(p);
      where.push(objectLabel(r));
    }
  }
  return where.length === 0 ? null : { plugins, where: [...new Set(where)].join(', ') };
});

/** The policy-for value of a MultiNetworkPolicy: absent (undefined), or as written. */
export function policyForOf(value: Obj): unknown {
  return asObject(asObject(value.metadata).annotations)[POLICY_FOR_ANNOTATION];
}
