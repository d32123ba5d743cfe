import { z } from 'zod';

/** A team workspace's sync state as the workbench shows it (read from the workspace, without reaching the hub). */
export const TeamStatus = z.object({
  joined: z.boolean(),
  /** The hub's address, never with a password. */
  hubUrl: z.string().nullable(),
  member: z.string().nullable(),
  /** Local changes the hub does not hold yet. */
  pending: z.number().int(),
  lastSyncAt: z.string().nullable(),
  /** Why the latest sync failed, in words; null after one that worked. */
  lastError: z.string().nullable(),
  syncing: z.boolean(),
  /**
   * How far the sync running now has got (null when none runs): changes sent or received so
   * far, and the documents received read so far of those met (each read by a reader process).
   */
  progress: z.object({
    phase: z.enum(['push', 'pull']),
    changes: z.number().int(),
    documentsRead: z.number().int(),
    documents: z.number().int(),
  }).nullable(),
  /** The hub asked for a password this session does not have, or refused the one given. */
  passwordNeeded: z.boolean(),
});
export type TeamStatus = z.infer<typeof TeamStatus>;
export type SyncProgress = NonNullable<TeamStatus['progress']>;

/** What one sync did. `held`: a viewer's local changes, which the hub does not accept. */
export const SyncResult = z.object({
  pushed: z.number().int(),
  pulled: z.number().int(),
  applied: z.number().int(),
  lost: z.number().int(),
  waiting: z.number().int(),
  conflicts: z.number().int(),
  documents: z.number().int(),
  otherExtractor: z.number().int(),
  /** Hub changes this Assay could not read, skipped; `warning` says so in words (null when none). */
  unreadable: z.number().int(),
  warning: z.string().nullable(),
  held: z.number().int(),
  role: z.enum(['editor', 'viewer']),
});
export type SyncResult = z.infer<typeof SyncResult>;

/** The hub's password, typed by the analyst: held in memory for the session, never written to the workspace. */
export const HubPasswordInput = z.object({
  password: z.string().min(1, 'Type the password.').max(1024),
  /** The desktop app keeps it in the system keychain (safeStorage); browser mode cannot and says so. */
  remember: z.boolean(),
}).strict();

export const HubPasswordResult = z.object({
  /** Whether it is kept on this computer for the next launch (desktop only, where the OS offers a keychain). */
  remembered: z.boolean(),
});
