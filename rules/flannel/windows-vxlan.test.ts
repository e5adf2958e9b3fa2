// flannel v0.28.9 pkg/backend/vxlan/vxlan_windows.go: VNI must be >= 4096 (defaultVNI), Port must be
// 4789 (vxlanPort), DirectRouting and GBP are refused; vxlan_network_windows.go ignores leases
// whose VNI is below 4096. sig-windows-tools' flannel-overlay.yml runs flanneld on Windows nodes
// (nodeAffinity kubernetes.io/os In [windows], HostProcess) with the kube-flannel-cfg ConfigMap.
import { ruleTester } from '../../src/engine/testing/rule-tester.js';
import { netConf } from './lib/fixtures.js';
import rule from './windows-vxlan.js';

/** A flanneld DaemonSet on Windows nodes (by `placement`) mounting kube-flannel-cfg. */
const windowsFlanneld = (placement: string) => `
  apiVersion: apps/v1
  kind: DaemonSet
  metadata: { name: kube-flannel-ds-windows-amd64, namespace: kube-flannel }
  spec:
    template:
      spec:
        ${placement}
        containers: [{ name: kube-flannel, image: 'sigwindowstools/flannel:v0.21.5-hostprocess' }]
        volumes: [{ name: flannel-cfg, configMap: { name: kube-flannel-cfg } }]
`;
const AFFINITY = "affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: kubernetes.io/os, operator: In, values: [windows] }] }] } } }";
const SELECTOR = "nodeSelector: { kubernetes.io/os: windows }";

ruleTester(rule, {
  valid: [
    { name: 'VNI 4096 and Port 4789, as the Windows guides set them', code: { 'cfg.yaml': netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan", "VNI": 4096, "Port": 4789}}'), 'ds.yaml': windowsFlanneld(AFFINITY) } },
    { name: 'no flanneld on Windows nodes mounts it', code: { 'cfg.yaml': netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan"}}'), 'ds.yaml': windowsFlanneld(SELECTOR).replace('name: kube-flannel-cfg', 'name: other-cfg') } },
    { name: 'a Linux flanneld with the defaults', code: { 'cfg.yaml': netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan"}}'), 'ds.yaml': windowsFlanneld(SELECTOR.replace('windows', 'linux')) } },
    { name: 'host-gw on Windows', code: { 'cfg.yaml': netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": "host-gw"}}'), 'ds.yaml': windowsFlanneld(AFFINITY) } },
  ],
  invalid: [
    {
      name: "the Linux defaults (VNI 1, port 8472) with DirectRouting, read by Windows' flanneld",
      code: { 'cfg.yaml': netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan", "VNI": 1, "Port": 8472, "DirectRouting": true}}'), 'ds.yaml': windowsFlanneld(AFFINITY) },
      errors: [
        { messageId: 'vni', file: 'cfg.yaml', line: 5, column: 84, message: 'Backend.VNI 1: flanneld on Windows nodes (DaemonSet kube-flannel/kube-flannel-ds-windows-amd64) refuses a VNI below 4096 ("must be greater than or equal to 4096 on Windows") and ignores the routes of nodes that announce one' },
        { messageId: 'port', file: 'cfg.yaml', line: 5, column: 95, message: /^Backend\.Port 8472: flanneld on Windows nodes/ },
        { messageId: 'unsupported', file: 'cfg.yaml', line: 5, column: 118, message: /^Backend\.DirectRouting is not supported on Windows/ },
      ],
    },
    {
      name: 'VNI and Port left unset, under a node selector',
      code: { 'cfg.yaml': netConf('{"Network": "10.244.0.0/16", "Backend": {"Type": "vxlan"}}'), 'ds.yaml': windowsFlanneld(SELECTOR) },
      errors: [
        { messageId: 'portUnset', file: 'cfg.yaml', line: 5, column: 59, message: /^Backend sets no Port: Linux nodes use the kernel's VXLAN port 8472/ },
        { messageId: 'vniUnset', file: 'cfg.yaml', line: 5, column: 59, message: /^Backend sets no VNI: Linux nodes use VNI 1/ },
      ],
    },
  ],
});
