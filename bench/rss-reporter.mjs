/**
 * Preloaded with `node --import` into every measured child: at exit it writes the process's peak
 * resident set size (bytes) to $BENCH_RSS_FILE. Node has no API for a child's rusage and
 * `/usr/bin/time` is not on every machine, so the child reports its own.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    // resourceUsage().maxRSS is in kilobytes (getrusage's ru_maxrss on Linux).
    writeFileSync(target, String(process.resourceUsage().maxRSS * 1024));
  });
}
