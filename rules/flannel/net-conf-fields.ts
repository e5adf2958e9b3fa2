/**
 * The top-level keys of flannel's net-conf.json. flanneld decodes it with Go's encoding/json into
 * its subnet Config struct (pkg/subnet/config.go, subnet/config.go before v0.21), which ignores a
 * key that names no field, in any case: a misspelt `SubnetLen` leaves the default /24, a
 * misspelt `EnableIPv6` leaves IPv6 off, without a word in flanneld's log. The struct changed
 * between releases (read at the last patch of each minor, v0.14.1 to v0.28.9): v0.15 added the
 * IPv6 fields and the family switches, v0.20 added `Networks`/`IPv6Networks`, v0.25 removed them
 * and added `EnableNFTables`. `BackendType` is in the struct but tagged `json:"-"`: never read.
 */
import { reportIn } from '../cni/lib/json-source.js';
import { derived, podSpecOf } from '../../src/engine/model.js';
import type { ClusterModel } from '../../src/engine/model.js';
import type { Resource } from '../../src/engine/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { isObject } from '../../src/engine/values.js';
import { didYouMean } from '../../src/engine/did-you-mean.js';
import { runsFlanneld } from './lib/flanneld.js';
import { flannelConfigOf } from './lib/net-conf.js';

interface NetConfField {
  name: string;
  /** The minor (of 0.x) that added the field, when after v0.14. */
  since?: number;
  /** The minor that removed it. */
  until?: number;
}

const FIELDS: readonly NetConfField[] = [
  { name: 'Network' },
  { name: 'SubnetMin' },
  { name: 'SubnetMax' },
  { name: 'SubnetLen' },
  { name: 'Backend' },
  { name: 'EnableIPv4', since: 15 },
  { name: 'EnableIPv6', since: 15 },
  { name: 'IPv6Network', since: 15 },
  { name: 'IPv6SubnetMin', since: 15 },
  { name: 'IPv6SubnetMax', since: 15 },
  { name: 'IPv6SubnetLen', since: 15 },
  { name: 'Networks', since: 20, until: 25 },
  { name: 'IPv6Networks', since: 20, until: 25 },
  { name: 'EnableNFTables', since: 25 },
];
const BY_NAME = new Map(FIELDS.map((f) => [f.name.toLowerCase(), f]));
/** The fields of the newest release, for "did you mean". */
const CURRENT = FIELDS.filter((f) => f.until === undefined).map((f) => f.name);

interface FlannelRelease {
  minor: number;
  version: string;
  source: string;
}

/**
 * The release tag of a flannel image: flannel's own (`ghcr.io/flannel-io/flannel:v0.26.1`,
 * `quay.io/coreos/flannel:v0.14.0`) and Rancher's builds of it, which keep flannel's tag with a
 * suffix (rke2's `rancher/hardened-flannel:v0.25.7-build20241008`, RKE1's
 * `rancher/mirrored-flannel-flannel:v0.19.1`, `rancher/mirrored-flannelcni-flannel:v0.19.2` and
 * `rancher/mirrored-coreos-flannel:v0.15.1`).
 */
const FLANNEL_IMAGE = /(?:^|\/)(?:flannel|hardened-flannel|mirrored-flannel-flannel|mirrored-flannelcni-flannel|mirrored-coreos-flannel):(v0\.(\d+)\.\d+)(?:-[\w.]+)?(?:@|$)/;

interface FlannelReleases {
  /** The release of the flanneld that mounts each ConfigMap (`namespace/name`), the oldest if several do. */
  byConfigMap: Map<string, FlannelRelease>;
  /** The release every flanneld in the input runs, when they all run one minor; else null. */
  only: FlannelRelease | null;
}

