import { kubernetesPorts } from '../../src/engine/netpol/rule-support.js';
import { defineRule } from '../../src/engine/rule.js';

/** Why `name` is not an IANA_SVC_NAME as Kubernetes validates port names, or null. */
export function portNameProblem(name: string): string | null {
  if (name.length === 0 || name.length > 15) return 'must be 1 to 15 characters';
  if (!/^[a-z0-9-]+$/.test(name)) return 'may hold only lower-case letters, digits and "-"';
  if (!/[a-z]/.test(name)) return 'must contain at least one letter (a number is written without quotes)';
  if (name.startsWith('-') || name.endsWith('-')) return 'must not start or end with "-"';
  if (name.includes('--')) return 'must not contain "--"';
  return null;
}

export default defineRule({
  meta: {
    id: 'netpol/named-port',
    description: 'A named NetworkPolicy `port` is a valid port name: 1–15 lower-case letters, digits and `-`, with at least one letter, no `-` at either end and no `--`; the API server rejects anything else.',
    severity: 'error',
    remediation: 'Use the `name` of the container port (e.g. `metrics`), or the port number without quotes.',
    kinds: ['networking.k8s.io/NetworkPolicy'],
    messages: { invalid: 'named port "{{port}}" {{problem}}' },
    docs: 'Source: Kubernetes `ValidateNetworkPolicyPort` → apimachinery `IsValidPortName`.',
  },
  check(resource, ctx) {
    for (const ref of kubernetesPorts(resource.value.spec)) {
      const port = ref.entry.port;
      if (typeof port !== 'string') continue;
      const problem = portNameProblem(port);
      if (problem) ctx.report({ path: [...ref.path, 'port'], messageId: 'invalid', data: { port, problem } });
    }
  },
});
