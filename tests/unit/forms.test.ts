/**
 * Each house style the structure reader knows (src/brief/forms.ts), with one passing example:
 * a new form is one line there and one case here. The corpus test (tests/corpus) checks whole
 * briefs written in these forms.
 */
import { describe, expect, it } from 'vitest';
import { parseBrief } from '../../src/brief/parse.js';
import { readLabel, readMark, sectionKinds, isAddresseeLeadIn, isFooterStart, firstSentence } from '../../src/brief/forms.js';

const brief = (body: string) => parseBrief(`---\ntitle: T\ndate: 2025-01-01\nauthor: A\n---\n${body}`, 'briefs/t.md').brief;
const scenariosOf = (body: string) => brief(body).scenarios.map((s) => [s.label, s.title, s.labelDerived]);
const recsOf = (body: string) => brief(body).recommendations.map((r) => [r.text, r.group, r.mark]);

describe('scenario forms', () => {
  it.each([
    ['### headings in a scenarios section', '## Scenarios\n\n### A. Talks\n\nx\n\n### B) Truce\n\ny\n', [['A', 'Talks', false], ['B', 'Truce', false]]],
    ['## sections of their own, ### parts below', '## Scenario 1: Managed\n\n### Drivers\n\nx\n\n## Scenario 2: Cold\n\ny\n', [['1', 'Managed', false], ['2', 'Cold', false]]],
    ['Scenario #2', '## Scenarios\n\n### Scenario #1: Calm\n\nx\n\n### Scenario #2: Storm\n\ny\n', [['1', 'Calm', false], ['2', 'Storm', false]]],
    ['Scenario Two', '## Scenarios\n\n### Scenario One: Calm\n\nx\n\n### Scenario Two: Storm\n\ny\n', [['1', 'Calm', false], ['2', 'Storm', false]]],
    ['Scenario B — with a qualifier', '## Scenarios\n\n### Scenario B — Escalation (Most Dangerous)\n\nx\n', [['B', 'Escalation (Most Dangerous)', false]]],
    ['Roman numerals', '## Scenarios\n\n### I. Talks\n\nx\n\n### II. Civil war (most likely)\n\ny\n', [['I', 'Talks', false], ['II', 'Civil war (most likely)', false]]],
    ['Scenario 3 - title', '## Scenarios\n\n### Scenario 3 - Prelude\n\nx\n', [['3', 'Prelude', false]]],
    ['unlabelled parts among labelled scenarios', '## Scenarios\n\n### Assumptions\n\nx\n\n### Scenario A: One\n\ny\n\n#### Implications\n\nz\n\n### Scenario B: Two\n\nw\n', [['A', 'One', false], ['B', 'Two', false]]],
    ['named scenarios, labelled by position', '## Scenarios\n\n### Muddling through\n\nx\n\n### Drivers\n\nd\n\n### Collapse\n\ny\n', [['1', 'Muddling through', true], ['2', 'Collapse', true]]],
    ['labelled list items', '## Outlook\n\nWe see two paths:\n\n1. Scenario #1: Containment. Departures stay low.\n2. Scenario #2: Breakdown. Talks fail.\n', [['1', 'Containment', false], ['2', 'Breakdown', false]]],
    ['bold-letter list items', '## Scenarios\n\n- **A. Delimitation.** Talks go on.\n- **B. Hostility.** Talks stall.\n', [['A', 'Delimitation', false], ['B', 'Hostility', false]]],
    ['named futures after a colon, no heading', '## Outlook\n\nFor the first filling we see three scenarios:\n\n1. Negotiated filling. The states agree.\n2. Unilateral filling under protest. Egypt protests.\n3. Coercive escalation. Threats follow.\n', [['1', 'Negotiated filling', true], ['2', 'Unilateral filling under protest', true], ['3', 'Coercive escalation', true]]],
    ['bold lead-ins outside any section', 'Intro.\n\n**Scenario A: A prop.** Rallies.\n\n**Scenario B: Pressure.** Build-up.\n', [['A', 'A prop', false], ['B', 'Pressure', false]]],
    ['bold lead-ins in a scenarios section', '## Scenarios\n\n**Scenario A: Secured corridor.** x\n\n**Scenario B: Renewed blockade.** y\n', [['A', 'Secured corridor', false], ['B', 'Renewed blockade', false]]],
    ['French headings', '## Scénarios\n\n### A. Une élection\n\nx\n', [['A', 'Une élection', false]]],
    ['Scenario headings under any section, its other headings parts', '## Three Futures\n\n### Drivers\n\nd\n\n### Scenario 1: Calm\n\nx\n\n### Scenario A. Storm\n\ny\n', [['1', 'Calm', false], ['A', 'Storm', false]]],
    ['bold names with a dash before their text', '## Scenarios\n\n1. **Thaw** — Talks resume. Likely.\n2. **Freeze** – Talks stop.\n', [['1', 'Thaw', true], ['2', 'Freeze', true]]],
    ['names before a colon', '## Scenarios\n\n- Thaw: talks resume. Soon.\n- Freeze: talks stop.\n', [['1', 'Thaw', true], ['2', 'Freeze', true]]],
  ])('%s', (_form, body, expected) => {
    expect(scenariosOf(body)).toEqual(expected);
  });

  it('gives a named item\'s text without the name and the dash or colon after it', () => {
    const texts = (body: string) => brief(body).scenarioHeadings.map((s) => [s.text, s.empty]);
    expect(texts('## Scenarios\n\n1. **Thaw** — Talks resume. Likely.\n2. **Freeze**\n')).toEqual([['Talks resume. Likely.', false], ['', true]]);
    expect(texts('## Scenarios\n\n- Thaw: talks resume. Soon.\n- Freeze. Talks stop: for now.\n')).toEqual([['talks resume. Soon.', false], ['Talks stop: for now.', false]]);
    expect(texts('## Outlook\n\n**Scenario A: Thaw** — Talks resume.\n\n**Scenario B: Freeze**\n')).toEqual([['Talks resume.', false], ['', true]]);
    const markdown = (body: string) => brief(body).scenarioHeadings.map((s) => s.markdown);
    expect(markdown('## Scenarios\n\n1. **Thaw** — Talks *resume*.\n2. **Freeze** – Talks stop.\n\n## Outlook\n\n**Scenario C: Fog** — Talks *drift*.\n'))
      .toEqual(['Talks *resume*.', 'Talks stop.']);
    expect(markdown('## Outlook\n\n**Scenario C: Fog** — Talks *drift*.\n')).toEqual(['Talks *drift*.']);
  });

  it('takes a Scenario heading outside a scenarios section as a scenario, its text not the summary', () => {
    const b = brief('## Outlook\n\n### Scenario 1: Calm\n\nPorts reopen.\n\n## Background\n\nThe dispute is old.\n');
    expect([b.scenarios.map((s) => [s.title, s.text]), b.summary]).toEqual([[['Calm', 'Ports reopen.']], 'The dispute is old.']);
  });

  it('never reads an ordinary list or heading outside a scenarios section as scenarios', () => {
    expect(scenariosOf('## Background\n\n### A new approach\n\nx\n\n1. One thing. Then more.\n2. Another. And more.\n\n**Note:** text.\n')).toEqual([]);
    expect(scenariosOf('## Outlook\n\n### A. Ports\n\nx\n\n### Scenario planning\n\ny\n\n### 2. Shipping\n\nz\n')).toEqual([]);
  });

  it('keeps a scenario section\'s parts in its text', () => {
    const [s] = brief('## Scenario 1: Managed\n\nOpening.\n\n### Signposts\n\nPorts close.\n').scenarios;
    expect(s!.text).toBe('Opening.\n\nSignposts\n\nPorts close.');
  });
});

