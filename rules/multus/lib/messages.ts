/** Messages shared by the rules that parse Multus annotations (one vocabulary, two annotations). */
import { parseIp, parseGoCidr } from '../../../src/engine/cidr.js';
import type { ClusterModel } from '../../../src/engine/model.js';
import { derived, perResource } from '../../../src/engine/model.js';
import type { RuleContext } from '../../../src/engine/rule.js';
import type { Path } from '../../../src/engine/types.js';
import { podAnnotations, parseNetworksAnnotation } from './annotation.js';
import type { ParsedAnnotation, PodAnnotations } from './annotation.js';
import type { Resource } from '../../../src/engine/types.js';

export const ANNOTATION_MESSAGES = {
  empty: '{{annotation}} holds only white space: Multus reads it as one network with an empty name (only an empty annotation means none), finds no NetworkAttachmentDefinition of that name, and the pod never starts',
  emptyItem: 'item {{index}} of {{annotation}} is empty (a stray comma): Multus looks up a network with an empty name and the pod never starts',
  tooManySlashes: '"{{item}}" has more than one "/": write [namespace/]name[@interface]',
  tooManyAts: '"{{item}}" has more than one "@": write [namespace/]name[@interface]',
  badNamespace: 'namespace "{{namespace}}" is not a DNS-1123 label (lower-case letters, digits and "-")',
  badName: 'network name "{{name}}" is not a DNS-1123 label (lower-case letters, digits and "-"); Multus rejects it',
  badJsonName: 'network name "{{name}}" is no object name (a DNS-1123 subdomain: lower-case letters, digits, "-" and "."){{hint}}: Multus finds no NetworkAttachmentDefinition of that name and the pod never starts',
  jsonSyntax: '{{annotation}} starts a JSON value but is not valid JSON: {{error}}',
  jsonNotList: '{{annotation}} JSON must be a list of network selection objects, not {{what}} (wrap it in [ ])',
  elementNotObject: 'element {{index}} must be an object such as {"name": "macvlan-conf"}, not {{what}}',
  missingName: 'element {{index}} has no "name": Multus cannot tell which NetworkAttachmentDefinition to use',
  emptyName: '"{{item}}" names no network (nothing before the "@" or after the "/"): Multus looks up a NetworkAttachmentDefinition with an empty name and the pod never starts',
  wrongType: '"{{key}}" must be {{expected}}, not {{what}}: Multus cannot decode the annotation and the pod never starts',
  unknownKey: 'unknown key "{{key}}" is silently ignored by Multus{{hint}}',
  badIp: '"{{key}}" entry "{{ip}}" is not an IP address or CIDR',
  badGateway: '"default-route" entry "{{ip}}" is not an IP address (a gateway, without a prefix length): Multus cannot decode the annotation and the pod never starts',
  ecmp: 'a second {{family}} default route ({{ip}}): Multus refuses more than one default route per family ("multus does not support ECMP for default-route") and the pod never starts',
  badMac: '{{key}} "{{mac}}" is not {{what}}: Multus refuses the annotation and the pod never starts',
} as const;

/** An `ips` entry Multus takes: net.ParseCIDR with a "/", net.ParseIP without (k8sclient.go parsePodNetworkAnnotation). */
export function isAddress(s: string): boolean {
  return parseIp(s) !== null || parseGoCidr(s).ok;
}

/** Reports the annotation's syntax problems; unknown keys are warnings (Multus ignores them). */
export function reportProblems(ctx: RuleContext, parsed: ParsedAnnotation, path: Path, annotation: string): void {
  for (const p of parsed.problems) {
    ctx.report({ path, span: p.span, messageId: p.messageId, data: { ...p.data, annotation }, ...(p.messageId === 'unknownKey' ? { severity: 'warning' as const } : {}) });
  }
}

export type PodAnnotation = Readonly<{ parsed: ParsedAnnotation; path: Path; pod: PodAnnotations; value: string }>;

/** The annotations of the resource whose rules run, by key. */
const annotationsOf = perResource((): Map<string, PodAnnotation | null> => new Map());

/**
 * Many pods carry the same annotation text, and parsing is a pure function of it: parsed once per
 * lint (per model, so nothing carries over from one run to the next).
 */
const parsesByText = derived('multus/annotation-parses', () => new Map<string, ParsedAnnotation>());

/**
 * The parsed annotation `key` of a pod or pod template, with its YAML path; null when absent.
 * Worked out once per resource and key: every Multus rule reads the same two annotations.
 */
export function annotationOf(model: ClusterModel, resource: Resource, key: string): PodAnnotation | null {
  const byKey = annotationsOf(resource);
  let found = byKey.get(key);
  if (found === undefined) byKey.set(key, (found = computeAnnotation(model, resource, key)));
  return found;
}

function computeAnnotation(model: ClusterModel, resource: Resource, key: string): PodAnnotation | null {
  const pod = podAnnotations(resource);
  const value = pod?.annotations[key];
  if (!pod || typeof value !== 'string') return null;
  const parses = parsesByText(model);
  let parsed = parses.get(value);
  if (!parsed) parses.set(value, (parsed = parseNetworksAnnotation(value, isAddress)));
  return { parsed, path: [...pod.path, key], pod, value };
}
