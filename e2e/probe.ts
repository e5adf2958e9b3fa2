import type { CommandResult, CommandSpec } from './runner.js';

/**
 * The probe layer, general on purpose: a probe is "from this pod, reach this IP (port, protocol)",
 * and the NetworkPolicy suite will reuse it for TCP/UDP cells. All probes of one source pod run
 * in ONE `kubectl exec`, concurrently, so a matrix costs one exec per source pod.
 */
export type Protocol = 'icmp' | 'tcp' | 'udp' | 'sctp';

export interface ProbeTarget {
  ip: string;
  protocol: Protocol;
  /** Required for tcp/udp/sctp. */
  port?: number;
}

export interface Probe {
  /** Matrix coordinates: the row (source) and column (destination) labels. */
  row: string;
  col: string;
  source: { namespace: string; pod: string; container: string };
  target: ProbeTarget;
  /** What must happen for the cell to pass: reachable or blocked. */
  expect: 'reach' | 'block';
}

/**
 * What one probe showed. `connected`: agnhost connect exited 0 / every ping answered. `timeout`:
 * the only outcome that proves a block (agnhost prints `TIMEOUT`; busybox ping printed its
 * statistics with nothing received). `refused`, `dns`, `other`, `unknown`, `partial` (some pings
 * answered) are reported as what they are. `no-result`: the exec failed or printed no parsable
 * result — the probe never ran, so it is an infrastructure error, never a verdict.
 */
export type Outcome = 'connected' | 'timeout' | 'refused' | 'dns' | 'other' | 'unknown' | 'partial' | 'no-result';

/** Outcomes that are not a network verdict at all: the harness could not probe (exit 2). */
export const INFRA_OUTCOMES: ReadonlySet<Outcome> = new Set(['no-result', 'dns', 'unknown']);

export interface ProbeResult {
  probe: Probe;
  reached: boolean;
  outcome: Outcome;
  /** Parsed evidence: "3/3 received", "TIMEOUT", "exec failed: …" */
  detail: string;
  attempts: number;
  /** Mismatched at first, matched on a re-probe. */
  flaky: boolean;
  pass: boolean;
  /** Never probed (or not re-probed) because the hard cap on probe time was reached. */
  capped: boolean;
}

/** A cell passes only on positive evidence: a connection where one is expected, a timeout where a block is. */
export const passes = (expect: Probe['expect'], outcome: Outcome): boolean => (expect === 'reach' ? outcome === 'connected' : outcome === 'timeout');

/**
 * Runs inside the probe pod. A constant: the connect timeout and the targets arrive as positional
 * arguments (never spliced into the script), so nothing is interpolated into shell code. Each
 * probe prints one framed block.
 */
/** busybox ping's overall deadline (`-w`): a dropped ping cell lasts this long. */
export const PING_DEADLINE_S = 4;

export const PROBE_SCRIPT = [
  't=$1; shift',
  'i=0',
  'while [ "$#" -ge 3 ]; do',
  '  proto=$1; ip=$2; port=$3; shift 3',
  '  (',
  '    if [ "$proto" = icmp ]; then out=$(ping -c 3 -W 1 -w ' + PING_DEADLINE_S + ' "$ip" 2>&1); rc=$?',
  '    else out=$(/agnhost connect "$ip:$port" --protocol="$proto" --timeout="$t" 2>&1); rc=$?; fi',
  '    printf "@@probe %s %s\\n%s\\n@@end %s\\n" "$i" "$rc" "$out" "$i"',
  '  ) &',
  '  i=$((i+1))',
  'done',
  'wait',
].join('\n');

export function probeArgv(targets: ProbeTarget[], connectTimeoutS: number = DEFAULT_PROBE_OPTIONS.connectTimeoutS): string[] {
  return ['sh', '-c', PROBE_SCRIPT, 'probe', `${connectTimeoutS}s`, ...targets.flatMap((t) => [t.protocol, t.ip, String(t.port ?? 0)])];
}

