/** The schemas, checked with a real validator (ajv) against every shipped brief and every JSON output. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { SCENARIO_KEYS } from '../../src/brief/model.js';
import { BRIEFS, runCli } from '../helpers/cli.js';

const ids = readdirSync(BRIEFS).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''));
/** A fresh validator: ajv keeps every compiled schema by its $id. */
const newAjv = () => new Ajv({ allErrors: true, strict: false });

async function schema(which: string): Promise<object> {
  const r = await runCli(['schema', which]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('brief schema', () => {
  it('every shipped brief\'s frontmatter validates against `brief schema frontmatter`', async () => {
    const ajv = newAjv();
    const validate = ajv.compile(await schema('frontmatter'));
    for (const id of ids) {
      const text = readFileSync(join(BRIEFS, `${id}.md`), 'utf8').replace(/\r\n/g, '\n');
      const data = yaml.load(text.split('\n---\n')[0]!.replace(/^---\n/, ''), { schema: yaml.CORE_SCHEMA });
      expect(validate(data), `${id}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it('rejects frontmatter that breaks the format', async () => {
    const validate = newAjv().compile(await schema('frontmatter'));
    for (const bad of [{ title: 'T', date: '2025-01-01' }, { title: 'T', date: 'soon', author: 'A' }, { title: 'T', date: '2025-01-01', author: 'A', status: 'final' },
      { title: 'T', date: '2025-01-01', author: 'A', scenarios: { A: { likelihood: 'maybe' } } }, { title: 'T', date: '2025-01-01', author: 'A', keyquestion: 'x' }]) {
      expect(validate(bad), JSON.stringify(bad)).toBe(false);
    }
    expect(validate({ title: 'T', date: '2025-01-01', author: 'A', scenarios: { A: { likelihood: 'Very Likely' }, B: { likelihood: 0.3 }, C: { likelihood: '35%' } } })).toBe(true);
    // Indicators: text and { text, status, as_of, note } mixed; a bad status, date or key, or no text, is refused.
    const withIndicator = (item: unknown) => ({ title: 'T', date: '2025-01-01', author: 'A', scenarios: { A: { indicators: ['Plain', item] } } });
    expect(validate(withIndicator({ text: 'Seen', status: 'observed', as_of: '2026-01-10', note: 'n' }))).toBe(true);
    expect(validate(withIndicator({ text: 'Seen', status: 'Not Observed' }))).toBe(true);
    for (const bad of [{ text: 'x', status: 'seen' }, { text: 'x', as_of: '2026-13-01' }, { text: 'x', stauts: 'observed' }, { status: 'observed' }]) {
      expect(validate(withIndicator(bad)), JSON.stringify(bad)).toBe(false);
    }
  });

  it('takes in a scenario entry the keys the reader takes, and refuses what lint\'s scenario-unknown-key reports', async () => {
    const fm = await schema('frontmatter') as { properties: { scenarios: { additionalProperties: { properties: object } } } };
    expect(Object.keys(fm.properties.scenarios.additionalProperties.properties)).toEqual([...SCENARIO_KEYS]);
    const validate = newAjv().compile(fm);
    const withScenarios = (scenarios: unknown) => ({ title: 'T', date: '2025-01-01', author: 'A', scenarios });
    expect(validate(withScenarios({ A: { likelihood: 'likely', impact: 'high', indicators: ['x'] }, B: null }))).toBe(true);
    for (const bad of [{ A: { likelihod: 'likely' } }, { B: { '<<': { likelihood: 'unlikely' } } }, { B: 'likely' }]) {
      expect(validate(withScenarios(bad)), JSON.stringify(bad)).toBe(false);
    }
  });

  it('every JSON output validates against `brief schema json`', async () => {
    const json = await schema('json') as { $id: string };
    const ajv = newAjv();
    const validate = ajv.compile(json);
    const sub = (name: string) => ajv.getSchema(`${json.$id}#/definitions/${name}`)!;
    for (const id of ids) {
      for (const args of [['export', id, '--json'], ['show', id, '--json'], ['summary', id, '--json']]) {
        const out = JSON.parse((await runCli(args)).stdout);
        expect(validate(out), `${args.join(' ')}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      }
      const scenarios = JSON.parse((await runCli(['scenario', id, '--json'])).stdout);
      expect(scenarios.every(sub('scenario'))).toBe(true);
      expect(JSON.parse((await runCli(['recommendations', id, '--json'])).stdout).every(sub('recommendation'))).toBe(true);
    }
    expect(sub('list')(JSON.parse((await runCli(['list', '--json'])).stdout))).toBe(true);
    expect(sub('lint')(JSON.parse((await runCli(['lint', '--format', 'json', 'briefs/', 'tests/fixtures'])).stdout))).toBe(true);
  });
});

describe('--json fields', () => {
  it('selects fields, in the order asked, for objects and arrays', async () => {
    expect(JSON.parse((await runCli(['show', 'istanbul-talks', '--json', 'date,title'])).stdout)).toEqual({
      date: '2025-11-08', title: 'Bilateral Ties Uncertain as Taliban-Pakistan Talks Failed in Istanbul' });
    const list = JSON.parse((await runCli(['list', '--json', 'id,status'])).stdout);
    expect(list).toContainEqual({ id: 'istanbul-talks', status: 'published' });
    expect(JSON.parse((await runCli(['scenario', 'istanbul-talks', '--json', 'label'])).stdout)).toEqual([{ label: 'A' }, { label: 'B' }, { label: 'C' }, { label: 'D' }]);
    expect(JSON.parse((await runCli(['export', 'istanbul-talks', '--json', 'id'])).stdout)).toEqual({ id: 'istanbul-talks' });
  });

  it('an unknown field lists the available ones (exit 2)', async () => {
    const r = await runCli(['summary', 'istanbul-talks', '--json', 'title,auther']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/^brief: unknown JSON field "auther"; did you mean author\? \(fields: schemaVersion, id, path, title, date, author, /);
  });
});
