export { DEFAULT_REMINDER_HOURS, MAX_REMINDER_HOURS, MIN_REMINDER_HOURS, parseReminderMoments, type ReminderMomentsResult } from './reminder-moments.js';
export { currentMoment, dueReminders, reminderFor, reminderKey, type DueReminder } from './reminder-plan.js';
export {
  DEFAULT_REMINDER_INTERVAL_MS,
  runReminders,
  startReminderSchedule,
  wishReminderMessage,
  type ReminderDeps,
  type ReminderLog,
  type ReminderPassResult,
  type ReminderSchedule,
  type ReminderScheduleDeps,
} from './reminder-runner.js';