/** The single-probe argv (what the batch script runs for one target): printed as the reproduce command. */
export function singleProbeArgv(target: ProbeTarget, connectTimeoutS: number): string[] {
  if (target.protocol === 'icmp') return ['ping', '-c', '3', '-W', '1', '-w', String(PING_DEADLINE_S), target.ip];
  return ['/agnhost', 'connect', `${target.ip}:${target.port ?? 0}`, `--protocol=${target.protocol}`, `--timeout=${connectTimeoutS}s`];
}

export interface RawOutcome {
  exitCode: number;
  output: string;
}

/** Splits the framed output back into one outcome per probe index; a missing block stays undefined. */
export function parseProbeOutput(stdout: string): Map<number, RawOutcome> {
  const out = new Map<number, RawOutcome>();
  const re = /^@@probe (\d+) (\d+)\n([\s\S]*?)\n?@@end \1$/gm;
  for (const m of stdout.matchAll(re)) out.set(Number(m[1]), { exitCode: Number(m[2]), output: m[3] });
  return out;
}

/**
 * busybox: "3 packets transmitted, 3 packets received, 0% packet loss";
 * iputils: "3 packets transmitted, 3 received, 0% packet loss, time 2003ms". Decide from the counts.
 */
export function parsePing(output: string): { transmitted: number; received: number } | null {
  const m = /(\d+) packets transmitted, (\d+) (?:packets )?received/.exec(output);
  return m ? { transmitted: Number(m[1]), received: Number(m[2]) } : null;
}

export interface Observation {
  outcome: Outcome;
  reached: boolean;
  detail: string;
}

/**
 * Reads one framed probe. agnhost `connect` (kubernetes test/images/agnhost/connect/connect.go)
 * exits 0 silently on success and otherwise exits 1 after printing one of `TIMEOUT`, `REFUSED`,
 * `DNS: …`, `OTHER: …`, `UNKNOWN: …` on stderr (UDP also `TIMEOUT: …` / `REFUSED: …`). busybox
 * ping (networking/ping.c) prints "N packets transmitted, M packets received" and exits 1 when
 * nothing came back; without that line (bad address, unreachable network) it proves nothing.
 */
export function interpret(target: ProbeTarget, raw: RawOutcome | undefined): Observation {
  if (!raw) return { outcome: 'no-result', reached: false, detail: 'no result (exec failed or output lost)' };
  if (target.protocol === 'icmp') {
    const counts = parsePing(raw.output);
    if (!counts || counts.transmitted === 0) {
      const line = raw.output.trim().split('\n')[0] ?? '';
      if (/bad address/i.test(line)) return { outcome: 'dns', reached: false, detail: `DNS: ${line}` };
      if (/unreachable|no route/i.test(line)) return { outcome: 'other', reached: false, detail: `OTHER: ${line}` };
      return { outcome: 'no-result', reached: false, detail: `unparsed ping output (exit ${raw.exitCode})${line ? `: ${line}` : ''}` };
    }
    const detail = `${counts.received}/${counts.transmitted} received`;
    if (counts.received === counts.transmitted) return { outcome: 'connected', reached: true, detail };
    return counts.received === 0 ? { outcome: 'timeout', reached: false, detail } : { outcome: 'partial', reached: false, detail };
  }
  const first = raw.output.trim().split('\n')[0] ?? '';
  if (raw.exitCode === 0) return first ? { outcome: 'no-result', reached: false, detail: `unexpected output with exit 0: ${first}` } : { outcome: 'connected', reached: true, detail: 'connected' };
  const kind = /^(TIMEOUT|REFUSED|DNS|OTHER|UNKNOWN)\b/.exec(first)?.[1];
  if (!kind) return { outcome: 'no-result', reached: false, detail: `exit ${raw.exitCode} without an agnhost verdict${first ? `: ${first}` : ''}` };
  // For UDP, connect.go's parseUDPErrorAndExit prints every error that is neither a timeout nor a
  // refusal as UNKNOWN, network errors included (`UNKNOWN: read udp …: no route to host`), where TCP
  // says OTHER: a socket error is a verdict on the path, not a probe that never ran.
  if (kind === 'UNKNOWN' && target.protocol === 'udp' && /^UNKNOWN: (?:read|write|dial) udp/.test(first)) return { outcome: 'other', reached: false, detail: first };
  return { outcome: kind.toLowerCase() as Outcome, reached: false, detail: first };
}

