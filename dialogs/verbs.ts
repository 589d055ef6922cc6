// Every verb a card's button can send, in one list: a form can only name one of these (FormAction.verb),
// a route can only wait for one of these (submitVerb), and verbs.test.ts checks that each has a route.
// A verb is what a button means, not what it says: the label is in dialogs/texts.
export const VERBS = [
  'check-in.answer', 'check-in.conversation',
  'companies.add', 'companies.import', 'companies.invite', 'companies.links.revoke',
  'company.meeting.form', 'company.meeting.held', 'company.meeting.propose', 'company.placement.show', 'company.refuse', 'company.refuse.form',
  'contact-moment.plan', 'contact-moment.record',
  'erasure.carry-out', 'erasure.decide.form', 'erasure.refuse', 'erasure.request',
  'evaluation.answer',
  'intake.confirm', 'intake.edit', 'intake.own-place', 'intake.own-place.undo', 'intake.save.days', 'intake.save.organisation', 'intake.save.own-place', 'intake.save.ranking', 'intake.save.requirements', 'intake.save.support', 'intake.save.travel', 'intake.save.wish', 'intake.save.work-processes', 'intake.show', 'intake.start',
  'meldpunt.case', 'meldpunt.case.close', 'meldpunt.case.close.form', 'meldpunt.case.forward', 'meldpunt.case.in-conversation', 'meldpunt.consent', 'meldpunt.form', 'meldpunt.report',
  'offer.save', 'offer.show',
  'own-place.accept', 'own-place.ask',
  'placement.acknowledge', 'placement.held', 'placement.held.form', 'placement.moment', 'placement.other-moment', 'placement.problem', 'placement.problem.form', 'placement.vog',
  'proposals.choose',
  'requirement.approve', 'requirement.refuse',
  'round.approve', 'round.archive', 'round.check-ins', 'round.close', 'round.create', 'round.edit.form', 'round.edit.save', 'round.evaluations', 'round.explain', 'round.explain.form', 'round.export', 'round.figures', 'round.follow-up', 'round.import', 'round.import.file', 'round.import.form', 'round.match', 'round.open', 'round.place', 'round.place.form', 'round.places', 'round.refusal.decide', 'round.release.cancel', 'round.release.form', 'round.release.retry', 'round.release.schedule', 'round.rematch', 'round.rematch.approve', 'round.remind', 'round.remind.form', 'round.status', 'round.vog', 'round.vog.form',
  'student.remove',
  'support.read',
] as const;

export type Verb = (typeof VERBS)[number];
