/**
 * kind and kubectl versions the nightly workflow installs, with their sha256 (verified with
 * `sha256sum -c` in .github/actions/kind-runner/action.yml, which every e2e job of the workflows uses;
 * a test keeps the two in step).
 * Sources: public lock files pinning the official release binaries (several agree on each value).
 */
export const PINNED_TOOLS = {
  kind: {
    version: 'v0.32.0',
    url: 'https://github.com/kubernetes-sigs/kind/releases/download/v0.32.0/kind-linux-amd64',
    sha256: '50030de23cf40a18505f20426f6a8506bedf13c6e509244bd1fa9463721b0f54',
  },
  kubectl: {
    version: 'v1.36.1',
    url: 'https://dl.k8s.io/release/v1.36.1/bin/linux/amd64/kubectl',
    sha256: '629d3f410e09bf49b64ae7079f7f0bda1191efed311f7d37fdbab0ad5b0ec2b7',
  },
} as const;
