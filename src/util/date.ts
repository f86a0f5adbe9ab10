/** Today as a UTC day, YYYY-MM-DD: the one default for the run's date (docs/waivers.md, "Expiry"). */
export const utcToday = (now: Date = new Date()): string => now.toISOString().slice(0, 10);

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `value` when it is a real calendar day in YYYY-MM-DD form (not 2030-02-30, which Date rolls over to March), else null. */
export function validDay(value: string): string | null {
  const m = DAY.exec(value);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value ? value : null;
}
