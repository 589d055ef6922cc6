/** The key of a student's live result card: one per student, the latest card sent is the one kept. */
export function liveResultKey(studentId: string): string {
  return `result:${studentId}`;
}
