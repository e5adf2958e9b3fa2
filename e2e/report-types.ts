import type { EvidenceCheck } from './evidence.js';
import type { Outcome } from './probe.js';
import type { Mode, ProfileName } from './profiles/types.js';

/** A matrix of any cells: pings today, NetworkPolicy TCP/UDP cells later. */
export interface MatrixCell {
  row: string;
  col: string;
  expect: 'reach' | 'block';
  reached: boolean;
  outcome: Outcome;
  pass: boolean;
  flaky: boolean;
  attempts: number;
  detail: string;
}
export interface Matrix {
  id: string;
  title: string;
  rows: string[];
  cols: string[];
  cells: MatrixCell[];
}

/** The deciding policy and rule of one direction, as `reach --explain` gives it. */
export interface WhyDirection {
  verdict: 'allow' | 'deny';
  reason: 'rule' | 'no-policy' | 'tier-default' | 'pass-to-profile' | 'external';
  policy?: string;
  rule?: number;
  action?: string;
  tier?: string;
}

/**
 * Who is wrong when observed and predicted disagree: with a hand-written truth table (built-in
 * suite) the odd one out; without one (the PR's manifests) it stays undetermined. `harness`: the
 * probe itself failed (refused = nothing listening, exec failure, time cap) — not a policy verdict.
 */
export type MismatchKind = 'cni-deviation' | 'analyzer-bug' | 'undetermined' | 'harness';

export interface ConformanceCell {
  from: string;
  to: string;
  /** 0 for ICMP. */
  port: number;
  protocol: 'TCP' | 'UDP' | 'SCTP' | 'ICMP';
  portName?: string;
  /** What the cell is compared with: reach's prediction (on net1: allowed, policies do not apply there). */
  expected: boolean;
  /** Hand-written truth, when the scenario has one. */
  truth?: boolean;
  observed: boolean;
  outcome: Outcome;
  pass: boolean;
  flaky: boolean;
  capped: boolean;
  attempts: number;
  detail: string;
  /** The deciding rules per direction (absent where reach has no model for the cell). */
  egress?: WhyDirection;
  ingress?: WhyDirection;
  /** Set on mismatches (and flaky cells): who is likely wrong, and how to reproduce the probe. */
  mismatch?: MismatchKind;
  reproduce?: string;
  /** The static side of the same cell: `netlint reach --explain … --from --to --port` (PR manifests only). */
  explain?: string;
}

export interface ConformanceResult {
  scenario: string;
  title: string;
  source: 'builtin' | 'manifests';
  /** `default` (eth0) or `net1` (multus secondary network). */
  network: 'default' | 'net1';
  /** Row/column labels (endpoint ids of the shadow pods). */
  endpoints: string[];
  /** Column labels when they are not the endpoints: the Services probed through their ClusterIP (`svc:ns/name`). */
  targets?: string[];
  /** Column sub-cells, `80/TCP` style, in display order. */
  ports: string[];
  cells: ConformanceCell[];
  probeMs: number;
  notes: string[];
  /** Reproduce the static side. */
  explain?: string;
}

export interface StepTiming {
  id: string;
  title: string;
  ms: number;
  status: 'ok' | 'failed' | 'skipped';
  detail?: string;
}

export type ProfileStatus = 'pass' | 'fail' | 'error';

export interface ProfileReport {
  profile: ProfileName;
  mode: Mode;
  /** Set when the run is one of the Calico guide's procedures on this profile's cluster. */
  procedure?: string;
  summary: string;
  cluster: string;
  status: ProfileStatus;
  /** Why it failed or errored: one line. */
  reason?: string;
  evidence: EvidenceCheck[];
  matrices: Matrix[];
  /** Policy conformance (observed vs reach), one entry per scenario and network. */
  conformance?: ConformanceResult[];
  steps: StepTiming[];
  durationMs: number;
  /** Artifacts without a pinned checksum/digest, and what was actually downloaded. */
  unpinned: string[];
  observedSha256: Record<string, string>;
  /** Captured diagnostics on failure (command → output, truncated). */
  diagnostics: { command: string; output: string }[];
  logsDir?: string;
  clusterKept: boolean;
  /** What cleanup could not remove (cluster, router container, networks): the run is an error. */
  leaked?: string[];
}

export interface E2eReport {
  version: 1;
  ok: boolean;
  /** Set when SIGINT/SIGTERM arrived; `preflight` when before any cluster existed. */
  interrupted?: { signal: 'SIGINT' | 'SIGTERM'; during: string };
  profiles: ProfileReport[];
}
