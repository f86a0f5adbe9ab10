/**
 * Packages that only some runs need, each behind an accessor: YAML (`yaml`, `js-yaml`), globs
 * (`tinyglobby`) and raw AsyncAPI differences (`@asyncapi/diff`) are half of the CLI's bundle, and
 * a `diff` of two JSON specs uses none of them. As written here they are imported, which is what
 * the tests and the action (which always needs them) get. The CLI's bundle is built from another
 * reading of this file (scripts/lazy-packages.mjs, in rollup.config.mjs): each accessor requires
 * the package's own chunk when first called, which took ~20 ms off every start that does not need
 * it (docs/architecture.md, "The CLI's startup"). So every import here is `import * as <name>Module`
 * and every accessor `export const <name> = (): typeof <name>Module => <name>Module;`, and no
 * other module imports these packages' values (test/packages.test.ts holds both to that).
 */
import * as asyncApiDiffModule from '@asyncapi/diff';
import * as jsYamlModule from 'js-yaml';
import * as tinyglobbyModule from 'tinyglobby';
import * as yamlModule from 'yaml';

export const asyncApiDiff = (): typeof asyncApiDiffModule => asyncApiDiffModule;
export const jsYaml = (): typeof jsYamlModule => jsYamlModule;
export const tinyglobby = (): typeof tinyglobbyModule => tinyglobbyModule;
export const yaml = (): typeof yamlModule => yamlModule;

/** A value made on first use and kept: what modules build from these packages at load time. */
export function once<T>(make: () => T): () => T {
  let made = false;
  let value: T | undefined;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}