describe('recommendation forms', () => {
  it.each([
    ['Policy Options for X', '## Policy Options for Nordic Governments\n\n1. Fund a vessel.\n', [['Fund a vessel.', null, null]]],
    ['What should be done?', '## What should be done?\n\n- Talk.\n', [['Talk.', null, null]]],
    ['The Way Forward', '## The Way Forward\n\n- Talk.\n', [['Talk.', null, null]]],
    ['Next Steps', '## Next Steps\n\n- Talk.\n', [['Talk.', null, null]]],
    ['Action Items with tasks', '## Action Items\n\n- [x] Done.\n- [ ] Open.\n', [['Done.', null, null], ['Open.', null, null]]],
    ['Implications for Policy', '## Implications for Policy\n\n- Talk.\n', [['Talk.', null, null]]],
    ['Proposals', '## Proposals\n\n- Talk.\n', [['Talk.', null, null]]],
    ['numbered headings', '## V. Recommendations\n\n- Talk.\n\n## PART-VI: Policy Options\n\n- Fund.\n', [['Talk.', null, null], ['Fund.', null, null]]],
    ['marks in parentheses', '## Options\n\n- Fund a vessel (Recommended). Costs are shared.\n- Rely on NATO. (Not recommended)\n- Wait.\n', [['Fund a vessel. Costs are shared.', null, 'recommended'], ['Rely on NATO.', null, 'not-recommended'], ['Wait.', null, null]]],
    ['Recommended: lead-in', '## Options\n\n- **Recommended:** Create a command.\n', [['Create a command.', null, 'recommended']]],
    ['bold addressee lead-ins, numbering across groups', '## Policy Recommendations\n\n**To the Government of Ethiopia:**\n\n1. State aims.\n\n**To donors:**\n\n2. Fund ports.\n', [['State aims.', 'To the Government of Ethiopia', null], ['Fund ports.', 'To donors', null]]],
    ['plain addressee lead-ins after an introduction', '## Recommendations\n\nWe recommend the following.\n\nTo the governments of Benin and Togo:\n\n- Investigate.\n\nTo donors:\n\n- Fund.\n', [['Investigate.', 'To the governments of Benin and Togo', null], ['Fund.', 'To donors', null]]],
    ['an introduction is not a group', '## Recommendations\n\nTo reach stability, both countries should:\n\n1. Talk.\n', [['Talk.', null, null]]],
    ['Summary and Recommendations', '## Summary and Recommendations\n\nThe border is violent.\n\nTo reduce the risk:\n\n**To both governments:**\n\n1. Agree a ceasefire.\n', [['Agree a ceasefire.', 'To both governments', null]]],
    ['a Q&A box', '**What\'s new?** Levels fell.\n\n**Why does it matter?** Millions depend on it.\n\n**What should be done?** Publish release data.\n\n## Background\n\nx\n', [['Publish release data.', null, null]]],
    ['a Q&A box asking what someone should do', '**What happened?** Levels fell.\n\n**What Europe should do?** Publish release data.\n\n## Background\n\nx\n', [['Publish release data.', null, null]]],
    ['French heading', '## Recommandations\n\n1. Garder le contact.\n', [['Garder le contact.', null, null]]],
    ['What <someone> should do', '## What Europe Should Do\n\nEuropean governments should:\n\n- Escort ships.\n\n## What should the EU do?\n\n- Fund ports.\n', [['Escort ships.', null, null], ['Fund ports.', null, null]]],
    ['numbered bold lead-ins', '## Recommendations\n\n### To Ankara\n\n**Recommendation 1: Open the border.** Trade needs it.\n\n**Recommendation #2:** Talk (Recommended).\n\n**Note:** not one.\n', [['Recommendation 1: Open the border. Trade needs it.', 'To Ankara', null], ['Recommendation #2: Talk.', 'To Ankara', 'recommended']]],
    ['option headings with prose below', '## Policy Options\n\n### Option 1: Sanction (Recommended)\n\nWhy.\n\n### Option B — Wait (Not recommended)\n\nWhy not.\n\n### Option 3: Mixed\n\n- Fund.\n', [['Option 1: Sanction', null, 'recommended'], ['Option B — Wait', null, 'not-recommended'], ['Fund.', 'Option 3: Mixed', null]]],
  ])('%s', (_form, body, expected) => {
    expect(recsOf(body)).toEqual(expected);
  });

  it('stops at a publishing platform\'s footer', () => {
    expect(recsOf('## Next Steps\n\n1. Pass the law.\n\nShare this:\n\n- Twitter\n- Facebook\n\nLike this:\n')).toEqual([['Pass the law.', null, null]]);
  });
});

