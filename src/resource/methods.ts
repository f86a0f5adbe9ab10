/**
 * A (sub-)resource's `schema.methods` comes in two forms (docs/openapi-generation.md, "Resource
 * format"): a list (`[get, post]`, firestone's AsyncAPI examples) or a mapping of level to list
 * (`{resource: [...], instance: [...], instance_attrs: [...]}`, its OpenAPI examples).
 */
import { isRecord } from '../util/data';

/**
 * firestone's AsyncAPI test, `methods and "get" not in methods`: channels unless a non-empty
 * `methods` lacks `get`. On a mapping the test looks for a key `get`, which a mapping of levels never
 * has, so a non-empty mapping makes no channels there, and none here.
 */
export function asyncapiAllowsGet(methods: unknown): boolean {
  if (Array.isArray(methods)) return methods.length === 0 || methods.includes('get');
  if (isRecord(methods)) return Object.keys(methods).length === 0;
  return true;
}
