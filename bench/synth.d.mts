/** Types of bench/synth.mjs for the tests that build large workspaces from it. */
export interface SynthResource {
  /** Path relative to the workspace, e.g. `resources/billing_accounts.yaml`. */
  file: string;
  data: Record<string, unknown>;
}
export function synthesize(count?: number, seed?: number): SynthResource[];
export function toYaml(data: unknown): string;
export function mutate(
  resources: SynthResource[],
  opts?: { fraction?: number; seed?: number },
): { resources: SynthResource[]; mutations: { file: string; kind: string }[] };
