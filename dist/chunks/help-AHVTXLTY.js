import { createRequire as __netlintCreateRequire } from 'node:module';
const require = __netlintCreateRequire(import.meta.url);
import {
  E2E_HELP
} from "./chunk-4RXIQYPV.js";
import "./chunk-UKZMQPIU.js";
import "./chunk-H27P2NUM.js";
import "./chunk-3GO35JKS.js";
import "./chunk-LNUE5EMN.js";
import "./chunk-DHJD67KQ.js";
import "./chunk-O2FCVE3I.js";
import "./chunk-O2OHA4SU.js";
import "./chunk-2TB3XL2O.js";
import "./chunk-KSTQWAIF.js";

// src/cli/help.ts
var HELP = `netlint \u2014 lint, reachability and kind conformance for Kubernetes networking

Usage:
  netlint lint [paths...]           lint manifests (files, folders, globs, - for stdin)
  netlint reach [paths...]          who can talk to whom under NetworkPolicy and Calico policy
  netlint diff BASE HEAD            what a change opened, closed, added or fixed (dirs or git refs)
  netlint e2e --profile NAME...     kind clusters per CNI mode, evidence and ping matrices
  netlint rules [ID | PACK]         the rule catalogue, one rule's documentation, or a pack's rules

Global options:
  -h, --help              this text; 'netlint <command> --help' for a command's options
  -v, -V, --version       print the version

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
            2 usage, configuration or I/O error.

Run 'netlint <command> --help' for a command's options.
`;
var LINT_HELP = `Usage: netlint lint [options] [paths...]

Lints manifests. A path is a file, a folder (walked recursively for .yaml, .yml, .json, .conf and
.conflist files; hidden files and folders are skipped unless named), a glob in quotes
('deploy/**/*.yaml': * within a folder name, ** across folders, ? one character), or - for stdin.
No path: the current folder. In a folder walk, files that are not Kubernetes objects
(package.json, Chart.yaml, values.yaml, kustomization.yaml, a .conf that is not JSON, ...) are
counted and skipped; a file named on its own is reported when it is not one.

Options:
  -f, --format FORMAT        stylish (default), json, sarif, github, markdown, junit
  -o, --output FILE          write the report to FILE (missing folders are created)
      --fail-on LEVEL        exit 1 on findings at or above LEVEL: error (default), warning,
                             info, never
      --max-warnings N       also exit 1 when there are more than N warnings
  -q, --quiet                report errors only (the exit code still counts every finding)
      --fail-if-no-objects   exit 1 when the paths hold no Kubernetes object at all
  -c, --config FILE          configuration (default: the nearest .netlint.yaml from the working
                             folder up to the repository root, the folder holding .git)
      --print-config         print the configuration in effect as JSON and exit
      --rules DIR            extra rule pack (repeatable)
      --disable ID           turn a rule off (repeatable, comma-separated)
      --enable ID            turn a rule on: one .netlint.yaml turns off, or a rule of your own
                             written with enabledByDefault: false
      --ignore-pattern GLOB  skip paths matching GLOB, relative to the working folder
                             (repeatable); .netlintignore in the working folder is read too
      --stdin-filename NAME  the file name reported for input read from -
  -h, --help                 this text

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it (or more warnings than
--max-warnings), 2 usage, configuration or I/O error.
`;
var REACH_HELP = `Usage: netlint reach [options] [paths...]

Computes from the manifests which workload may talk to which, on which port, under Kubernetes
NetworkPolicy, ClusterNetworkPolicy and Calico policy. Paths as for 'netlint lint' (default: the
current folder).

Options:
  -f, --format FORMAT   text (default), json, markdown, mermaid, dot
  -o, --output FILE     write the report to FILE (missing folders are created)
      --from SEL        only connections from these endpoints: ns/name, ns/*, a namespace or
                        workload name, [ns/]key=value labels, an external range or an address,
                        or svc:[ns/]name, the pods behind a Service
      --to SEL          only connections to these endpoints (the same forms); kube-system/kube-dns
                        (or kube-system/*, k8s-app=kube-dns) is cluster DNS, the platform's when
                        the input holds none (said on stderr); with svc:, --port may be the
                        Service's port, answered on its pods' targetPort (as kube-proxy sends it)
      --port P          only this port: a number or name, optionally /TCP, /UDP or /SCTP; or icmp
                        (a number is asked of every pod, declared or not; each of --from, --to
                        and --port at most once; an empty selector, one that names nothing, or a
                        malformed address or range is a usage error)
      --explain         name the deciding policy and rule per direction, list denied connections
      --expand          JSON with one entry per endpoint instead of per group (version 1,
                        streamed; for small clusters and jq); implies --format json
      --cluster NAME    answer for one of the clusters the input holds (a folder below
                        clusters/, environments/, envs/ or overlays/, or a folder with its own
                        kind or kubeadm config or network plugin install), with the objects
                        shared by all; without it, several clusters are answered as one (noted
                        on stderr)
  -h, --help            this text

The totals line counts connections (source, destination, declared port or ping) between
endpoints; when policies name address ranges, also those from the ranges, and per endpoint the
port ranges toward them (the denied ones with --explain). With a query they are the whole
cluster's.

Exit codes: 0 report written, 2 usage, configuration or I/O error.
`;
var DIFF_HELP = `Usage: netlint diff [options] BASE HEAD

Compares two versions of the manifests: connections opened and closed (each with the change
that caused it) and findings added and removed. BASE and HEAD are folders or git revisions
(read with git archive into a temporary folder that is always removed).

Options:
  -f, --format FORMAT   text (default), json, markdown
  -o, --output FILE     write the report to FILE (missing folders are created)
      --path PATH       compare only PATH inside each side (repeatable; default: everything)
      --from SEL        only connections from these endpoints, as 'netlint reach' takes them:
                        ns/name, ns/*, a namespace or workload name, [ns/]key=value labels, an
                        external range, an address or svc:[ns/]name (a group of endpoints that
                        changed alike is listed when one of its members matches, on either side)
      --to SEL          only connections to these endpoints (the same forms; kube-system/kube-dns
                        is cluster DNS, the platform's when neither side holds it; with svc:,
                        --port may be the Service's port, answered on its pods' targetPort)
      --port P          only this port: a number or name, optionally /TCP, /UDP or /SCTP; or icmp
                        (a range toward an address range is listed when it holds the port)
                        (each of --from, --to and --port at most once; one that names nothing on
                        either side is a usage error)
      --cluster NAME    compare one of the clusters the sides hold, as 'netlint reach' takes it
                        (a side without it keeps its shared objects; findings in other
                        clusters' files are left out)
  -h, --help            this text

Exit codes: 0 report written (a diff is a report, not a gate), 2 usage or I/O error.
`;
var RULES_HELP = `Usage: netlint rules [options] [ID | PACK]

Prints the rule catalogue, generated from the rules themselves (rules/README.md is its markdown
output). With a rule id (e.g. calico/ippool-blocksize-range), prints that rule's documentation;
with a pack (calico, cluster, cni, flannel, input, multus, netpol), its rules one line each.
Your own rule packs are included as lint runs them: the folders .netlint.yaml lists under
rulePacks and those given with --rules (netlint rules team --rules policy).

Options:
  -f, --format FORMAT   markdown (default), json; with an ID: text (default), markdown, json;
                        with a PACK: text (default), json
  -o, --output FILE     write to FILE (missing folders are created)
      --rules DIR       also document the data rules in DIR (repeatable), as lint --rules reads them
  -c, --config FILE     read this config instead of the nearest .netlint.yaml (for its rulePacks)
  -h, --help            this text

Exit codes: 0 printed, 2 unknown rule id or usage error.
`;
var COMMAND_HELP = {
  lint: LINT_HELP,
  reach: REACH_HELP,
  diff: DIFF_HELP,
  e2e: E2E_HELP,
  rules: RULES_HELP
};
export {
  COMMAND_HELP,
  HELP
};
