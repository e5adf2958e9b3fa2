/**
 * Findings about the input itself (files that are not readable YAML, documents that are not
 * Kubernetes objects). They are produced by the loader, not by rules, but carry rule metadata so
 * that they can be documented, configured and suppressed like any other finding.
 */
import type { RuleMeta, Severity } from './types.js';

function inputRule(id: string, severity: Severity, description: string, remediation: string): RuleMeta {
  return { id: `input/${id}`, severity, description, remediation, kinds: [], messages: {}, source: 'loader' };
}

export const INPUT_RULES = {
  yamlSyntax: inputRule('yaml-syntax', 'error', 'A document of the file is not valid YAML or JSON; the parser stopped at the reported position (an unclosed quote is reported where it opens). The file\'s other documents, split at `---` lines as kubectl splits them, are still read and checked. kubectl\'s own refusals count too: a line that starts with `---` followed by anything but a comment, a `%YAML` directive, and a control character (go-yaml refuses all but tab and line breaks, DEL and C1 controls too; a JSON manifest is encoding/json\'s, which takes DEL and C1 in strings).', 'Fix the syntax at the reported line; `kubectl apply --dry-run=client -f FILE` shows the same error.'),
  duplicateKey: inputRule('duplicate-key', 'warning', 'A mapping has the same key twice. kubectl keeps the later value and drops the earlier without a word (its YAML decoder is not strict, and the API server sees only the JSON kubectl makes, so not even --validate=strict notices); calicoctl, which decodes strictly, refuses the file.', 'Remove or merge the duplicate key.'),
  aliasLimit: inputRule('alias-limit', 'error', 'A document uses more aliases, or expands to more nodes, than netlint reads (an alias bomb or runaway anchors).', 'Write the repeated YAML out, or split the document.'),
  emptyFile: inputRule('empty-file', 'warning', 'The file holds no YAML document (only whitespace or comments).', 'Remove the file, or exclude it with `ignore` in .netlint.yaml.'),
  binaryFile: inputRule('binary-file', 'error', 'The file holds binary data (NUL bytes), not YAML or JSON text.', 'Do not pass binary files to netlint, or exclude them with `ignore` in .netlint.yaml.'),
  notUtf8: inputRule('not-utf8', 'error', 'The file is not valid UTF-8; Kubernetes reads manifests as UTF-8 (kubectl also reads UTF-16 that starts with its byte order mark, which netlint reads too; a CNI config must be UTF-8). A byte that is not UTF-8 in a UTF-8 file (a Latin-1 `é`) is a warning: kubectl reads it as U+FFFD and applies that, and netlint checks the file read the same way.', 'Re-encode the file as UTF-8.'),
  tooLarge: inputRule('too-large', 'error', 'The file is larger than the size limit, so netlint did not read it.', 'Split the file, or raise `limits.maxFileBytes` in .netlint.yaml.'),
  cniJson: inputRule('cni-json', 'error', "A CNI network config file (.conf, .conflist, or a .json holding a CNI config: container runtimes load all three from /etc/cni/net.d: containerd's go-cni and CRI-O's ocicni pass these extensions to libcni's ConfFiles) is not strict JSON. YAML reads it, but the container runtime's libcni decodes it with Go's encoding/json (libcni/conf.go ConfFromBytes, ConfListFromBytes), which refuses trailing commas, comments, single quotes, unquoted keys and hexadecimal numbers: the node cannot load this network.", 'Write strict JSON: double-quoted keys and strings, no trailing commas or comments (check it with `jq . FILE`).'),
  notKubernetes: inputRule('not-kubernetes', 'warning', 'A document is not a Kubernetes object (no `apiVersion` and `kind`), so no rule checked it; or kubectl never reads a part of the file: what follows a `...` document end up to the next `---` line (go-yaml reads one document from each part between `---` lines).', 'Exclude non-Kubernetes files with `ignore` in .netlint.yaml, or add the missing `apiVersion`/`kind`; start a document that follows `...` with a `---` line.'),
  helmTemplate: inputRule('helm-template', 'error', 'The file is an unrendered template: a Helm chart\'s (`{{ … }}`), an operator\'s Go template, or one for envsubst (`${NAME}` where a name belongs). It is not the manifest until it is rendered, so netlint cannot check it.', 'Render it and lint the result: `helm template RELEASE CHART | netlint lint -`, `envsubst < FILE | netlint lint -` (add `--stdin-filename` to name it).'),
  noResources: inputRule('no-resources', 'warning', 'A file or folder given on the command line holds no Kubernetes object, so nothing was checked.', 'Check the path; netlint reads .yaml, .yml, .json, .conf and .conflist files.'),
  unusedSuppression: inputRule('unused-suppression', 'warning', 'A suppression (annotation, comment or config entry) matched no finding; it may hide a future mistake or name a rule that does not exist.', 'Remove the suppression, or fix the rule id it names.'),
  unknownRule: inputRule('unknown-rule', 'warning', 'A suppression or configuration names a rule id that netlint does not know.', 'Fix the rule id; `netlint rules` lists them.'),
} as const;

export const INPUT_RULE_LIST: readonly RuleMeta[] = Object.values(INPUT_RULES);
