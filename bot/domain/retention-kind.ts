import { z } from 'zod/v4';

/**
 * The kinds of personal data Koppel keeps, each with its own retention period. Kept in the domain
 * so that a round can record which kinds were erased (the scheduled pass then never does them twice).
 */
export const RETENTION_KINDS = ['intake', 'support', 'contact', 'explanations', 'check-ins', 'chat', 'reports', 'companies', 'audit'] as const;
export const RetentionKind = z.enum(RETENTION_KINDS);
export type RetentionKind = z.infer<typeof RetentionKind>;
