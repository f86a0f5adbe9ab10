/** Today as a UTC day, YYYY-MM-DD: the one default for the run's date (docs/waivers.md, "Expiry"). */
export const utcToday = (now: Date = new Date()): string => now.toISOString().slice(0, 10);
