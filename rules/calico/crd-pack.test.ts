/**
 * The generated Calico schema pack: committed files equal what the generator makes from the
 * committed extract (the drift check CI runs), the extract comes from the Calico tag the e2e
 * harness installs, and the generator's parsing steps do what they claim.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CALICO_VERSION } from '../../e2e/profiles/pins.js';
import { COVERAGE_FILE, EXTRACT_FILE, PACK_FILE, parseGoTypes, parseValidatorRegexes, stable, TAG, toJsPattern, transform } from '../../scripts/gen-calico-schemas.mjs';
import type { Extract } from '../../scripts/gen-calico-schemas.mjs';

const read = (rel: string) => readFileSync(new URL(`../../${rel}`, import.meta.url), 'utf8');

describe('Calico schema pack', () => {
  const extract = JSON.parse(read(EXTRACT_FILE)) as Extract;

  it('is what the generator makes from the committed extract (run `npm run gen:calico-schemas` after changing either)', () => {
    const { pack, coverage } = transform(extract);
    expect(stable(pack) === read(PACK_FILE), `${PACK_FILE} is out of date`).toBe(true);
    expect(coverage).toBe(read(COVERAGE_FILE));
  });

  it('comes from the Calico tag netlint targets, with the commit and blobs it read', () => {
    expect(extract.source.tag).toBe(TAG);
    expect(extract.source.tag).toBe(CALICO_VERSION);
    expect(extract.source.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(extract.source.files.length).toBeGreaterThan(15);
    for (const f of extract.source.files) expect(f.blob).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe('generator steps', () => {
  it('spells a leading (?i) out per letter, since JavaScript has no inline flags', () => {
    const js = toJsPattern('^(?i)(Drop|Accept)?$');
    expect(js).toBe('^([Dd][Rr][Oo][Pp]|[Aa][Cc][Cc][Ee][Pp][Tt])?$');
    expect(new RegExp(js, 'u').test('accept')).toBe(true);
    expect(new RegExp(js, 'u').test('Reject')).toBe(false);
    expect(toJsPattern('^[a-z]+$')).toBe('^[a-z]+$');
  });

  it('reads struct fields with json names and validate tags, inline embeds and named scalars', () => {
    const go = [
      'type Mode string',
      'type Spec struct {',
      '\t// A comment `json:"ignored"`',
      '\tmetav1.TypeMeta `json:",inline"`',
      '\tPort *int `json:"port,omitempty" validate:"omitempty,gte=1,lte=65535"`',
      '\tNets []string `json:"nets,omitempty" validate:"omitempty,dive,net"`',
      '\tSkip string `json:"-"`',
      '}',
    ].join('\n');
    expect(parseGoTypes(go, 'api')).toEqual({
      structs: {
        'api.Spec': [
          { json: null, type: 'metav1.TypeMeta', validate: null },
          { json: 'port', type: '*int', validate: 'omitempty,gte=1,lte=65535' },
          { json: 'nets', type: '[]string', validate: 'omitempty,dive,net' },
        ],
      },
      named: { 'api.Mode': 'string' },
    });
  });

  it('reads single-literal regexes of validator.go, quoted or raw', () => {
    const go = 'var (\n\tactionRegex = regexp.MustCompile("^(Allow|Deny)$")\n\traw = regexp.MustCompile(`^(\\d+):(\\d+)$`)\n\tbuilt = regexp.MustCompile("^" + x + "$")\n)';
    expect(parseValidatorRegexes(go)).toEqual({ actionRegex: '^(Allow|Deny)$', raw: '^(\\d+):(\\d+)$' });
  });
});
