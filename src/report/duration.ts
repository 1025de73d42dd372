/** "2h 5m", "4m 30s", "45s": how long something lasted, to the second. */
export function durationText(milliseconds: number): string {
  const seconds = Math.max(0, Math.round(milliseconds / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  if (hours > 0) return `${hours}h${minutes > 0 ? ` ${minutes}m` : ''}`;
  if (minutes > 0) return `${minutes}m${seconds % 60 > 0 ? ` ${seconds % 60}s` : ''}`;
  return `${seconds}s`;
}
