import { plural } from '../../src/engine/plural.js';
import { podSpecOf } from '../../src/engine/model.js';
import { defineRule } from '../../src/engine/rule.js';
import type { Path, Resource } from '../../src/engine/types.js';
import { isObject } from '../../src/engine/values.js';
import { CNI_CONFIG } from '../../src/engine/load.js';
import { reachedNonStringEntries, walkNonStringEntries } from './lib/string-maps.js';

/**
 * Configuration files a tool reads itself, never sent to the API server: kind's cluster config is
 * decoded with go.yaml.in/yaml/v3 into typed structs (kind pkg/internal/apis/config/encoding
 * load.go), which writes any scalar into a string field, so `labels: {gpu: true}` on a node is the
 * label "true" (kind v1alpha4 types.go Node.Labels is a map[string]string).
 */
const DECODED_BY_YAML_V3 = new Set(['kind.x-k8s.io/Cluster']);

/**
 * Calico's projectcalico.org/v3 resources go through calicoctl, which decodes into Calico's typed
 * structs with sigs.k8s.io/yaml's UnmarshalStrict (calicoctl/calicoctl/resourcemgr/resourcemgr.go,
 * v3.32.1): a scalar meant for a string field becomes its Go text, so `routeReflector: true` (or
 * `yes`, YAML 1.1's true) is stored as the label "true". Applied with kubectl through Calico's API
 * server, the same object is refused. A warning that names the text calicoctl stores.
 */
const isCalicoctlResource = (resource: Resource) => resource.group === 'projectcalico.org';

