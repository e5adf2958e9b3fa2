import { defineRule } from '../../src/engine/rule.js';
import { kubernetesPorts } from '../../src/engine/netpol/rule-support.js';

export default defineRule({
  meta: {
    id: 'netpol/endport',
    description: 'A NetworkPolicy port range needs a numeric `port`, and `endPort` must be at least `port` and at most 65535; the API server rejects anything else.',
    severity: 'error',
    remediation: 'Give `port` as a number no greater than `endPort`, or drop `endPort` to match a single (possibly named) port.',
    kinds: ['networking.k8s.io/NetworkPolicy'],
    messages: {
      namedPort: 'endPort {{endPort}} cannot be used with the named port "{{port}}": a range needs a numeric port',
      noPort: 'endPort {{endPort}} is set without port: the API server refuses an endPort unless port is a number',
      beforePort: 'endPort {{endPort}} is less than port {{port}}',
      outOfRange: 'endPort {{endPort}} is outside 1–65535',
    },
  },
  check(resource, ctx) {
    for (const ref of kubernetesPorts(resource.value.spec)) {
      const port = ref.entry;
      const endPort = port.endPort;
      // Not a number: netpol/field-type's.
      if (typeof endPort !== 'number') continue;
      const path = [...ref.path, 'endPort'];
      const data = { endPort: String(endPort), port: String(port.port) };
      // In the API server's order (pkg/apis/networking/validation ValidateNetworkPolicyPort): an
      // endPort without a numeric port is refused as such, whatever its value; beside a numeric
      // port it is checked against the port and against 1-65535, each on its own.
      if (!Number.isInteger(endPort)) ctx.report({ path, messageId: 'outOfRange', data });
      else if (port.port === undefined || port.port === null) ctx.report({ path, messageId: 'noPort', data });
      else if (typeof port.port === 'string') ctx.report({ path, messageId: 'namedPort', data });
      else if (typeof port.port === 'number') {
        if (endPort < port.port) ctx.report({ path, messageId: 'beforePort', data });
        if (endPort < 1 || endPort > 65535) ctx.report({ path, messageId: 'outOfRange', data });
      }
    }
  },
});
