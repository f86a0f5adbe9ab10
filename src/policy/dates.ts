/**
 * The run's date. Every date of the project is a UTC day written YYYY-MM-DD (docs/waivers.md); the
 * run's date can be set with `--today` or FIRESTONE_SPEC_TODAY so a test can live on any day.
 */
import { InputError } from '../errors';
import { utcToday, validDay } from '../util/date';

/** The run's date: `flag` (e.g. `--today`), else FIRESTONE_SPEC_TODAY, else today in UTC. */
export function runDate(
  flag: string | undefined,
  env: Record<string, string | undefined>,
  now: Date = new Date(),
): string {
  const given = flag ?? (env.FIRESTONE_SPEC_TODAY || undefined);
  if (given === undefined) return utcToday(now);
  const day = validDay(given.trim());
  if (day === null) {
    const source = flag !== undefined ? '--today' : 'FIRESTONE_SPEC_TODAY';
    throw new InputError({ message: `${source} must be a date written YYYY-MM-DD (got ${JSON.stringify(given)})` });
  }
  return day;
}