describe('bottom-line forms', () => {
  const summary = (body: string) => { const b = brief(body); return [b.summary, b.summarySource]; };
  it.each([
    ['Key Judgments as a list', '## I. Key Judgments\n\n- We judge it likely.\n- Talks fail.\n\n## Background\n\nx\n', ['We judge it likely.\nTalks fail.', 'section']],
    ['BLUF', '## BLUF\n\nJamming will go on.\n', ['Jamming will go on.', 'section']],
    ['Bottom Line Up Front', '## Bottom Line Up Front\n\nA quarantine.\n', ['A quarantine.', 'section']],
    ['At a Glance', '## At a Glance\n\nGaps.\n', ['Gaps.', 'section']],
    ['In Brief', '## In Brief\n\nSpillover.\n', ['Spillover.', 'section']],
    ['Key Takeaways', '## PART-I: Key Takeaways\n\n- Diversion.\n', ['Diversion.', 'section']],
    ['the prose of Summary and Recommendations', '## Summary and Recommendations\n\nViolent border.\n\nTo reduce the risk:\n\n1. Agree.\n', ['Violent border.', 'section']],
    ['a Q&A box', '**What\'s new?** Levels fell.\n\n**Why does it matter?** Food.\n', ['What\'s new? Levels fell.\n\nWhy does it matter? Food.', 'box']],
    ['the first paragraph, not a lead-in with a colon', 'Start with the basics:\n\nA ceasefire is as strong as its monitors.\n', ['A ceasefire is as strong as its monitors.', 'paragraph']],
    ['never a scenario lead-in', '**Scenario A: Prop.** Rallies.\n\n## Background\n\nThe dispute is old.\n', ['The dispute is old.', 'paragraph']],
    ['Résumé', '## Résumé\n\nLes autorités.\n', ['Les autorités.', 'section']],
  ])('%s', (_form, body, expected) => {
    expect(summary(body)).toEqual(expected);
  });

  it('takes the conclusion from the prose of Conclusions and Recommendations, not its list or lead-in', () => {
    const b = brief('## 8. Conclusions and Recommendations\n\nIt will be built.\n\nWe offer these:\n\n1. Trade.\n\nRevisit often.\n\n## References\n\nx\n');
    expect([b.conclusion, b.recommendations.map((r) => r.text)]).toEqual(['It will be built.\n\nRevisit often.', ['Trade.']]);
  });

  it('does not take Outlook or What to watch as the conclusion', () => {
    expect(brief('## Outlook\n\nx\n\n## What to watch\n\ny\n').conclusion).toBeNull();
  });
});

