import type { DialogServices } from '../router.js';
import { DEFAULT_RETENTION } from '../../bot/retention/retention-policy.js';

/** Dialog services for tests: every call fails loudly unless the test provides it. */
export function fakeServices(overrides: Partial<DialogServices>): DialogServices {
  const missing = (name: string) => () => {
    throw new Error(`this test did not expect a call to ${name}`);
  };
  return {
    roleOf: missing('roleOf'),
    // Every coordinator unrestricted, as in a school that limits nobody.
    coordinatorScope: { programmesOf: () => undefined, check: async () => ({ ok: true }) },
    languagePreference: async () => undefined,
    settleLanguage: async (_person: unknown, reported: 'nl' | 'en' | undefined) => reported ?? 'nl',
    setLanguagePreference: missing('setLanguagePreference'),
    intake: { view: missing('intake.view'), save: missing('intake.save'), saveDecided: missing('intake.saveDecided') },
    proposals: { view: missing('proposals.view'), choose: missing('proposals.choose'), progress: missing('proposals.progress') },
    coachWish: missing('coachWish'),
    municipalities: () => [],
    coordinatorCount: () => 2,
    decideOwnPlacement: missing('decideOwnPlacement'),
    otherRequirements: { list: missing('otherRequirements.list'), review: missing('otherRequirements.review'), ofOffer: missing('otherRequirements.ofOffer') },
    now: () => new Date(),
    postcodeElsewhere: () => undefined,
    programmes: () => [],
    rounds: { list: async () => [], create: missing('rounds.create'), transition: missing('rounds.transition'), open: missing('rounds.open'), welcomeLate: missing('rounds.welcomeLate'), welcomeOnContact: missing('rounds.welcomeOnContact'), scheduleRelease: missing('rounds.scheduleRelease'), edit: missing('rounds.edit'), cancelRelease: missing('rounds.cancelRelease') },
    importStudents: missing('importStudents'),
    removeStudent: missing('removeStudent'),
    supportDetails: { isCareCoordinator: () => false, requests: missing('supportDetails.requests'), read: missing('supportDetails.read') },
    retention: { policy: DEFAULT_RETENTION, upcoming: missing('retention.upcoming') },
    personalData: { export: missing('personalData.export') },
    erasureRequests: { ask: missing('erasureRequests.ask'), get: missing('erasureRequests.get'), own: missing('erasureRequests.own'), open: missing('erasureRequests.open'), carryOut: missing('erasureRequests.carryOut'), refuse: missing('erasureRequests.refuse') },
    receivedFiles: { kindOf: missing('receivedFiles.kindOf'), keep: missing('receivedFiles.keep'), take: missing('receivedFiles.take') },
    remindNow: missing('remindNow'),
    offers: { openRounds: missing('offers.openRounds'), offeredRounds: missing('offers.offeredRounds'), view: missing('offers.view'), save: missing('offers.save') },
    companies: { list: async () => [], register: missing('companies.register'), importCsv: missing('companies.importCsv'), createInvite: missing('companies.createInvite'), redeemInvite: missing('companies.redeemInvite'), revokeLinks: missing('companies.revokeLinks') },
    roundSupply: missing('roundSupply'),
    messageProgress: missing('messageProgress'),
    runs: { close: missing('runs.close'), run: missing('runs.run'), place: missing('runs.place'), approve: missing('runs.approve'), approvalView: missing('runs.approvalView'), preview: missing('runs.preview'), exportRun: missing('runs.exportRun') },
    release: { overview: missing('release.overview'), retry: missing('release.retry') },
    extraPlaces: missing('extraPlaces'),
    figures: { round: missing('figures.round'), matches: missing('figures.matches'), dashboardLink: missing('figures.dashboardLink') },
    followUp: {
      studentStep: missing('followUp.studentStep'), companyStep: missing('followUp.companyStep'), decideRefusal: missing('followUp.decideRefusal'),
      overview: missing('followUp.overview'), runRematch: missing('followUp.runRematch'), approveRematch: missing('followUp.approveRematch'),
      placeByHand: missing('followUp.placeByHand'), archive: missing('followUp.archive'), placement: missing('followUp.placement'), markCertificateOfConduct: missing('followUp.markCertificateOfConduct'),
    },
    meldpunt: {
      isStaff: () => false, file: missing('meldpunt.file'), ownCases: missing('meldpunt.ownCases'), setConsent: missing('meldpunt.setConsent'),
      openCases: missing('meldpunt.openCases'), staffCase: missing('meldpunt.staffCase'), move: missing('meldpunt.move'), forMessage: missing('meldpunt.forMessage'),
    },
    checkIns: { ofStudent: missing('checkIns.ofStudent'), answer: missing('checkIns.answer'), askConversation: missing('checkIns.askConversation'), figures: missing('checkIns.figures'), forMessage: missing('checkIns.forMessage') },
    contactMoments: { isPlanner: () => false, plan: missing('contactMoments.plan'), record: missing('contactMoments.record'), open: missing('contactMoments.open'), figures: missing('contactMoments.figures'), forMessage: missing('contactMoments.forMessage'), remind: missing('contactMoments.remind') },
    evaluations: { ofAnswerer: missing('evaluations.ofAnswerer'), answer: missing('evaluations.answer'), pending: missing('evaluations.pending'), figures: missing('evaluations.figures'), askDue: missing('evaluations.askDue') },
    offersOfRound: missing('offersOfRound'),
    studentResult: missing('studentResult'),
    companyStudents: missing('companyStudents'),
    demoMode: false,
    chooseRole: missing('chooseRole'),
    ...overrides,
  };
}
