/**
 * Fingerprints: a short id per change that a waiver can name. Made from the rule id and the
 * element's identity only, so moving lines, rewording messages or editing other elements never
 * changes it (docs/waivers.md).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Change } from '../types';

const LENGTH = 8;

// SHA-256 in JavaScript: node:crypto gives the same digest but costs ~10 ms to load, and a report
// hashes a few short strings per change (docs/architecture.md, "The CLI's startup").
const hash = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));

/**
 * Gives every change of one report its fingerprint, in report order. A second change with the
 * same rule and identity (or a hash collision) gets the next free one of a fixed sequence, so the
 * result is the same on every run.
 */
export function assignFingerprints(changes: readonly Change[], used: Set<string> = new Set()): Change[] {
  return changes.map((change) => {
    const base = `${change.rule}\u0000${change.identity}`;
    let fingerprint = hash(base).slice(0, LENGTH);
    for (let n = 1; used.has(fingerprint); n++) fingerprint = hash(`${base}\u0000${n}`).slice(0, LENGTH);
    used.add(fingerprint);
    return { ...change, fingerprint };
  });
}
