import { textsFor } from './texts/index.js';
import type { Handler } from './router.js';

/** `hallo` / `help`: what Koppel is and what this person can do in their role. */
export const welcome: Handler = async (turn, services) => {
  const t = textsFor(turn.language);
  const role = await services.roleOf(turn.person);
  // Meldpunt staff, care coordinators and BPV-docenten are configured apart from the roles a person holds in rounds.
  const staff = [
    ...(services.contactMoments.isPlanner(turn.person) ? t.welcome.planner : []), ...(services.meldpunt.isStaff(turn.person) ? t.welcome.meldpunt : []),
    ...(services.supportDetails.isCareCoordinator(turn.person) ? t.welcome.care : []),
  ];
  if (role.kind === 'unknown' && staff.length > 0) {
    return [{ kind: 'summary', title: t.welcome.title, intro: t.welcome.intro, facts: staff }, { kind: 'text', text: t.otherLanguage }];
  }
  if (role.kind === 'unknown') {
    // Anyone who has the app may report, also before the school knows them.
    return [
      { kind: 'text', text: `**${t.welcome.title}**\n\n${t.welcome.intro}` },
      { kind: 'text', text: `${t.welcome.unknown(turn.person.userId)}\n\n${t.meldpunt.promise}\n\n${t.otherLanguage}` },
    ];
  }
  const facts = role.kind === 'student' ? t.welcome.student
    : role.kind === 'company-contact' ? t.welcome.company
    : t.welcome.coordinator;
  const intro = role.kind === 'student' ? t.welcome.intro : role.kind === 'company-contact' ? t.welcome.introCompany : t.welcome.introCoordinator;
  return [
    { kind: 'summary', title: t.welcome.title, intro: [services.demoMode ? t.demo.welcome : '', intro, t.roleLabel[role.kind]].filter(Boolean).join('\n\n'), facts: [...facts, ...staff] },
    { kind: 'text', text: t.otherLanguage },
  ];
};

export const notUnderstood: Handler = async (turn) => [{ kind: 'text', text: textsFor(turn.language).notUnderstood }];
