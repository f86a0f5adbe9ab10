/**
 * Asserts that a document is valid AsyncAPI by the official parser (@asyncapi/parser 3.6.6):
 * no diagnostic of severity error. Warnings (no `id`, no license, no messageId, unused
 * schemas…) are what firestone's own output gets too, so they are allowed.
 */
import { DiagnosticSeverity, Parser } from '@asyncapi/parser';
import { expect } from 'vitest';
import { shareAsyncApiSchemaValidators } from './spectral-cache';

// Building the parser loads Spectral's rulesets; one per test file is enough.
let parser: Parser | undefined;

export interface AsyncApiError {
  code: string | number;
  message: string;
  path: string;
}

/** The error diagnostics of a document (empty when valid). */
export async function asyncApiErrors(doc: unknown): Promise<AsyncApiError[]> {
  if (!parser) {
    shareAsyncApiSchemaValidators();
    parser = new Parser();
  }
  // The parser may annotate what it is given; keep the caller's document as it was.
  const { diagnostics } = await parser.parse(structuredClone(doc) as Parameters<Parser['parse']>[0]);
  return diagnostics
    .filter((d) => d.severity === DiagnosticSeverity.Error)
    .map((d) => ({ code: d.code, message: d.message, path: d.path.join('/') }));
}

export async function expectValidAsyncApi(doc: unknown): Promise<void> {
  expect(await asyncApiErrors(doc)).toEqual([]);
}
