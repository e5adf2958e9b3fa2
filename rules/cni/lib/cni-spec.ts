/** Facts of the CNI specification (containernetworking/cni SPEC.md 1.1.0, pkg/version, libcni). */

/** Every version libcni knows (`version.All`); plugins compare the string exactly. */
export const CNI_VERSIONS = ['0.1.0', '0.2.0', '0.3.0', '0.3.1', '0.4.0', '1.0.0', '1.1.0'] as const;

/** A network name: starts alphanumeric, then letters, digits, `_`, `.`, `-` (no path characters). */
export const NETWORK_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

/** Plugin types are binary names looked up in the CNI bin dir: no path separators. */
export function badPluginType(type: string): string | null {
  if (type === '') return 'is empty';
  if (/[/\\]/.test(type)) return 'contains a path separator; it must be a binary name in the CNI bin directory';
  return null;
}

/** True for Multus' own config (thin `multus`, thick `multus-shim`). */
export function isMultusType(type: unknown): boolean {
  return type === 'multus' || type === 'multus-shim';
}

/** Where a CNI config runs Multus: its own `type` (a `.conf`), or its first plugin's (a `.conflist`); null when it does not. */
export function multusTypePath(conf: Record<string, unknown>): (string | number)[] | null {
  if (isMultusType(conf.type)) return ['type'];
  const first: unknown = Array.isArray(conf.plugins) ? conf.plugins[0] : undefined;
  return first !== null && typeof first === 'object' && isMultusType((first as Record<string, unknown>).type) ? ['plugins', 0, 'type'] : null;
}
