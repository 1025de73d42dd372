/** The Action's modes (and the CLI's commands of the same names). */
export const modes = ['deploy', 'rollback', 'promote', 'status'] as const;
export type Mode = (typeof modes)[number];