/** The flannel releases the input's flanneld containers run, from their image tags. */
const flannelReleases: (model: ClusterModel) => FlannelReleases = derived('flannel/releases', (m) => {
  const byConfigMap = new Map<string, FlannelRelease>();
  const all: FlannelRelease[] = [];
  for (const r of m.byKind('apps/DaemonSet')) {
    const spec = podSpecOf(r)?.spec;
    if (!Array.isArray(spec?.containers)) continue;
    for (const c of spec.containers) {
      if (!isObject(c) || !runsFlanneld(c) || typeof c.image !== 'string') continue;
      const tag = FLANNEL_IMAGE.exec(c.image);
      if (tag === null) continue;
      const release = { minor: Number(tag[2]), version: tag[1], source: `image ${c.image} of DaemonSet ${r.namespace ?? 'default'}/${r.name}` };
      all.push(release);
      // kube-flannel.yml and canal.yaml mount the ConfigMap holding net-conf.json as a volume.
      for (const v of Array.isArray(spec.volumes) ? spec.volumes : []) {
        const cm = isObject(v) && isObject(v.configMap) ? v.configMap.name : undefined;
        if (typeof cm !== 'string') continue;
        const key = `${r.namespace ?? 'default'}/${cm}`;
        const seen = byConfigMap.get(key);
        if (seen === undefined || release.minor < seen.minor) byConfigMap.set(key, release);
      }
    }
  }
  return { byConfigMap, only: all.length > 0 && all.every((x) => x.minor === all[0].minor) ? all[0] : null };
});

/**
 * The flannel release that reads `resource`'s net-conf.json: that of the flanneld mounting the
 * ConfigMap, else the one release all flanneld containers of the input run, else unknown.
 */
function releaseFor(model: ClusterModel, resource: Resource): FlannelRelease | null {
  const releases = flannelReleases(model);
  return releases.byConfigMap.get(`${resource.namespace ?? 'default'}/${resource.name}`) ?? releases.only;
}

export default defineRule({
  meta: {
    id: 'flannel/net-conf-fields',
    description: 'A top-level key of net-conf.json that flanneld does not read (a misspelling, `BackendType`, or a field the flannel release in use does not have yet or no longer has) is silently ignored, so the setting never takes effect.',
    severity: 'warning',
    remediation: 'Spell the key as flannel documents it (`Network`, `SubnetLen`, `EnableIPv6`, `IPv6Network`, `Backend`, …), put the backend in `"Backend": {"Type": "vxlan"}`, and use only the fields of the flannel release you run.',
    kinds: ['ConfigMap'],
    messages: {
      unknown: 'flanneld does not read "{{key}}"{{hint}}: it has no effect',
      backendType: 'flanneld does not read "{{key}}" (its Config field is tagged json:"-"): the backend is chosen by "Backend": {"Type": …}',
      newer: '"{{key}}" was added in flannel v0.{{since}}.0: flannel {{version}} ({{source}}) does not read it, so it has no effect',
      removed: '"{{key}}" was removed in flannel v0.{{until}}.0{{running}}: flanneld does not read it, so it has no effect',
    },
    docs: 'Go\'s encoding/json matches keys to fields case-insensitively and ignores the rest. The flannel release is the tag of the image of the flanneld container whose DaemonSet mounts the ConfigMap (kube-flannel.yml mounts kube-flannel-cfg, canal.yaml canal-config), else of the input\'s flanneld containers when they all run one release; without one, fields are judged by flannel v0.28.9, with a removed field named as such. Sources: flannel `pkg/subnet/config.go` Config (v0.21 to v0.28.9) and `subnet/config.go` (v0.14.1 to v0.20.2).',
  },
  check(resource, ctx) {
    const fc = flannelConfigOf(ctx.model, resource);
    if (!fc) return;
    const release = releaseFor(ctx.model, resource);
    for (const key of Object.keys(fc.conf)) {
      const f = BY_NAME.get(key.toLowerCase());
      if (f === undefined) {
        if (key.toLowerCase() === 'backendtype') {
          reportIn(ctx, fc.source, [key], { messageId: 'backendType', data: { key } });
          continue;
        }
        const guess = didYouMean(key, CURRENT);
        reportIn(ctx, fc.source, [key], { messageId: 'unknown', data: { key, hint: guess === null ? '' : ` (did you mean "${guess}"?)` } });
        continue;
      }
      if (release === null) {
        if (f.until !== undefined) reportIn(ctx, fc.source, [key], { messageId: 'removed', data: { key, until: f.until, running: ` (v0.${f.since}–v0.${f.until - 1} read it)` } });
        continue;
      }
      if (f.since !== undefined && release.minor < f.since) reportIn(ctx, fc.source, [key], { messageId: 'newer', data: { key, since: f.since, version: release.version, source: release.source } });
      else if (f.until !== undefined && release.minor >= f.until) reportIn(ctx, fc.source, [key], { messageId: 'removed', data: { key, until: f.until, running: `, and the input runs ${release.version} (${release.source})` } });
    }
  },
});
