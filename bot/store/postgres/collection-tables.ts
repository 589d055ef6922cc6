import type { CollectionName } from '../koppel-collections.js';

// The table of each collection (migrations/001-tables.sql, and later ones for newer collections). A fixed map rather than a conversion of
// the name, so that only these identifiers ever reach SQL text.
export const TABLES: { readonly [C in CollectionName]: string } = {
  rounds: 'rounds',
  students: 'students',
  companies: 'companies',
  offers: 'offers',
  matches: 'matches',
  conversations: 'conversations',
  preferences: 'preferences',
  inviteCodes: 'invite_codes',
  matchRuns: 'match_runs',
  outbox: 'outbox',
  liveMessages: 'live_messages',
  sentNotifications: 'sent_notifications',
  leases: 'leases',
  waiting: 'waiting',
  placements: 'placements',
  rematches: 'rematches',
  handledActivities: 'handled_activities',
  webLinks: 'web_links',
  reports: 'reports',
  reportLinks: 'report_links',
  checkIns: 'check_ins',
  contactMoments: 'contact_moments',
  evaluations: 'evaluations',
  erasureRequests: 'erasure_requests',
};
