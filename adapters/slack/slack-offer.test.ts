import { afterEach, describe, expect, it } from 'vitest';
import { notificationReplies } from '../../dialogs/notification-replies.js';
import { BEFORE_DEADLINE, companyRoundData } from '../../dialogs/testing/intake-fixture.js';
import { slackHarness, type SlackHarness } from './testing/slack-harness.js';
import { slackUser } from './testing/slack-user.js';
import { EVERYTHING } from '../../bot/store/index.js';

const answers = {
  places: '3', supervisionCapacity: '2', days: ['mon', 'tue', 'wed'], programmeCodes: ['90001'], workProcesses: ['90001/B1-K1-W3', '90001/B1-K1-W2'],
  organisationType: 'verpleeghuis', learnText: 'Je helpt bij de verzorging van bewoners en leert wonden verzorgen.',
  locationId: 'loc1', placesStayFree: true, introductionIsNoSelection: true, noSubjectiveRefusal: true, actsOnDiscrimination: true,
};

function slackCompany() {
  const data = companyRoundData();
  data.companies.c1.contacts = [{ platform: 'slack', userId: 'U0CONTACT' }];
  return data;
}

let h: SlackHarness | undefined;
afterEach(async () => h?.close());

describe('company offer in Slack', () => {
  it('opens the offer as a modal from the button in the offer request, refuses a missing agreement on its field, and saves the offer', async () => {
    h = await slackHarness({ data: slackCompany(), now: BEFORE_DEADLINE, users: { U0CONTACT: { locale: 'nl-NL' } } });
    const contact = slackUser(h, 'U0CONTACT');
    const request = await notificationReplies({ kind: 'offer-requested', roundId: 'r1', companyId: 'c1' }, 'nl', h.services);
    expect(await h.slack.sendTo('U0CONTACT', request)).toBe('sent');

    await contact.clickInDm('Aanbod invullen');
    await h.fake.waitFor((calls) => calls.some((c) => c.method === 'views.open'));
    await contact.syncModal();

    const refused = await contact.submit({ ...answers, noSubjectiveRefusal: false });
    expect(refused.response_action).toBe('errors');
    expect(Object.keys(refused.errors ?? {})).toEqual(['noSubjectiveRefusal']);
    expect((await h.memory.read(EVERYTHING)).offers).toEqual({});

    const saved = await contact.submit(answers);
    expect(saved.response_action).toBe('update');
    expect(Object.values((await h.memory.read(EVERYTHING)).offers)).toEqual([expect.objectContaining({
      companyId: 'c1', roundId: 'r1', places: 3, supervisionCapacity: 2, days: ['mon', 'tue', 'wed'], workProcesses: ['90001/B1-K1-W3', '90001/B1-K1-W2'], locationId: 'loc1',
    })]);
  });

  it('answers "aanbod" typed in the DM with an Open button that opens the same form', async () => {
    h = await slackHarness({ data: slackCompany(), now: BEFORE_DEADLINE, users: { U0CONTACT: { locale: 'en-GB' } } });
    const contact = slackUser(h, 'U0CONTACT');
    expect((await contact.say('offer')).status).toBe(200);
    await h.fake.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'));
    expect(h.fake.callsOf('views.open')).toEqual([]);

    await contact.clickInDm('Open');
    await h.fake.waitFor((calls) => calls.some((c) => c.method === 'views.open'));
    const modal = await contact.syncModal();
    expect(modal.submit?.text).toBe('Save offer');
    await contact.submit(answers);
    expect(Object.values((await h.memory.read(EVERYTHING)).offers)).toHaveLength(1);
  });
});
