/**
 * A parsed brief must die young. Linting 10,000 briefs allocates over a gigabyte; what the
 * young-generation collector frees costs almost nothing, what survives it (is promoted) costs a
 * full collection later. Object-literal getters once made every brief survive (37 KB promoted a
 * brief, a third of lint's time in GC). This counts promoted bytes with V8's sampling heap
 * profiler, which keeps samples of objects that survived the young generation; a count, not a clock.
 */
import { Session } from 'node:inspector/promises';
import { describe, expect, it } from 'vitest';
import { parseBrief } from '../../src/brief/parse.js';
import { lintBrief } from '../../src/lint/engine.js';
// @ts-expect-error: the bench's generator is plain JavaScript.
import { briefText } from '../bench/generate.mjs';
// @ts-expect-error: as above
import { variedBriefText } from '../bench/generate-varied.mjs';

async function promotedBytesPerBrief(run: (text: string, path: string) => void, make: (i: number) => string = briefText as (i: number) => string): Promise<number> {
  const texts: string[] = Array.from({ length: 2000 }, (_, i) => make(i));
  texts.forEach((t, i) => run(t, `b/brief-${i}.md`)); // warm-up: compiled code, caches
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 512, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: false,
  });
  texts.forEach((t, i) => run(t, `b/brief-${i}.md`));
  const { profile } = await session.post('HeapProfiler.stopSampling');
  session.disconnect();
  let total = 0;
  const walk = (node: { selfSize: number; children: Array<typeof node> }): void => {
    total += node.selfSize;
    node.children.forEach(walk);
  };
  walk(profile.head as never);
  return total / texts.length;
}

describe('memory: parsed briefs are freed by the young-generation collector', () => {
  it('parseBrief keeps under 10 KB a brief past a young collection (reading every lazy field)', async () => {
    const bytes = await promotedBytesPerBrief((text, path) => {
      const { brief } = parseBrief(text, path);
      void [brief.summary, brief.intro, brief.conclusion, brief.sections.map((s) => s.text), brief.scenarios.map((s) => s.text), brief.recommendations.map((r) => r.text)];
    });
    expect(bytes).toBeLessThan(10_000);
  });

  it('parseBrief with eager fields (as export parses) keeps under 10 KB a brief past a young collection', async () => {
    const bytes = await promotedBytesPerBrief((text, path) => { parseBrief(text, path, { eager: true }); });
    expect(bytes).toBeLessThan(10_000);
  });

  it('parseBrief keeps under 10 KB a brief of the varied bench corpus (quotes, tables, lists) past a young collection', async () => {
    const bytes = await promotedBytesPerBrief((text, path) => { parseBrief(text, path, { eager: true }); }, variedBriefText as (i: number) => string);
    expect(bytes).toBeLessThan(10_000);
  });

  it('lintBrief keeps under 10 KB a brief past a young collection', async () => {
    const bytes = await promotedBytesPerBrief((text, path) => { lintBrief(text, path); });
    expect(bytes).toBeLessThan(10_000);
  });
});
