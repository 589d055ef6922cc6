// Where a student lives and can reach: all 342 current municipalities, searched by typing in Teams
// (Input.ChoiceSet style "filtered") instead of a wall of checkboxes.
import { describe, expect, it } from 'vitest';
import { formOf, intakeHarness } from '../../dialogs/testing/intake-fixture.js';
import { adaptiveCardProblems } from '../../test/support/adaptive-card-check.js';
import { formCard } from './form-card.js';

type Element = { type?: string; id?: string; style?: string; isMultiSelect?: boolean; choices?: unknown[]; items?: Element[]; columns?: Element[] };

function inputs(elements: Element[]): Element[] {
  return elements.flatMap((e) => [e, ...inputs(e.items ?? []), ...inputs(e.columns ?? [])]);
}

describe('the travel card in Teams', () => {
  it('offers every municipality with type-ahead search, for home and for other reachable places', async () => {
    const h = await intakeHarness();
    await h.submit('intake.start');
    await h.submit('intake.save.wish', { text: 'Ik wil leren hoe ik wonden verzorg en cliënten help bij het wassen.' });
    await h.submit('intake.save.work-processes', { codes: 'B1-K1-W3' });
    const form = formOf(await h.submit('intake.save.organisation', {}));
    expect(form.id).toBe('intake.travel');
    const card = formCard(form) as unknown as { body: Element[] };
    const byId = new Map(inputs(card.body).filter((e) => e.id).map((e) => [e.id, e]));
    expect(byId.get('municipality')).toMatchObject({ type: 'Input.ChoiceSet', style: 'filtered' });
    // The list itself (342, bot/geo) is the gazetteer's; this harness offers a short one.
    expect(byId.get('municipality')?.choices).toHaveLength(h.services().municipalities().length);
    expect(byId.get('reachableMunicipalities')).toMatchObject({ type: 'Input.ChoiceSet', style: 'filtered', isMultiSelect: true });
    expect(adaptiveCardProblems(card)).toEqual([]);
  });
});
