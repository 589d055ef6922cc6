// The place of residence in Slack: an external select over all municipalities, answered by Koppel's
// options endpoint while the person types (signed like every Slack request).
import { afterEach, describe, expect, it } from 'vitest';
import { emptyKoppelData } from '../../bot/koppel-data.js';
import { inputBlock } from './render-inputs.js';
import { suggestions } from './register-options.js';
import { textsFor } from '../../dialogs/texts/index.js';
import { slackHarness, type SlackHarness } from './testing/slack-harness.js';

let h: SlackHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('searching a long list in Slack', () => {
  it('renders a named list as an external select, keeping the chosen value', () => {
    const block = inputBlock({ kind: 'choice', id: 'municipality', label: 'Woonplaats', choices: [{ value: 'Nijmegen', label: 'Nijmegen' }], value: 'Nijmegen', choicesFrom: 'municipalities' }, textsFor('nl').slack);
    expect(block).toMatchObject({ block_id: 'municipality', element: { type: 'external_select', action_id: 'list:municipalities:municipality', min_query_length: 1, initial_option: { value: 'Nijmegen' } } });
    const multi = inputBlock({ kind: 'multi-choice', id: 'reachableMunicipalities', label: 'Ook bereikbaar', choices: [], maxSelected: 10, choicesFrom: 'municipalities' }, textsFor('nl').slack);
    expect(multi).toMatchObject({ element: { type: 'multi_external_select', max_selected_items: 10 } });
  });

  it('puts names that start with what was typed first, accents ignored', () => {
    expect(suggestions(['Amsterdam', 'Nijmegen', 'Súdwest-Fryslân', 'Den Bosch'], 'sud')).toEqual(['Súdwest-Fryslân']);
    expect(suggestions(['Den Haag', 'Den Bosch', 'Bergen op Zoom', 'Leiden'], 'den')).toEqual(['Den Haag', 'Den Bosch', 'Leiden']);
    expect(suggestions(['Den Haag'], '  ')).toEqual([]);
  });

  it('answers Slack’s block_suggestion request with all 342 municipalities to search', async () => {
    h = await slackHarness({ data: emptyKoppelData(), now: new Date('2027-01-05T12:00:00+01:00') });
    const response = await h.requests.interaction({ type: 'block_suggestion', action_id: 'list:municipalities:municipality', block_id: 'municipality', value: 'nijm', user: { id: 'U0STUDENT' }, container: { type: 'view', view_id: 'V1' } });
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ options: [{ text: { type: 'plain_text', text: 'Nijmegen' }, value: 'Nijmegen' }] });
    const many = (await h.requests.interaction({ type: 'block_suggestion', action_id: 'list:municipalities:reachableMunicipalities', block_id: 'reachableMunicipalities', value: 'a', user: { id: 'U0STUDENT' } })).json() as { options: unknown[] };
    expect(many.options).toHaveLength(100);
  });
});
