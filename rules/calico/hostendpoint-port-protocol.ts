/**
 * libcalico-go/lib/validator/v3/validator.go validateEndpointPort (Calico v3.32.1): a HostEndpoint's
 * named port needs a protocol with ports, TCP, UDP or SCTP (their lower-case v1 forms or numbers 6,
 * 17, 132: numorstring Protocol.SupportsPorts).
 */
import { defineRule } from '../../src/engine/rule.js';
import { asArray, getIn, isObject } from '../../src/engine/values.js';

const WITH_PORTS = new Set<unknown>(['TCP', 'UDP', 'SCTP', 'tcp', 'udp', 'sctp', 6, 17, 132, '6', '17', '132']);

export default defineRule({
  meta: {
    id: 'calico/hostendpoint-port-protocol',
    description: "A HostEndpoint's named port uses a protocol that has ports (TCP, UDP or SCTP); Calico rejects an ICMP or other port.",
    severity: 'error',
    remediation: 'Give the port `protocol: TCP`, `UDP` or `SCTP`; ICMP has no ports to name.',
    kinds: ['calico/HostEndpoint'],
    messages: { protocol: 'port {{name}} has protocol {{protocol}}, which has no ports: Calico accepts TCP, UDP or SCTP' },
  },
  check(resource, ctx) {
    asArray(getIn(resource.value, ['spec', 'ports'])).forEach((port, i) => {
      if (!isObject(port) || port.protocol === undefined || port.protocol === null || WITH_PORTS.has(port.protocol)) return;
      ctx.report({ path: ['spec', 'ports', i, 'protocol'], messageId: 'protocol', data: { name: String(port.name ?? i), protocol: String(port.protocol) } });
    });
  },
});
