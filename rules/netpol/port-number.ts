import { kubernetesPorts } from '../../src/engine/netpol/rule-support.js';
import { defineRule } from '../../src/engine/rule.js';

export default defineRule({
  meta: {
    id: 'netpol/port-number',
    description: 'A numeric NetworkPolicy `port` is an integer from 1 to 65535; the API server rejects anything else.',
    severity: 'error',
    remediation: 'Use the container port number (1–65535), a named port, or drop `port` to match every port of the protocol.',
    kinds: ['networking.k8s.io/NetworkPolicy'],
    messages: { range: 'port {{port}} is not a port number from 1 to 65535' },
    docs: 'Source: Kubernetes `ValidateNetworkPolicyPort` (`IsValidPortNum`). A port written as a string is a named port (`netpol/named-port`).',
  },
  check(resource, ctx) {
    for (const ref of kubernetesPorts(resource.value.spec)) {
      const port = ref.entry.port;
      if (typeof port === 'number' && !(Number.isInteger(port) && port >= 1 && port <= 65535)) ctx.report({ path: [...ref.path, 'port'], messageId: 'range', data: { port: String(port) } });
    }
  },
});
