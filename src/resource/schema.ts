/** Validation of loaded resources against the project's resource schema, all problems at once. */
import { validateResource } from '../generated/validators';
import { InputError, type Problem } from '../errors';
import type { JsonPath, LoadedResource } from '../types';
import { ajvProblems } from './ajv-messages';
import { dottedPath, toPointer } from '../util/pointer';
import { NAME_PATTERN } from './resource-schema';
import { isRecord } from '../util/data';
import { isLegacyResource, legacyProblem } from './legacy';
import { asyncapiAllowsGet } from './methods';

const NAME = new RegExp(NAME_PATTERN);

const NOTES = {
  '#/then/required': ' when versionInPath is true',
  '#/properties/apiVersion/type': ' (firestone requires a string: write it in quotes, e.g. apiVersion: "1.0")',
} as const;

type PlainObject = Record<string, unknown>;

const allowsGet = (schema: PlainObject): boolean => asyncapiAllowsGet(schema.methods);

/**
 * Properties that become channel segments (`/<kind>/{key}/<prop>`): those of a resource or
 * sub-resource reached by the instance_attrs walk and not `expose: false`. The schema can't
 * say this, because which names matter depends on flags elsewhere in the file.
 */
function segmentProblems(resource: LoadedResource): Problem[] {
  const { data } = resource;
  const channels = isRecord(data.asyncapi) && isRecord(data.asyncapi.channels) ? data.asyncapi.channels : null;
  if (channels?.instance_attrs !== true) return [];
  const problems: Problem[] = [];
  const walk = (schema: unknown, at: JsonPath): void => {
    if (!isRecord(schema) || !allowsGet(schema)) return;
    const properties = isRecord(schema.items) && isRecord(schema.items.properties) ? schema.items.properties : {};
    for (const [name, property] of Object.entries(properties)) {
      if (isRecord(property) && property.expose === false) continue;
      const path = [...at, 'items', 'properties', name];
      if (!NAME.test(name)) {
        problems.push({
          ...resource.locate(path),
          pointer: toPointer(path),
          message: `property name ${JSON.stringify(name)} at ${dottedPath(path)} becomes a channel segment, so it may contain only letters, digits, '.', '_' and '-' (or mark it expose: false)`,
        });
      }
      if (isRecord(property) && isRecord(property.schema)) walk(property.schema, [...path, 'schema']);
    }
  };
  walk(data.schema, ['schema']);
  return problems;
}

/** Problems of one resource: schema violations and unusable channel segment names. */
export function resourceProblems(resource: LoadedResource): Problem[] {
  // Its schema errors ("kind is required", "unknown key name") would hide what is really going on.
  if (isLegacyResource(resource.data)) return [legacyProblem(resource.file)];
  const schemaProblems = validateResource(resource.data)
    ? []
    : ajvProblems(validateResource.errors ?? [], resource.locate, { rootName: 'the resource', notes: NOTES });
  return [...schemaProblems, ...segmentProblems(resource)];
}

/** Throws one InputError listing every problem of every resource. */
export function validateResources(resources: LoadedResource[]): void {
  const problems = resources.flatMap(resourceProblems);
  if (problems.length > 0) throw new InputError(problems);
}