describe('the grammars', () => {
  it('reads section kinds by their words, numbering ignored, joined kinds both', () => {
    expect(sectionKinds('V. Recommendations')).toEqual(['recommendations']);
    expect(sectionKinds('PART-V: Policy Options')).toEqual(['recommendations']);
    expect(sectionKinds('Summary and Recommendations')).toEqual(['summary', 'recommendations']);
    expect(sectionKinds('Conclusions and Recommendations')).toEqual(['recommendations', 'conclusion']);
    expect(sectionKinds('Summary of Scenarios')).toEqual(['summary']);
    expect(sectionKinds('Policy Implications and Recommendations')).toEqual(['recommendations']);
    expect(sectionKinds('Scenarios in brief')).toEqual(['scenarios']);
    expect(sectionKinds('Key questions and forecasts')).toEqual(['section']);
    expect(sectionKinds('Options for the EU')).toEqual(['recommendations']);
    expect([sectionKinds('What the EU should do'), sectionKinds('What Washington should do?'), sectionKinds('What should Europe do?')]).toEqual([['recommendations'], ['recommendations'], ['recommendations']]);
    expect([sectionKinds('What Europe did'), sectionKinds('What Europe should do about it and why it matters')]).toEqual([['section'], ['section']]);
  });

  it('reads labels in every spelling, and only a label', () => {
    expect(readLabel('Scenario #2: Storm', true)).toEqual({ label: '2', rest: 'Storm' });
    expect(readLabel('Scenario Two', true)).toEqual({ label: '2', rest: '' });
    expect(readLabel('iv. Late', false)).toEqual({ label: 'IV', rest: 'Late' });
    expect(readLabel('Scenarios', true)).toBeNull();
    expect(readLabel('Scenario analysis', true)).toBeNull();
    expect(readLabel('A new war', false)).toBeNull();
    expect(readLabel('A. Title', true)).toBeNull();
  });

  it('reads marks, addressees, footers and first sentences', () => {
    expect(readMark('Do it (Not Recommended).')).toEqual({ text: 'Do it.', mark: 'not-recommended' });
    expect(readMark('We recommended this before.')).toEqual({ text: 'We recommended this before.', mark: null });
    expect([isAddresseeLeadIn('To donors:', false), isAddresseeLeadIn('For the EU and NATO:', false), isAddresseeLeadIn('To reduce the risk of war:', false)]).toEqual([true, true, false]);
    expect([isFooterStart('Posted by Marcus Ferreira at 9:14 PM'), isFooterStart('Share this:'), isFooterStart('We share this view: it holds.')]).toEqual([true, true, false]);
    expect(firstSentence('Return of the U.S. Navy. It sails.')).toEqual({ sentence: 'Return of the U.S. Navy', rest: 'It sails.' });
  });
});

describe('naming a scenario on the command line', () => {
  it('finds a label in the spellings the reader normalises', async () => {
    const { scenarioKey } = await import('../../src/brief/parse.js');
    expect(['#2', 'two', 'Scenario Two', '2', 'ii', 'II', 'b', 'Scenario B'].map(scenarioKey)).toEqual(['2', '2', '2', '2', 'II', 'II', 'B', 'B']);
  });
});