/** The string Go gives a scalar decoded into a string field (strconv.FormatBool, FormatInt, FormatFloat 'g'). */
function goText(v: unknown): string | null {
  if (typeof v === 'boolean') return String(v);
  // JavaScript's shortest round-trip text is Go's 'g' with precision -1 for the values YAML writes.
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

/** Fields Kubernetes types as strings outside those maps: object names, ConfigMap data, env values. */
const METADATA_STRING_FIELDS = ['name', 'generateName', 'namespace'] as const;
const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;

function notAString(v: unknown): boolean {
  return v !== null && v !== undefined && typeof v !== 'string';
}

/** Paths of the other string-typed fields of `resource` that hold something else. */
export function nonStringFields(resource: Resource): Path[] {
  const out: Path[] = [];
  const metadata = resource.value.metadata;
  if (isObject(metadata)) for (const f of METADATA_STRING_FIELDS) if (notAString(metadata[f])) out.push(['metadata', f]);
  if (resource.kind === 'ConfigMap' && resource.group === '' && isObject(resource.value.data)) {
    const data = resource.value.data;
    for (const k in data) if (notAString(data[k])) out.push(['data', k]);
  }
  const ps = podSpecOf(resource);
  if (ps) {
    for (const list of CONTAINER_LISTS) {
      const containers = ps.spec[list];
      if (!Array.isArray(containers)) continue;
      for (let c = 0; c < containers.length; c++) {
        const env: unknown = isObject(containers[c]) ? (containers[c] as Record<string, unknown>).env : undefined;
        if (!Array.isArray(env)) continue;
        for (let e = 0; e < env.length; e++) {
          const item: unknown = env[e];
          if (isObject(item) && notAString(item.value)) out.push([...ps.path, list, c, 'env', e, 'value']);
        }
      }
    }
  }
  return out;
}

function describe(value: unknown): string {
  if (typeof value === 'boolean') return `the boolean ${value}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (Array.isArray(value)) return `a list (${plural(value.length, 'item')})`;
  return isObject(value) ? `a mapping (${plural(Object.keys(value).length, 'key')})` : 'a mapping';
}

/** A list or mapping, whose text is not repeated in the message: it may run to pages (a collector's config). */
function isCollection(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

export default defineRule({
  meta: {
    id: 'cluster/label-value-type',
    description:
      'Fields Kubernetes types as strings must hold strings: label, annotation, matchLabels and nodeSelector values, `metadata.name`/`namespace`/`generateName`, ConfigMap `data` values and container env `value`s. Unquoted `true`, `on`, `yes`, `y`, `1440`, `010` or `1.0` are booleans or numbers in YAML 1.1, and the API server rejects the object ("cannot unmarshal bool into Go struct field … of type string").',
    severity: 'error',
    remediation: 'Quote the value, e.g. `route-reflector: "true"`, `veth_mtu: "1440"`, `value: "true"`.',
    kinds: ['*'],
    messages: {
      notString: '{{map}} value of {{key}} is {{what}} ({{written}} unquoted): Kubernetes needs a string; write "{{written}}"',
      fieldNotString: '{{field}} is {{what}} ({{written}} unquoted): Kubernetes needs a string; write "{{written}}"',
      calicoctl: '{{field}} is {{what}} ({{written}} unquoted): calicoctl stores it as the string "{{stored}}", and kubectl through Calico\'s API server refuses it; write "{{stored}}"',
      notStringCollection: '{{map}} value of {{key}} is {{what}}: Kubernetes needs a string; quote it, or for many lines write a block scalar (`{{key}}: |` with the lines indented below)',
      fieldNotStringCollection: '{{field}} is {{what}}: Kubernetes needs a string; quote it, or for many lines write a block scalar (`{{key}}: |` with the lines indented below)',
    },
  },
  check(resource, ctx) {
    // A CRD's OpenAPI schema has `labels`/`annotations` properties whose values are schemas.
    if (resource.kind === 'CustomResourceDefinition') return;
    if (DECODED_BY_YAML_V3.has(resource.groupKind)) return;
    // A CNI config file is no Kubernetes object: its `labels` keys are its plugin's (Calico's Mesos
    // network_info labels are a list of key/value pairs: cni-plugin internal/pkg/types, Calico v3.32.1).
    if (resource.kind === CNI_CONFIG.kind && resource.apiVersion === CNI_CONFIG.apiVersion) return;
    // The loader records candidates while it parses; without them, walk the whole resource.
    for (const at of nonStringFields(resource)) {
      const v = valueAt(resource, at);
      const field = at[0] === 'data' ? `ConfigMap data "${at[1]}"` : at[0] === 'metadata' ? `metadata.${at[1]}` : `env ${envName(resource, at)} value`;
      if (isCollection(v)) ctx.report({ path: at, messageId: 'fieldNotStringCollection', data: { field, what: describe(v), key: String(at[at.length - 1]) } });
      else if (!reportCalicoctl(at, field, v)) ctx.report({ path: at, messageId: 'fieldNotString', data: { field, what: describe(v), written: writtenAs(resource, at, v) } });
    }
    const recorded = resource.nonStringInStringMaps?.() ?? null;
    if (recorded !== null && recorded.length === 0) return;
    const found = recorded === null ? walkNonStringEntries(resource.value) : reachedNonStringEntries(resource.value, recorded);
    for (const at of found) {
      if (isTypedOutsidePodSpec(resource, at)) continue;
      const v = valueAt(resource, at);
      const key = keyAsWritten(resource, at);
      if (isCollection(v)) {
        ctx.report({ path: at, messageId: 'notStringCollection', data: { map: at[at.length - 2], key, what: describe(v) } });
        continue;
      }
      if (reportCalicoctl(at, `${String(at[at.length - 2])} value of ${key}`, v)) continue;
      ctx.report({ path: at, messageId: 'notString', data: { map: at[at.length - 2], key, what: describe(v), written: writtenAs(resource, at, v) } });
    }

    /** The calicoctl finding for a Calico v3 resource's scalar, when that is what `at` holds. */
    function reportCalicoctl(at: Path, field: string, v: unknown): boolean {
      const stored = isCalicoctlResource(resource) ? goText(v) : null;
      if (stored === null) return false;
      ctx.report({ path: at, messageId: 'calicoctl', severity: 'warning', data: { field, what: describe(v), written: writtenAs(resource, at, v), stored } });
      return true;
    }
  },
});

/**
 * A map entry's key for a message, quoted: as written, with what YAML 1.1 reads when that differs
 * (`n` is the key "false": kubectl's sigs.k8s.io/yaml turns a boolean key into its text), so the
 * user finds it in the file.
 */
function keyAsWritten(resource: Resource, at: Path): string {
  const key = String(at[at.length - 1]);
  const written = resource.keySource?.(at);
  // A quoted key is the string written; only a plain one can read as something else.
  const plain = written !== null && written !== undefined && !/^["']/.test(written) ? written : key;
  return plain === key ? `"${key}"` : `"${plain}" (a key YAML 1.1 reads as "${key}")`;
}

/** The fields of a LabelSelector or a NodeSelector, which are not strings. */
const SELECTOR_FIELDS = ['matchLabels', 'matchExpressions', 'nodeSelectorTerms'];

/**
 * Whether `at` is an entry of a `nodeSelector` that is not a string map. A pod spec's
 * `nodeSelector` is `map[string]string` (k8s.io/api core/v1 PodSpec), so a LabelSelector written
 * there is a mistake the rule reports. Elsewhere the name holds whatever its API defines: a
 * NodeSelector with `nodeSelectorTerms` in a ResourceSlice (k8s.io/api resource/v1
 * ResourceSliceSpec), a LabelSelector in sriov-network-operator's SriovNetworkPoolConfig (api/v1
 * sriovnetworkpoolconfig_types.go), a struct wrapping one in spidernet-io/egressgateway's
 * EgressGateway (`nodeSelector: {policy, selector: {matchLabels}}`, v1beta1
 * egressgateway_types.go). There, one holding a selector field is read as that selector, and a
 * mapping or list value as a field of a struct; a number or boolean is still a string map's
 * unquoted value.
 */
function isTypedOutsidePodSpec(resource: Resource, at: Path): boolean {
  if (at[at.length - 2] !== 'nodeSelector') return false;
  const map = valueAt(resource, at.slice(0, -1)) as Record<string, unknown>;
  const value = map[at[at.length - 1] as string];
  const structured = SELECTOR_FIELDS.some((f) => typeof map[f] === 'object' && map[f] !== null) || (typeof value === 'object' && value !== null);
  if (!structured) return false;
  const ps = podSpecOf(resource);
  if (ps === null || at.length !== ps.path.length + 2) return true;
  return !ps.path.every((seg, i) => at[i] === seg);
}

function valueAt(resource: Resource, at: Path): unknown {
  let v: unknown = resource.value;
  for (const seg of at) v = (v as Record<string | number, unknown>)[seg];
  return v;
}

function writtenAs(resource: Resource, at: Path, v: unknown): string {
  return resource.scalar(at)?.source ?? (typeof v === 'object' ? JSON.stringify(v) : String(v));
}

function envName(resource: Resource, valuePath: Path): string {
  const name = valueAt(resource, valuePath.slice(0, -1)) as Record<string, unknown>;
  return typeof name.name === 'string' ? name.name : `#${String(valuePath[valuePath.length - 2])}`;
}
