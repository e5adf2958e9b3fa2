import {
  AGNHOST_IMAGE,
  CALICO_IMAGES,
  CALICO_MANIFEST,
  CALICO_VXLAN_MANIFEST,
  CNI_PLUGINS,
  FLANNEL_CNI_PLUGIN_IMAGE,
  FLANNEL_IMAGE,
  FLANNEL_MANIFEST,
  KIND_NODE_IMAGE,
  MULTUS_IMAGE,
  MULTUS_MANIFEST,
} from './pins.js';
import type { Profile, ProfileName } from './types.js';

/** The research plan's base: 1 control plane + 2 workers, kindnet off, iptables kube-proxy. */
const baseKind = (workers: number, podSubnet = '192.168.0.0/16'): Profile['kind'] => ({
  nodeImage: KIND_NODE_IMAGE,
  workers,
  podSubnet,
  serviceSubnet: '10.96.0.0/16',
  kubeProxyMode: 'iptables',
});

type Encap = 'Always' | 'CrossSubnet' | 'Never';

/** calico-node env: the pool is created once from these, so they must be right at install. */
function calico(opts: { ipip: Encap; vxlan: Encap; cidr: string; autodetect: string; vxlanBackend?: boolean }): Profile['calico'] {
  return {
    manifest: opts.vxlanBackend ? CALICO_VXLAN_MANIFEST : CALICO_MANIFEST,
    images: CALICO_IMAGES,
    env: {
      CALICO_IPV4POOL_CIDR: opts.cidr,
      CALICO_IPV4POOL_IPIP: opts.ipip,
      CALICO_IPV4POOL_VXLAN: opts.vxlan,
      IP_AUTODETECTION_METHOD: opts.autodetect,
    },
    pool: { cidr: opts.cidr, ipipMode: opts.ipip, vxlanMode: opts.vxlan },
    bird: !opts.vxlanBackend,
  };
}

const POD_CIDR = '192.168.0.0/16';
const ETH0 = 'interface=eth0';

export const PROFILES: Record<ProfileName, Profile> = {
  'calico-ipip': {
    name: 'calico-ipip',
    mode: 'ipip',
    summary: 'Calico, IPIP Always: remote blocks routed via tunl0 (onlink), BGP full mesh Established.',
    kind: baseKind(2),
    calico: calico({ ipip: 'Always', vxlan: 'Never', cidr: POD_CIDR, autodetect: ETH0 }),
    probeImage: AGNHOST_IMAGE,
  },
  'calico-bgp': {
    name: 'calico-bgp',
    mode: 'bgp',
    summary:
      'Calico without encapsulation: remote blocks via eth0 to the node IP, BGP full mesh Established; ' +
      'negative control (mesh off, no BGPPeer) must break every cross-node pair and only those.',
    kind: baseKind(2),
    calico: calico({ ipip: 'Never', vxlan: 'Never', cidr: POD_CIDR, autodetect: ETH0 }),
    probeImage: AGNHOST_IMAGE,
  },
  'calico-crosssubnet': {
    name: 'calico-crosssubnet',
    mode: 'crosssubnet',
    summary:
      'Calico IPIP CrossSubnet across a real router between two Docker networks: same subnet via eth1, ' +
      'other subnet via tunl0; negative control (ipipMode Never) must break only cross-subnet pairs.',
    kind: baseKind(3),
    calico: calico({ ipip: 'CrossSubnet', vxlan: 'Never', cidr: POD_CIDR, autodetect: 'cidr=10.250.0.0/16' }),
    crossSubnet: {
      networks: [
        { name: 'netlint-xs-a', subnet: '10.250.1.0/24', gateway: '10.250.1.1', routerIp: '10.250.1.254' },
        { name: 'netlint-xs-b', subnet: '10.250.2.0/24', gateway: '10.250.2.1', routerIp: '10.250.2.254' },
      ],
      attachments: [
        { network: 0, ip: '10.250.1.10' },
        { network: 0, ip: '10.250.1.11' },
        { network: 1, ip: '10.250.2.10' },
        { network: 1, ip: '10.250.2.11' },
      ],
      routerImage: AGNHOST_IMAGE,
      interface: 'eth1',
    },
    probeImage: AGNHOST_IMAGE,
  },
  'calico-rr': {
    name: 'calico-rr',
    mode: 'rr',
    summary:
      'Calico BGP (no encapsulation) with the mesh off and one route reflector: clients peer only with ' +
      'the reflector (Node_ sessions), routes keep the originating node as next hop; negative control ' +
      '(BGPPeer deleted) must break every cross-node pair and only those.',
    kind: baseKind(2),
    calico: calico({ ipip: 'Never', vxlan: 'Never', cidr: POD_CIDR, autodetect: ETH0 }),
    routeReflector: { reflectors: [0], clusterId: '244.0.0.1', label: { key: 'route-reflector', value: 'true' } },
    probeImage: AGNHOST_IMAGE,
  },
  'calico-vxlan': {
    name: 'calico-vxlan',
    mode: 'vxlan',
    summary:
      'Calico VXLAN Always (the manifest default CrossSubnet would not encapsulate on flat kind): remote ' +
      'blocks via vxlan.calico onlink to the remote VTEP, and no node has BIRD\'s control socket (the VXLAN backend runs no BIRD).',
    kind: baseKind(2),
    calico: calico({ ipip: 'Never', vxlan: 'Always', cidr: POD_CIDR, autodetect: ETH0, vxlanBackend: true }),
    probeImage: AGNHOST_IMAGE,
  },
  'multus-flannel': {
    name: 'multus-flannel',
    mode: 'multus-flannel',
    summary:
      'Calico (IPIP) as the default network on 10.244.128.0/17, flannel as a secondary network through a ' +
      'NetworkAttachmentDefinition on 10.244.0.0/17: dual-NIC pods with net1 in the flannel range.',
    kind: baseKind(2, '10.244.0.0/16'),
    calico: calico({ ipip: 'Always', vxlan: 'Never', cidr: '10.244.128.0/17', autodetect: ETH0 }),
    multus: {
      cniPlugins: CNI_PLUGINS,
      flannel: {
        manifest: FLANNEL_MANIFEST,
        image: FLANNEL_IMAGE,
        cniPluginImage: FLANNEL_CNI_PLUGIN_IMAGE,
        network: '10.244.0.0/17',
        backend: 'vxlan',
      },
      multus: { manifest: MULTUS_MANIFEST, image: MULTUS_IMAGE, memoryLimit: '300Mi' },
      cniNetworkName: 'flannel-secondary',
    },
    probeImage: AGNHOST_IMAGE,
  },
};

export const PROFILE_NAMES = Object.keys(PROFILES) as ProfileName[];

export function isProfileName(name: string): name is ProfileName {
  return Object.hasOwn(PROFILES, name);
}

/** Node container names kind gives (equal to the Kubernetes node names). */
export function nodeNames(cluster: string, profile: Profile): string[] {
  const workers = Array.from({ length: profile.kind.workers }, (_, i) => `${cluster}-worker${i === 0 ? '' : i + 1}`);
  return [`${cluster}-control-plane`, ...workers];
}
