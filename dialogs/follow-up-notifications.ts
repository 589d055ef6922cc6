import { formatDate } from './meldpunt/format-date.js';
import type { Notification } from '../bot/notifications.js';
import { companyStudentsForm } from './company/students-dialog.js';
import { placementForm } from './company/placement-dialog.js';
import { refusalForm } from './coordinator/follow-up-dialog.js';
import { formatMoment } from './format-moment.js';
import type { DialogServices } from './router.js';
import { liveResultReply } from './student/result-content.js';
import { textsFor } from './texts/index.js';
import type { Language, Reply } from './turn.js';
import { userText } from './user-text.js';

// The words of the follow-up's proactive messages, decided when they are sent: a message queued a
// while ago about something that has changed since (acknowledged, met, placed again) says nothing.

type FollowUpNotification = Extract<Notification, { kind: 'follow-up-student' | 'follow-up-company' | 'follow-up-coordinator' }>;

export async function followUpReplies(notification: FollowUpNotification, language: Language, services: DialogServices): Promise<Reply[]> {
  switch (notification.kind) {
    case 'follow-up-student': return toStudent(notification, language, services);
    case 'follow-up-company': return toCompany(notification, language, services);
    case 'follow-up-coordinator': return toCoordinator(notification, language, services);
  }
}

async function toStudent(n: Extract<Notification, { kind: 'follow-up-student' }>, language: Language, services: DialogServices): Promise<Reply[]> {
  const f = textsFor(language).followUp.student.notifications;
  const found = await services.followUp.placement(n.placementId);
  const result = await services.studentResult(n.studentId);
  if (!found || !result) return [];
  const { placement } = found;
  const card = liveResultReply(n.studentId, result, language);
  const holds = placement.endedAt === undefined;
  switch (n.event) {
    case 'acknowledge-reminder':
      return holds && !placement.acknowledgedAt ? [{ kind: 'text', text: f.acknowledgeReminder }, card] : [];
    case 'meeting-proposed':
      return holds && placement.meeting && !placement.meeting.chosen ? [{ kind: 'text', text: f.meetingProposed }, card] : [];
    case 'meeting-tomorrow':
      return holds && placement.meeting?.chosen && !placement.meeting.heldByStudentAt ? [{ kind: 'text', text: f.meetingTomorrow(formatMoment(placement.meeting.chosen, language)) }] : [];
    case 'refusal-upheld':
      // The card itself says it, from the school, with the date of the new place.
      return [card];
    case 'placed-again':
      return holds ? [{ kind: 'text', text: f.placedAgain }, card] : [];
    case 'vog-reminder':
      // Worded at send time: arranged in the meantime, nothing is said.
      return holds && placement.certificateOfConduct?.state !== 'arranged' && result.kind === 'placed'
        ? [{ kind: 'text', text: f.vogReminder(formatDate(result.internshipStart, language)) }, card] : [];
  }
}

async function toCompany(n: Extract<Notification, { kind: 'follow-up-company' }>, language: Language, services: DialogServices): Promise<Reply[]> {
  const f = textsFor(language).followUp.company.notifications;
  const rounds = await services.companyStudents(n.companyId);
  const round = rounds.find((r) => r.roundId === n.roundId);
  const student = round?.students.find((s) => s.placementId === n.placementId);
  const found = await services.followUp.placement(n.placementId);
  const meeting = found?.placement.meeting;
  switch (n.event) {
    case 'meeting-chosen':
      return meeting?.chosen ? [{ kind: 'text', text: f.meetingChosen(formatMoment(meeting.chosen, language)) }] : [];
    case 'meeting-other-asked':
      return student && meeting?.otherAskedAt ? [{ kind: 'text', text: f.meetingOtherAsked }, { kind: 'form', form: placementForm(student, language) }] : [];
    case 'meeting-tomorrow':
      return meeting?.chosen && !meeting.heldByCompanyAt ? [{ kind: 'text', text: f.meetingTomorrow(formatMoment(meeting.chosen, language)) }] : [];
    case 'refusal-upheld':
      return [{ kind: 'text', text: f.refusalUpheld }];
    case 'refusal-overturned':
      return [{ kind: 'text', text: f.refusalOverturned }];
    case 'student-placed':
      return round ? [{ kind: 'text', text: f.studentPlaced }, { kind: 'form', form: companyStudentsForm(round, language) }] : [];
  }
}

async function toCoordinator(n: Extract<Notification, { kind: 'follow-up-coordinator' }>, language: Language, services: DialogServices): Promise<Reply[]> {
  const t = textsFor(language).followUp;
  const found = await services.followUp.placement(n.placementId);
  if (!found) return [];
  const { placement, view } = found;
  const studentNumber = view.students[placement.studentId]?.studentNumber ?? placement.studentId;
  const companyName = userText(view.companies[placement.companyId]?.name ?? placement.companyId);
  switch (n.event) {
    case 'problem-raised': {
      const problem = placement.problems.at(-1);
      return problem ? [{ kind: 'text', text: t.coordinator.notifications.problemRaised(studentNumber, t.student.problemKinds[problem.kind]) }] : [];
    }
    case 'refusal-reported': {
      const refusal = placement.refusal;
      if (!refusal || refusal.decision) return [];
      const pending = { placementId: placement.id, studentNumber, companyName, reason: refusal.reason, ...(refusal.requirement ? { requirement: refusal.requirement } : {}), ...(refusal.text ? { text: refusal.text } : {}) };
      return [{ kind: 'text', text: t.coordinator.notifications.refusalReported(companyName, studentNumber, t.company.reasons[refusal.reason]) }, { kind: 'form', form: refusalForm(pending, language) }];
    }
    case 'company-flagged': {
      const refusals = Object.values(view.placements).filter((p) => p.companyId === placement.companyId && p.refusal).length;
      return [{ kind: 'text', text: t.coordinator.notifications.companyFlagged(companyName, refusals) }];
    }
  }
}
