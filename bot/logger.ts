// Structured log lines with ids, counts and codes only: no names or free text ever reach a log.
export type LogFields = Record<string, string | number | boolean>;
export type Log = (event: string, fields?: LogFields) => void;

export function createLogger(write: (line: string) => void = (line) => process.stdout.write(`${line}\n`), now: () => Date = () => new Date()): Log {
  return (event, fields = {}) => write(JSON.stringify({ at: now().toISOString(), event, ...fields }));
}
