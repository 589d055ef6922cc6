import type { Notification } from '../bot/notifications.js';
import { ownPlaceDecisionForm } from './coordinator/own-place-dialog.js';
import { followUpReplies } from './follow-up-notifications.js';
import { meldpuntReplies } from './meldpunt/meldpunt-notifications.js';
import { checkInReplies } from './check-ins/check-in-notifications.js';
import { contactMomentReplies } from './contact-moments/contact-moment-notifications.js';
import { evaluationReplies } from './evaluations/evaluation-notifications.js';
import { erasureReplies } from './privacy/erasure-notifications.js';
import { formatMoment } from './format-moment.js';
import { proposalNotificationReplies } from './student/proposals-dialog.js';
import type { DialogServices } from './router.js';
import { textsFor } from './texts/index.js';
import type { Language, Reply } from './turn.js';
import { userText } from './user-text.js';

/** Offer requests and reminders: the words, and a button that opens the offer card for that round. */
function companyNotificationReplies(notification: Extract<Notification, { kind: 'offer-requested' | 'offer-reminder' }>, language: Language, roundName: string): Reply[] {
  const t = textsFor(language).company.notifications;
  const text = notification.kind === 'offer-requested' ? t.offerRequested(userText(roundName)) : t.offerReminder(formatMoment(notification.deadline, language));
  return [{ kind: 'text', text }, { kind: 'form', form: { id: 'offer.open', title: roundName ? userText(roundName) : 'Koppel', fields: [], actions: [{ verb: 'offer.show', label: t.open, data: { roundId: notification.roundId } }] } }];
}

/** The words of a proactive message, in the recipient's language. */
export async function notificationReplies(notification: Notification, language: Language, services: DialogServices): Promise<Reply[]> {
  const t = textsFor(language).coordinator.notifications;
  const round = (await services.rounds.list()).find((r) => r.id === notification.roundId);
  const continueButton: Reply = { kind: 'form', form: { id: 'intake.continue', title: round ? userText(round.name) : 'Koppel', fields: [], actions: [{ verb: 'intake.show', label: t.continue }] } };
  switch (notification.kind) {
    case 'round-opened':
      return [{ kind: 'text', text: t.roundOpened(userText(round?.name ?? ''), round ? formatMoment(round.wishesDeadline, language) : '') }, continueButton];
    case 'wish-reminder': {
      // Queued a while ago, decided now: a student who confirmed or found a place since is left alone.
      const status = (await services.intake.view(notification.studentId))?.student.intakeStatus;
      if (status === 'confirmed' || status === 'own-placement') return [];
      return [{ kind: 'text', text: t.wishReminder(formatMoment(notification.deadline, language)) }, continueButton];
    }
    case 'requirement-question': {
      // Decided now: a question answered in the meantime, or a round past its deadline, asks nothing.
      const view = await services.intake.view(notification.studentId);
      const open = view ? view.requirementsAsked.filter((r) => !view.student.requirementsAnswered.includes(r)) : [];
      if (!view?.editable || open.length === 0) return [];
      const x = textsFor(language).intake.requirements;
      return [{ kind: 'text', text: x.asked(open.length, formatMoment(view.round.wishesDeadline, language)) }, {
        kind: 'form', form: { id: 'intake.requirements.open', title: userText(view.round.name), fields: [], actions: [{ verb: 'intake.edit', label: x.answer, data: { step: 'requirements' } }] },
      }];
    }
    case 'own-placement-reported': {
      const view = await services.intake.view(notification.studentId);
      const own = view?.student.ownPlacement;
      return own ? [{ kind: 'text', text: t.ownPlacement(view.student.studentNumber, userText(own.companyName), userText(own.place)) }, { kind: 'form', form: ownPlaceDecisionForm(view.student.id, view.student.studentNumber, language) }] : [];
    }
    case 'own-placement-decided': {
      const own = (await services.intake.view(notification.studentId))?.student.ownPlacement;
      const decision = own?.decision;
      if (!own || !decision) return [];
      const x = textsFor(language).roundEdit.ownPlace;
      const words = decision.outcome === 'accepted' ? x.toStudentAccepted : x.toStudentAsked;
      return [{ kind: 'text', text: words(userText(own.companyName), userText(decision.reason)) }];
    }
    case 'proposals-released':
    case 'choice-reminder':
      return proposalNotificationReplies(notification.kind, notification.studentId, round?.name ?? '', language, services);
    case 'offer-requirement-reviewed': {
      // Worded now: a text the company changed since (back to review) is not answered with this decision.
      const other = await services.otherRequirements.ofOffer(notification.offerId);
      if (!other || other.reviewedAt !== notification.reviewedAt) return [];
      const c = textsFor(language).company.notifications;
      if (other.review === 'approved') return [{ kind: 'text', text: c.requirementApproved(userText(other.text)) }];
      return other.review === 'refused' ? [{ kind: 'text', text: c.requirementRefused(userText(other.text), userText(other.reason ?? '')) }] : [];
    }
    case 'offer-requested':
    case 'offer-reminder':
      return companyNotificationReplies(notification, language, round?.name ?? '');
    case 'follow-up-student':
    case 'follow-up-company':
    case 'follow-up-coordinator':
      return followUpReplies(notification, language, services);
    case 'meldpunt-staff':
    case 'meldpunt-reporter':
    case 'meldpunt-coordinator':
      return meldpuntReplies(notification, language, services);
    case 'check-in':
    case 'check-in-conversation':
      return checkInReplies(notification, language, services);
    case 'contact-moment':
      return contactMomentReplies(notification, language, services);
    case 'evaluation':
      return evaluationReplies(notification, language, services);
    case 'erasure':
      return erasureReplies(notification, language, services);
  }
}
