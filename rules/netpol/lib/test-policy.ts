/** Test helpers: a NetworkPolicy `shop/web` whose `ingress` holds the given rules (line 7 onwards). */
export function policyWithIngress(rules: string): string {
  return `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: web, namespace: shop }
spec:
  podSelector: { matchLabels: { app: web } }
  ingress:
${rules}
`;
}

/** One ingress rule with the given `ports` entries; the first entry starts on line 8, column 9. */
export function policyWithPorts(entries: string): string {
  return policyWithIngress(`    - ports:\n      - ${entries}`);
}
