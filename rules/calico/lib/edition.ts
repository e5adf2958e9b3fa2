/**
 * Whether the input installs Calico Enterprise (or Calico Cloud) rather than Calico Open Source:
 * an operator Installation of `variant: TigeraSecureEnterprise` (tigera/operator
 * api/v1/installation_types.go ProductVariant), or a resource of a kind only Enterprise serves
 * (the operator's LogStorage, Manager, ManagementCluster…; Calico's GlobalAlert, GlobalThreatFeed,
 * PacketCapture, LicenseKey…, docs.tigera.io's resource reference), an ApplicationLayer that
 * collects L7 logs, or a FelixConfiguration with Enterprise's log settings (flowLogs*, dnsLogs*,
 * l7Logs*: a repository written for Enterprise or Calico Cloud). Enterprise adds fields to the
 * open-source resources (FelixConfiguration flowLogs*, dnsLogs*, l7Logs*; policy `domains`) that
 * netlint's schema pack, built from Calico Open Source, does not hold.
 */
import { derived } from '../../../src/engine/model.js';
import type { ClusterModel } from '../../../src/engine/model.js';
import type { Resource } from '../../../src/engine/types.js';
import { asObject } from '../../../src/engine/values.js';

const ENTERPRISE_OPERATOR_KINDS = ['LogStorage', 'LogCollector', 'Manager', 'ManagementCluster', 'ManagementClusterConnection', 'Compliance', 'IntrusionDetection', 'PolicyRecommendation', 'EgressGateway'];
const ENTERPRISE_CALICO_KINDS = ['LicenseKey', 'GlobalAlert', 'GlobalAlertTemplate', 'GlobalThreatFeed', 'GlobalReport', 'GlobalReportType', 'PacketCapture', 'DeepPacketInspection', 'ManagedCluster', 'SecurityEventWebhook', 'AlertException'];

const describe = (r: Resource, what: string) => `${what} in ${r.file}:${r.locate([]).line}`;

/** Where the input shows Calico Enterprise, for a message; null for Calico Open Source (or not known). */
export const calicoEnterprise: (model: ClusterModel) => string | null = derived('calico/enterprise', (m) => {
  for (const r of m.byKind('operator.tigera.io/Installation')) {
    if (asObject(r.value.spec).variant === 'TigeraSecureEnterprise') return describe(r, 'Installation variant TigeraSecureEnterprise');
  }
  const kinds = [...ENTERPRISE_OPERATOR_KINDS.map((k) => `operator.tigera.io/${k}`), ...ENTERPRISE_CALICO_KINDS.map((k) => `calico/${k}`)];
  const r = m.byKind(...kinds)[0];
  if (r) return describe(r, `${r.kind} ${r.name}`);
  // L7 log collection (ApplicationLayer `logCollection`: docs.tigera.io calico-enterprise
  // visibility/elastic/l7/configure) and Felix's flow, DNS and L7 log settings are Enterprise's.
  for (const a of m.byKind('operator.tigera.io/ApplicationLayer')) if (asObject(a.value.spec).logCollection !== undefined) return describe(a, `ApplicationLayer ${a.name} logCollection`);
  for (const f of m.byKind('calico/FelixConfiguration')) {
    const field = Object.keys(asObject(f.value.spec)).find((k) => ENTERPRISE_FELIX_PREFIXES.some((p) => k.startsWith(p)));
    if (field !== undefined) return describe(f, `FelixConfiguration ${f.name} ${field}`);
  }
  return null;
});

/** FelixConfiguration fields only Enterprise has: its flow, DNS and L7 logs. */
const ENTERPRISE_FELIX_PREFIXES = ['flowLogs', 'dnsLogs', 'l7Logs'];
