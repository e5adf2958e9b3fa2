import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOAD_LIMITS } from '../../src/engine/load.js';
import { parseYamlStream } from '../../src/engine/yaml.js';
import { reachedNonStringEntries, walkNonStringEntries } from './lib/string-maps.js';

// Keys that steer the walk (string maps, skipped subtrees, CRD `properties`) plus ordinary ones.
const key = fc.constantFrom('labels', 'annotations', 'matchLabels', 'nodeSelector', 'properties', 'containers', 'data', 'status', 'metadata', 'spec', 'a', 'b');
const scalar = fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom('on', 'y', '010', '1.0'));
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('tree'), { maxLength: 3 }),
  map: fc.dictionary(key, tie('tree'), { maxKeys: 4 }),
}));

describe('cluster/label-value-type: the candidates recorded while parsing', () => {
  it('give exactly what walking the whole value finds', () => {
    fc.assert(
      fc.property(fc.dictionary(key, tree, { maxKeys: 5 }), (doc) => {
        // Unquoted scalars (as people write them) so YAML 1.1 turns `on` and `010` into non-strings.
        const text = dump(doc, { lineWidth: -1 });
        const parsed = parseYamlStream(text, DEFAULT_LOAD_LIMITS.yaml).documents[0];
        expect(parsed.nonStringInStringMaps).not.toBeNull();
        const sort = (paths: readonly (readonly (string | number)[])[]) => paths.map((p) => JSON.stringify(p)).sort();
        expect(sort(reachedNonStringEntries(parsed.value, parsed.nonStringInStringMaps!))).toEqual(sort(walkNonStringEntries(parsed.value)));
      }),
      { numRuns: 1500 },
    );
  });

  it('are not recorded for a document the bounded builder reads (aliases): the rule walks it', () => {
    const parsed = parseYamlStream('base: &b {x: 1}\nmetadata:\n  labels: {a: on}\nother: *b\n', DEFAULT_LOAD_LIMITS.yaml).documents[0];
    expect(parsed.nonStringInStringMaps).toBeNull();
    expect(walkNonStringEntries(parsed.value)).toEqual([['metadata', 'labels', 'a']]);
  });
});
