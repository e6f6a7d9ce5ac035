import type { Page } from '@playwright/test';
import { dragSelect } from './articleSelection';
import { expect, test, waitForGraph } from './test';

/*
 * The curator's walk (issue 14): a small story built from a fresh article in the studio, counting every action a
 * person takes: a drag across words, a click, a choice in a menu, a field typed in. A field is only changed where
 * the studio's proposal is not what the curator wants. The figures go in the README's studio section.
 */

const TITLE = 'Harbor City approves tram line after months of dispute';
const ARTICLE = [
  'Mayor Elena Voss won approval on Tuesday for the Eastside tram line, a project the city council had blocked twice since spring.',
  'Voss and Ruiz have clashed over the tram since March, when Councillor Marco Ruiz called the plan “a gift to developers”.',
  'The vote followed a report by the Harbor Transit Authority, which the city is building its timetable around, that put the cost at 412 million euros.',
  'Ruiz said the authority had understated the cost. The authority’s director, Amira Haddad, rejected that claim in a letter to the council.',
  'Greenway Builders, the firm chosen to lay the track, donated to Voss’s campaign in 2023, according to filings reviewed by the Harbor Ledger.',
  'Voss said the donation played no part in the decision. Haddad said the contract was awarded by an independent panel.',
  'Residents of the Eastside district, where the line will run, have pressed for better transport for a decade. Their association backed the plan at a public hearing in May.',
];

const NODES: [paragraph: string, words: string, type: string][] = [
  ['p1', 'Elena Voss', 'Person'],
  ['p2', 'Marco Ruiz', 'Person'],
  ['p1', 'Eastside tram line', 'Event'],
  ['p1', 'city council', 'Organisation'],
  ['p3', 'Harbor Transit Authority', 'Organisation'],
  ['p4', 'Amira Haddad', 'Person'],
  ['p5', 'Greenway Builders', 'Organisation'],
  ['p5', 'Harbor Ledger', 'Organisation'],
  ['p7', 'Eastside district', 'Place'],
];

interface Wanted {
  from: string;
  to: string;
  label: string;
  kind?: string;
  directed: boolean;
}

const RELATIONS: [paragraph: string, words: string, wanted: Wanted][] = [
  ['p1', 'Elena Voss won approval on Tuesday for the Eastside tram line', { from: 'Elena Voss', to: 'Eastside tram line', label: 'won approval for', directed: true }],
  ['p1', 'the Eastside tram line, a project the city council had blocked twice', { from: 'city council', to: 'Eastside tram line', label: 'had blocked', kind: 'opposition', directed: true }],
  ['p2', 'Voss and Ruiz have clashed over the tram', { from: 'Elena Voss', to: 'Marco Ruiz', label: 'clashed over the tram', kind: 'opposition', directed: false }],
  ['p2', 'Marco Ruiz called the plan “a gift to developers”', { from: 'Marco Ruiz', to: 'Eastside tram line', label: 'called a gift to developers', kind: 'accusation', directed: true }],
  ['p3', 'a report by the Harbor Transit Authority', { from: 'Harbor Transit Authority', to: 'Eastside tram line', label: 'costed', directed: true }],
  ['p4', 'Ruiz said the authority had understated the cost', { from: 'Marco Ruiz', to: 'Harbor Transit Authority', label: 'said it understated the cost', kind: 'accusation', directed: true }],
  ['p4', 'The authority’s director, Amira Haddad', { from: 'Amira Haddad', to: 'Harbor Transit Authority', label: 'directs', directed: true }],
  ['p5', 'Greenway Builders, the firm chosen to lay the track, donated to Voss’s campaign', { from: 'Greenway Builders', to: 'Elena Voss', label: 'donated to', directed: true }],
  ['p5', 'filings reviewed by the Harbor Ledger', { from: 'Harbor Ledger', to: 'Greenway Builders', label: 'reported the donation of', directed: true }],
  ['p7', 'Residents of the Eastside district', { from: 'Eastside district', to: 'Eastside tram line', label: 'pressed for', directed: true }],
];

test('a curator’s walk: a 9-node, 10-relation story from a fresh article, at most 3 actions a node and 6 a relation', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Edit' }).click();
  let actions = 0;
  const act = async (step: Promise<unknown>) => {
    actions++;
    await step;
  };
  // Starting the story: New story, title, the source's publisher, the text, Create.
  await act(page.getByRole('button', { name: 'New story…' }).click());
  await act(page.getByLabel('Title').fill(TITLE));
  await act(page.getByLabel('Publisher').fill('Harbor Ledger'));
  await act(page.getByLabel(/Article text/).fill(ARTICLE.join('\n\n')));
  await act(page.getByRole('button', { name: 'Create story' }).click());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  const started = actions;

  const popover = page.getByRole('dialog', { name: 'Selected words' });
  for (const [paragraph, words, type] of NODES) {
    await act(dragSelect(page, paragraph, words));
    await expect(popover.locator('q')).toHaveText(words);
    await act(page.getByRole('button', { name: `New node: ${type}` }).click());
    await expect(page.getByLabel('Label', { exact: true })).toHaveValue(words);
  }
  const nodeActions = actions - started;

  for (const [paragraph, words, wanted] of RELATIONS) {
    await act(dragSelect(page, paragraph, words));
    await expect(popover.locator('q')).toHaveText(words);
    await act(popover.getByRole('button', { name: 'New relation…' }).click());
    const form = page.getByRole('form', { name: 'New relation from these words' });
    await changeWhereWrong(form.getByLabel('From', { exact: true }), wanted.from, act);
    await changeWhereWrong(form.getByLabel('To', { exact: true }), wanted.to, act);
    const label = form.getByLabel(/^Relation/);
    if ((await label.inputValue()) !== wanted.label) await act(label.fill(wanted.label));
    if (wanted.kind) await act(form.getByLabel('Kind (optional)').fill(wanted.kind));
    const arrow = form.getByLabel(/Has a direction/);
    if ((await arrow.isChecked()) !== wanted.directed) await act(arrow.click());
    await act(form.getByRole('button', { name: 'Add relation' }).click());
    await expect(page.getByLabel('Label (reads from → to)')).toHaveValue(wanted.label);
  }
  const relationActions = actions - started - nodeActions;
  await expect(page.locator('.studio-panel').getByRole('heading', { name: /Problems/ })).toHaveText('Problems (0)');

  const perNode = nodeActions / NODES.length;
  const perRelation = relationActions / RELATIONS.length;
  console.log(`Walk: ${NODES.length} nodes in ${nodeActions} actions (${perNode.toFixed(1)} each), ${RELATIONS.length} relations in ${relationActions} actions (${perRelation.toFixed(1)} each); starting the story took ${started}.`);
  expect(perNode).toBeLessThanOrEqual(3);
  expect(perRelation).toBeLessThanOrEqual(6);
});

/** Chooses the node named `wanted` in a menu, as one action, only when the proposal was another. */
async function changeWhereWrong(select: ReturnType<Page['locator']>, wanted: string, act: (step: Promise<unknown>) => Promise<void>): Promise<void> {
  const chosen = await select.evaluate((el) => (el instanceof HTMLSelectElement ? (el.selectedOptions[0]?.textContent ?? '') : ''));
  if (chosen !== wanted) await act(select.selectOption({ label: wanted }));
}
