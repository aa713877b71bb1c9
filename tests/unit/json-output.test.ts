import { describe, expect, it } from 'vitest';
import { formatSelected, writeArrayItems, writeSelectedArray } from '../../src/cli/json-output.js';
import { formatJSONArrayItem } from '../../src/render/json.js';
import { compactMeta, parseBriefMeta } from '../../src/brief/meta.js';

async function written(items: unknown[], json: string | boolean | undefined): Promise<{ text: string; writes: number }> {
  let text = '';
  let writes = 0;
  await writeSelectedArray(items, json, { out: (t) => { text += t; writes += 1; }, drain: async () => {} });
  return { text, writes };
}

describe('writeSelectedArray: a long JSON array written in batches', () => {
  const entry = (i: number) => ({ id: `b-${i}`, title: `T\u2028${i} "quoted" \u009b`, tags: i % 2 ? [] : ['a', 'b'], nested: { n: i, list: [{ x: null }] } });

  it('writes the same bytes as formatting the whole array, at every size around a batch', async () => {
    for (const size of [0, 1, 2, 499, 500, 501, 1001]) {
      const items = Array.from({ length: size }, (_, i) => entry(i));
      for (const json of [true, 'id,tags']) {
        const { text, writes } = await written(items, json);
        expect(text).toBe(formatSelected(items, json));
        expect(writes).toBe(Math.max(1, Math.ceil(size / 500)));
      }
    }
  });

  it('rejects an unknown field before writing anything', async () => {
    let text = '';
    await expect(writeSelectedArray([entry(1)], 'id,nope', { out: (t) => { text += t; }, drain: async () => {} })).rejects.toThrow(/unknown JSON field "nope"/);
    expect(text).toBe('');
  });
});

describe('writeArrayItems: entries formatted where they were read', () => {
  const entry = (i: number) => ({ id: `b-${i}`, text: `${'x'.repeat(i % 7 === 0 ? 9000 : 40)}\u2028 "q" \u009b`, list: [{ n: i }] });

  it('writes the bytes writeSelectedArray writes for their values, in writes of about 64 KB', async () => {
    for (const size of [0, 1, 2, 30, 501]) {
      const values = Array.from({ length: size }, (_, i) => entry(i));
      let text = '';
      const writes: number[] = [];
      await writeArrayItems(values.map(formatJSONArrayItem), { out: (t) => { text += t; writes.push(t.length); }, drain: async () => {} });
      expect(text).toBe((await written(values, true)).text);
      expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(values)));
      // Every write but the last is at least 64 KB, and none runs far past it.
      for (const length of writes.slice(0, -1)) expect(length).toBeGreaterThanOrEqual(64 * 1024);
      for (const length of writes) expect(length).toBeLessThan(64 * 1024 + 10_000);
    }
  });
});

describe('compactMeta', () => {
  it('keeps every field equal', () => {
    const text = '---\ntitle: A fairly long title for the test\ndate: 2025-01-02\nauthor: [Someone With A Long Name]\nsource: A long source name here\nregion: [Central Asia and beyond]\ntags: [a-long-tag-name-here, b]\nstatus: review\nkey_question: Will the long question be answered?\n---\n';
    const { meta } = parseBriefMeta(text, 'briefs/x.md');
    expect(compactMeta(meta)).toEqual(meta);
  });
});
