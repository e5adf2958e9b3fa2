/** Profiles are data: a kind topology, the CNI install settings and the mode they must prove. */

/**
 * An artifact fetched over HTTPS (or read from an `--artifacts` mirror) and verified before use.
 * `sha256: null` = not pinned yet: preflight refuses it (without `--allow-unpinned`).
 */
export interface PinnedFile {
  url: string;
  version: string;
  sha256: string | null;
  /** Where the sha256 comes from and how to recompute it. */
  source: string;
}

/**
 * A container image: a version tag plus its digest. Without a digest, `tagFrom` names the
 * checksum-verified manifest (or other public source) that names this tag; with neither the image
 * counts as unpinned.
 */
export interface PinnedImage {
  repository: string;
  tag: string;
  digest: string | null;
  tagFrom?: string;
}

export type ProfileName =
  | 'calico-ipip'
  | 'calico-bgp'
  | 'calico-crosssubnet'
  | 'calico-rr'
  | 'calico-vxlan'
  | 'multus-flannel';

export type Mode = 'ipip' | 'bgp' | 'crosssubnet' | 'rr' | 'vxlan' | 'multus-flannel';

export interface CrossSubnetTopology {
  networks: { name: string; subnet: string; gateway: string; routerIp: string }[];
  /** Per node index (0 = control plane): which network (index into `networks`) and the fixed address. */
  attachments: { network: number; ip: string }[];
  routerImage: PinnedImage;
  /** The interface name the extra network appears as inside each node. */
  interface: string;
}

export interface RouteReflectorSetup {
  /** Node indices that become reflectors. */
  reflectors: number[];
  clusterId: string;
  label: { key: string; value: string };
}

export interface MultusFlannelSetup {
  cniPlugins: PinnedFile;
  flannel: { manifest: PinnedFile; image: PinnedImage; cniPluginImage: PinnedImage; network: string; backend: 'vxlan' };
  multus: { manifest: PinnedFile; image: PinnedImage; memoryLimit: string };
  /** Name shared by both NADs' CNI configs, so host-local keeps one allocation store. */
  cniNetworkName: string;
}

export interface Profile {
  name: ProfileName;
  mode: Mode;
  summary: string;
  kind: {
    nodeImage: PinnedImage;
    workers: number;
    podSubnet: string;
    serviceSubnet: string;
    kubeProxyMode: 'iptables';
  };
  calico: {
    manifest: PinnedFile;
    images: PinnedImage[];
    /** calico-node env written into the manifest before `kubectl create` (pool settings are read once). */
    env: Record<string, string>;
    pool: { cidr: string; ipipMode: 'Always' | 'CrossSubnet' | 'Never'; vxlanMode: 'Always' | 'CrossSubnet' | 'Never' };
    /** IPPools (CIDRs) allowed next to the default one (procedures that add pools). */
    extraPools?: string[];
    /** BIRD runs (bird backend) — BGP evidence applies. */
    bird: boolean;
  };
  crossSubnet?: CrossSubnetTopology;
  routeReflector?: RouteReflectorSetup;
  multus?: MultusFlannelSetup;
  probeImage: PinnedImage;
}
