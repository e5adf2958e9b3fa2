import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import rule from './installation-field-values.js';

ruleTester(rule, {
  valid: [
    { name: 'custom-resources.yaml shape', code: `
      apiVersion: operator.tigera.io/v1
      kind: Installation
      metadata: { name: default }
      spec:
        calicoNetwork:
          bgp: Enabled
          mtu: 1440
          ipPools:
            - name: default-ipv4-ippool
              blockSize: 26
              cidr: 192.168.0.0/16
              encapsulation: VXLANCrossSubnet
              natOutgoing: Enabled
              nodeSelector: all()
    ` },
  ],
  invalid: [
    {
      // kubernetes-sigs/cluster-api-provider-azure's calico values nested the chart's calicoctl and
      // tigeraOperator keys under installation; calicoctl never reads an operator.tigera.io object.
      name: 'a key of the Helm chart inside the Installation: kubectl refuses it, calicoctl has no part',
      code: `
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: { name: default }
        spec:
          cni: { type: Calico }
          calicoctl: { image: example.com/calico/ctl }
      `,
      errors: [{ messageId: 'unknownFieldKubectl', line: 6, column: 3, message: /^spec\.calicoctl is not a field of Installation.*: kubectl's strict field validation refuses the resource \("unknown field"\), and with --validate=false the API server drops the field, as the CRD keeps no unknown fields$/ }],
    },
    {
      name: 'invented encapsulation, boolean natOutgoing (a /18 block is calico/ippool-blocksize-range\'s)',
      code: `
        apiVersion: operator.tigera.io/v1
        kind: Installation
        metadata: { name: default }
        spec:
          calicoNetwork:
            mtu: "1440"
            ipPools:
              - cidr: 10.244.0.0/16
                encapsulation: IPinIP
                natOutgoing: true
                blockSize: 18
      `,
      errors: [
        { messageId: 'violation', line: 6, column: 10 },
        { messageId: 'violation', line: 9, column: 24, message: /IPinIP/ },
        { messageId: 'violation', line: 10, column: 22 },
      ],
    },
  ],
});
