import { formatMoment } from '../format-moment.js';
import type { Handler } from '../router.js';
import { textsFor } from '../texts/index.js';
import { userText } from '../user-text.js';
import { coordinatorOnly } from '../coordinator/round-dialog.js';

// `gegevens verwijderen`: anyone Koppel knows asks for their data to be erased, and later sees how
// the request stands. `verwijderverzoeken`: coordinators carry requests out or refuse them with a reason.

export const showErasure: Handler = async (turn, services) => {
  const x = textsFor(turn.language).privacy.erasure;
  const own = await services.erasureRequests.own(turn.person);
  if (own?.state === 'open') return [{ kind: 'text', text: x.open(formatMoment(own.requestedAt, turn.language)) }];
  const refused = own?.state === 'refused' && own.refusalReason ? x.refused(formatMoment(own.requestedAt, turn.language), userText(own.refusalReason)) : undefined;
  return [{
    kind: 'form',
    form: {
      id: 'erasure.ask', title: x.askTitle, intro: refused ? `${refused}\n\n${x.askIntro}` : x.askIntro, fields: [],
      actions: [{ verb: 'erasure.request', label: x.confirm }],
    },
  }];
};

export const requestErasure: Handler = async (turn, services) => {
  const x = textsFor(turn.language).privacy.erasure;
  const asked = await services.erasureRequests.ask(turn.person);
  if (!asked.ok) return [{ kind: 'text', text: x.unknown }];
  return [{ kind: 'text', text: asked.already ? x.open(formatMoment(asked.request.requestedAt, turn.language)) : x.sent }];
};

export const showErasureRequests: Handler = coordinatorOnly(async (turn, services) => {
  const x = textsFor(turn.language).privacy.erasure;
  const open = await services.erasureRequests.open();
  if (open.length === 0) return [{ kind: 'text', text: x.listNone }];
  return [{
    kind: 'form',
    form: {
      id: 'erasure.list', title: x.listTitle, fields: [], actions: [],
      sections: open.map((o) => ({
        title: o.request.subject.kind === 'student' ? x.student(userText(o.label)) : x.contact(userText(o.label)),
        facts: [
          { label: x.requestedAt, value: formatMoment(o.request.requestedAt, turn.language) },
          ...(o.internshipRunning ? [{ label: x.running, value: '!' }] : []),
        ],
        action: { verb: 'erasure.decide.form', label: x.decide, data: { requestId: o.request.id } },
      })),
    },
  }];
});

const requestIdOf = (values: Record<string, unknown>) => (typeof values.requestId === 'string' ? values.requestId : '');

export const showDecision: Handler = coordinatorOnly(async (turn, services) => {
  const x = textsFor(turn.language).privacy.erasure;
  const values = turn.input.kind === 'submit' ? turn.input.values : {};
  const found = (await services.erasureRequests.open()).find((o) => o.request.id === requestIdOf(values));
  if (!found) return [{ kind: 'text', text: x.decided }];
  const data = { requestId: found.request.id };
  return [{
    kind: 'form',
    form: {
      id: 'erasure.decide', title: found.request.subject.kind === 'student' ? x.student(userText(found.label)) : x.contact(userText(found.label)),
      intro: found.internshipRunning ? `**${x.running}.** ${x.decideIntro}` : x.decideIntro,
      fields: [{ kind: 'text', id: 'reason', label: x.reason, maxLength: 300, multiline: true }],
      actions: [{ verb: 'erasure.carry-out', label: x.carryOut, data, style: 'secondary' }, { verb: 'erasure.refuse', label: x.refuse, data }],
    },
  }];
});

export const carryOutErasure: Handler = coordinatorOnly(async (turn, services) => {
  const x = textsFor(turn.language).privacy.erasure;
  const values = turn.input.kind === 'submit' ? turn.input.values : {};
  const done = await services.erasureRequests.carryOut(requestIdOf(values), turn.person.userId);
  return [{ kind: 'text', text: done.ok ? x.carriedOut : x.decided }];
});

export const refuseErasure: Handler = coordinatorOnly(async (turn, services) => {
  const x = textsFor(turn.language).privacy.erasure;
  const values = turn.input.kind === 'submit' ? turn.input.values : {};
  const reason = typeof values.reason === 'string' ? values.reason.trim() : '';
  if (reason.length < 3 || reason.length > 300) {
    const form = await showDecision(turn, services);
    return form.map((r) => (r.kind === 'form' ? { ...r, form: { ...r.form, errors: { reason: x.reasonRequired } } } : r));
  }
  const done = await services.erasureRequests.refuse(requestIdOf(values), turn.person.userId, reason);
  return [{ kind: 'text', text: done.ok ? x.refusedDone : x.decided }];
});
