/**
 * Multus' namespace isolation. With `namespaceIsolation: true` in its config (or the thin
 * entrypoint's `--namespace-isolation`), Multus refuses a pod whose `k8s.v1.cni.cncf.io/networks`
 * names a network of another namespace, unless that namespace is one of `globalNamespaces` (a
 * comma-separated list; `default` alone when the list is empty): GetNetworkDelegates in
 * pkg/k8sclient/k8sclient.go fails the pod's sandbox with "namespace isolation enabled, annotation
 * violates permission" (multus-cni v4.3.0; the default list in pkg/types/conf.go, the flags in
 * cmd/thin_entrypoint/main.go).
 */
import type { ClusterModel } from '../../src/engine/model.js';
import { objectLabel, podSpecOf } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Resource } from '../../src/engine/types.js';
import { asArray, asObject } from '../../src/engine/values.js';
import { NETWORKS_ANNOTATION } from './lib/annotation.js';
import { annotationOf } from './lib/messages.js';
import { POD_KINDS, multusConfigs } from './lib/nads.js';

interface Isolation {
  /** Namespaces whose networks every pod may use. */
  global: string[];
  /** Where the input turns isolation on, for the message. */
  where: string;
}

/** Multus' list when `globalNamespaces` is empty (pkg/types/conf.go defaultNonIsolatedNamespace). */
const DEFAULT_GLOBAL = ['default'];

const globalList = (raw: unknown) => (typeof raw === 'string' && raw !== '' ? raw.split(',').map((s) => s.trim()) : DEFAULT_GLOBAL);
const at = (r: Resource) => `${objectLabel(r)} (${r.file}:${r.locate([]).line})`;

/** Go's flag package: `--name`, `-name`, `--name=value` (booleans as strconv.ParseBool reads them). */
function flagValue(args: string[], name: string, boolean: boolean): string | null {
  for (let i = 0; i < args.length; i++) {
    const m = /^--?([^=]+)(?:=(.*))?$/.exec(args[i]);
    if (!m || m[1] !== name) continue;
    if (m[2] !== undefined) return m[2];
    if (boolean) return 'true';
    return args[i + 1] ?? '';
  }
  return null;
}

/** Namespace isolation as the input's Multus config or entrypoint flags turn it on, or null. */
const isolationOf = (model: ClusterModel): Isolation | null =>
  model.memo('multus/namespace-isolation', (m) => {
    const config = multusConfigs(m).find((c) => c.value.namespaceIsolation === true);
    if (config) return { global: globalList(config.value.globalNamespaces), where: `${config.key} of ${at(config.configMap)}` };
    for (const ds of m.byKind('apps/DaemonSet')) {
      for (const c of asArray(podSpecOf(ds)?.spec.containers)) {
        const container = asObject(c);
        if (typeof container.image !== 'string' || !container.image.includes('multus')) continue;
        const args = [...asArray(container.command), ...asArray(container.args)].filter((a): a is string => typeof a === 'string');
        if (!/^(?:1|t|T|TRUE|true|True)$/.test(flagValue(args, 'namespace-isolation', true) ?? '')) continue;
        return { global: globalList(flagValue(args, 'global-namespaces', false)), where: `--namespace-isolation of ${at(ds)}` };
      }
    }
    return null;
  });

export default defineRule({
  meta: {
    id: 'multus/namespace-isolation',
    description:
      'With Multus\' namespace isolation on (`namespaceIsolation: true` in its config, or the thin entrypoint\'s `--namespace-isolation`), a pod may attach only networks of its own namespace or of `globalNamespaces` (`default` when the list is empty): Multus refuses any other reference, and the pod never starts.',
    severity: 'error',
    remediation: 'Define the NetworkAttachmentDefinition in the pod\'s namespace, or add its namespace to Multus\' `globalNamespaces` (`--global-namespaces` for the thin entrypoint).',
    kinds: POD_KINDS,
    messages: {
      isolated:
        'network "{{namespace}}/{{name}}" is in another namespace than the pod ("{{podNamespace}}"), and Multus runs with namespace isolation ({{where}}), which lets a pod use only networks of its own namespace and of {{global}}: it refuses the pod ("namespace isolation enabled, annotation violates permission")',
    },
    docs: 'Sources: multus-cni v4.3.0 pkg/k8sclient/k8sclient.go (GetNetworkDelegates, isValidNamespaceReference), pkg/types/conf.go (globalNamespaces split at commas and trimmed; `default` when empty), cmd/thin_entrypoint/main.go (`--namespace-isolation`, `--global-namespaces`). A pod without a namespace (applied with `kubectl -n`) is left alone; a reference without a namespace is to the pod\'s own.',
  },
  check(resource, ctx) {
    if (resource.namespace === null) return;
    const a = annotationOf(ctx.model, resource, NETWORKS_ANNOTATION);
    if (!a) return;
    const isolation = isolationOf(ctx.model);
    if (!isolation) return;
    for (const s of a.parsed.selections) {
      if (s.namespace === null || s.namespace === resource.namespace || isolation.global.includes(s.namespace)) continue;
      ctx.report({
        path: a.path,
        span: s.namespaceSpan ?? s.nameSpan,
        messageId: 'isolated',
        data: { namespace: s.namespace, name: s.name, podNamespace: resource.namespace, where: isolation.where, global: isolation.global.map((n) => `"${n}"`).join(', ') },
      });
    }
  },
});