export interface ProbeExec {
  /** Builds the exec command for one source pod (kubectl with the cluster's kubeconfig). */
  command(source: Probe['source'], argv: string[]): CommandSpec;
  run(spec: CommandSpec): Promise<CommandResult>;
  sleep(ms: number): Promise<void>;
  /** Milliseconds, for the hard cap. */
  now(): number;
}

export interface ProbeOptions {
  /** Re-probes of mismatching cells (research plan: up to 2, 2 s apart). */
  retries: number;
  retryDelayMs: number;
  /** Source pods probed at the same time. */
  concurrency: number;
  /** agnhost `connect --timeout` in seconds (the research plan: 3 s; upstream flaked at 1 s). */
  connectTimeoutS: number;
  /** Hard cap on the wall time of one matrix, re-probes included; cells left are reported as not probed. */
  capMs: number;
}

export const DEFAULT_PROBE_OPTIONS: ProbeOptions = { retries: 2, retryDelayMs: 2000, concurrency: 3, connectTimeoutS: 3, capMs: 120_000 };

async function runBatch(probes: Probe[], exec: ProbeExec, options: ProbeOptions, deadline: number): Promise<Map<Probe, Observation>> {
  const bySource = new Map<string, Probe[]>();
  for (const p of probes) {
    const k = `${p.source.namespace}/${p.source.pod}/${p.source.container}`;
    bySource.set(k, [...(bySource.get(k) ?? []), p]);
  }
  const groups = [...bySource.values()];
  const results = new Map<Probe, Observation>();
  let next = 0;
  const worker = async () => {
    while (next < groups.length) {
      const left = deadline - exec.now();
      // A group that cannot finish its connect timeout before the cap is not started.
      if (left < options.connectTimeoutS * 1000) return;
      const group = groups[next++];
      const spec = exec.command(group[0].source, probeArgv(group.map((p) => p.target), options.connectTimeoutS));
      const result = await exec.run({ ...spec, timeoutMs: Math.min(spec.timeoutMs, left) });
      const parsed = parseProbeOutput(result.stdout);
      group.forEach((p, i) => {
        const r = interpret(p.target, parsed.get(i));
        const why = (result.stderr.trim() || result.stdout.trim()).split('\n')[0] || `exit ${result.exitCode}`;
        results.set(p, !parsed.size ? { outcome: 'no-result', reached: false, detail: `exec failed: ${why}` } : r);
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, groups.length) }, worker));
  return results;
}

/**
 * One full pass, then re-probes only the cells that disagree with their expectation, all within
 * `options.capMs`: what the cap cuts off is reported (`capped`), never silently dropped.
 */
export async function runProbes(probes: Probe[], exec: ProbeExec, options: ProbeOptions = DEFAULT_PROBE_OPTIONS): Promise<ProbeResult[]> {
  const deadline = exec.now() + options.capMs;
  const state = new Map<Probe, ProbeResult>();
  const record = (p: Probe, r: Observation, attempts: number, mismatchedBefore: boolean) => {
    const pass = passes(p.expect, r.outcome);
    state.set(p, { probe: p, reached: r.reached, outcome: r.outcome, detail: r.detail, attempts, pass, flaky: pass && mismatchedBefore, capped: false });
  };
  const pass = async (list: Probe[], attempt: number) => {
    const got = await runBatch(list, exec, options, deadline);
    for (const p of list) {
      const r = got.get(p);
      if (r) record(p, r, attempt, attempt > 1);
      else {
        const before = state.get(p);
        state.set(p, before ? { ...before, capped: true, detail: `${before.detail}; re-probe cut by the ${options.capMs / 1000} s cap` } : { probe: p, reached: false, outcome: 'no-result', detail: `not probed: ${options.capMs / 1000} s probe cap reached`, attempts: 0, pass: false, flaky: false, capped: true });
      }
    }
  };
  await pass(probes, 1);
  for (let attempt = 2; attempt <= options.retries + 1; attempt++) {
    const failing = probes.filter((p) => !state.get(p)!.pass && !state.get(p)!.capped);
    if (!failing.length) break;
    await exec.sleep(options.retryDelayMs);
    await pass(failing, attempt);
  }
  return probes.map((p) => state.get(p)!);
}
