"use strict";
var fs = require("node:fs");
var path = require("node:path");
var node_util = require("node:util");
var node_buffer = require("node:buffer");
function _interopNamespaceDefault(e) {
  var n = /* @__PURE__ */ Object.create(null);
  if (e) {
    Object.keys(e).forEach(function(k) {
      if (k !== "default") {
        var d = Object.getOwnPropertyDescriptor(e, k);
        Object.defineProperty(n, k, d.get ? d : {
          enumerable: true,
          get: function() {
            return e[k];
          }
        });
      }
    });
  }
  n.default = e;
  return Object.freeze(n);
}
var path__namespace = /* @__PURE__ */ _interopNamespaceDefault(path);
class InputError extends Error {
  problems;
  constructor(problems) {
    const list2 = Array.isArray(problems) ? problems : [problems];
    super(list2.map(formatProblem).join("\n"));
    this.name = "InputError";
    this.problems = list2;
  }
}
function formatProblem(p) {
  const place = p.file ? [p.file, p.line, p.line !== void 0 ? p.col : void 0].filter((x) => x !== void 0).join(":") : "";
  const where = p.pointer ? ` (at ${p.pointer})` : "";
  return place ? `${place}: ${p.message}${where}` : `${p.message}${where}`;
}
const isArrayIndex = (segment) => /^(0|[1-9][0-9]*)$/.test(segment);
function escapeSegment(segment) {
  if (typeof segment === "number")
    return String(segment);
  return segment.includes("~") || segment.includes("/") ? segment.replace(/~/g, "~0").replace(/\//g, "~1") : segment;
}
function toPointer(path2) {
  let out = "";
  for (const segment of path2)
    out += "/" + escapeSegment(segment);
  return out;
}
const childPointer = (pointer, key) => `${pointer}/${escapeSegment(key)}`;
function parsePointer(pointer) {
  if (pointer === "")
    return [];
  if (!pointer.startsWith("/"))
    return null;
  const segments = pointer.slice(1).split("/");
  if (!pointer.includes("~"))
    return segments;
  if (segments.some((s) => /~(?![01])/.test(s)))
    return null;
  return segments.map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function dottedPath(path2) {
  let out = "";
  for (const seg of path2) {
    if (typeof seg === "number" || isArrayIndex(seg))
      out += `[${seg}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(seg))
      out += out === "" ? seg : `.${seg}`;
    else
      out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
function closest(word, known2) {
  const lower = word.toLowerCase();
  const sameCase = known2.find((k) => k.toLowerCase() === lower);
  if (sameCase !== void 0)
    return sameCase;
  let best = null;
  let bestDistance = Math.max(2, Math.floor(word.length / 4)) + 1;
  for (const k of known2) {
    const d = editDistance(lower, k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      row.push(Math.min(previous[j] + 1, row[j - 1] + 1, substitution));
    }
    previous = row;
  }
  return previous[b.length];
}
const NAME_PATTERN = "^[A-Za-z0-9._-]+$";
const PATTERN_WORDS = {
  [NAME_PATTERN]: "may contain only letters, digits, '.', '_' and '-'"
};
const TYPE_WORDS = {
  string: "a string",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  object: "a mapping",
  array: "a list",
  null: "null"
};
function shown(value) {
  const text2 = JSON.stringify(value) ?? String(value);
  return text2.length > 60 ? `${text2.slice(0, 57)}...` : text2;
}
function describe(error, where, options) {
  const path2 = parsePointer(error.instancePath) ?? [];
  const params = error.params;
  const note = options.notes?.[error.schemaPath] ?? "";
  switch (error.keyword) {
    case "if":
      return null;
    case "required": {
      const missing = String(params.missingProperty);
      return { message: `${dottedPath([...path2, missing])} is required${note}`, at: [...path2, missing] };
    }
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const props = error.parentSchema?.properties;
      const known2 = props ? Object.keys(props) : [];
      const near = closest(key, known2);
      const hint = near === null ? "" : ` \u2014 did you mean '${near}'?`;
      const allowed = props ? ` (allowed: ${known2.join(", ")})` : "";
      return { message: `unknown key '${key}' in ${where}${hint}${allowed}${note}`, at: [...path2, key] };
    }
    case "type": {
      const types = String(params.type).split(",");
      const words = types.map((t) => TYPE_WORDS[t] ?? t).join(" or ");
      return { message: `${where} must be ${words}, not ${shown(error.data)}${note}`, at: path2 };
    }
    case "pattern": {
      const pattern = String(params.pattern);
      const rule = PATTERN_WORDS[pattern] ?? `must match the pattern ${pattern}`;
      return { message: `${where} ${shown(error.data)} ${rule}${note}`, at: path2 };
    }
    case "enum":
      return {
        message: `${where} must be one of ${params.allowedValues.map(shown).join(", ")}, not ${shown(error.data)}${note}`,
        at: path2
      };
    case "const":
      return { message: `${where} must be ${shown(params.allowedValue)}, not ${shown(error.data)}${note}`, at: path2 };
    case "minLength":
      return params.limit === 1 ? { message: `${where} must not be empty${note}`, at: path2 } : { message: `${where} ${error.message ?? "is invalid"}${note}`, at: path2 };
    default:
      return { message: `${where} ${error.message ?? "is invalid"}${note}`, at: path2 };
  }
}
function ajvProblems(errors, locate, options) {
  const seen2 = /* @__PURE__ */ new Set();
  const problems = [];
  for (const error of errors) {
    const path2 = parsePointer(error.instancePath) ?? [];
    const where = path2.length === 0 ? options.rootName : dottedPath(path2);
    const described = describe(error, where, options);
    if (!described)
      continue;
    const pointer = toPointer(described.at);
    const key = `${pointer}\0${described.message}`;
    if (seen2.has(key))
      continue;
    seen2.add(key);
    problems.push({ ...locate(described.at), pointer, message: described.message });
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}
const validateConfig = (() => {
  const schema0 = { "type": "object", "additionalProperties": false, "properties": { "specs": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["output"], "properties": { "output": { "type": "string", "minLength": 1 }, "resources": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "title": { "type": "string" }, "description": { "type": "string" }, "version": { "type": ["string", "number"] }, "kind": { "enum": ["asyncapi", "openapi"] }, "asyncapi": { "enum": ["2.5.0", "3.0.0", "3.1.0"] }, "openapi": { "type": "string", "pattern": "^3\\.[01]\\.(0|[1-9][0-9]*)$" }, "prefix": { "type": "string", "minLength": 1 }, "compatibility": { "enum": ["backward", "forward", "full", "none"] }, "perspective": { "enum": ["application", "client"] } } } }, "rules": { "type": "object", "additionalProperties": { "enum": ["breaking", "warning", "non-breaking", "unclassified"] } }, "waivers": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["reason"], "properties": { "fingerprint": { "type": ["string", "number"] }, "rule": { "type": "string", "minLength": 1 }, "path": { "type": "string" }, "reason": { "type": "string", "minLength": 1 }, "expires": { "type": "string" }, "owner": { "type": "string" }, "spec": { "type": "string", "minLength": 1 } } } } } };
  const func0 = Object.prototype.hasOwnProperty;
  const func1 = (function ucs2length(str2) {
    const len = str2.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
      length++;
      value = str2.charCodeAt(pos++);
      if (value >= 55296 && value <= 56319 && pos < len) {
        value = str2.charCodeAt(pos);
        if ((value & 64512) === 56320)
          pos++;
      }
    }
    return length;
  });
  const pattern0 = new RegExp("^3\\.[01]\\.(0|[1-9][0-9]*)$", "u");
  function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        if (!(key0 === "specs" || key0 === "rules" || key0 === "waivers")) {
          const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0, data };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      }
      if (data.specs !== void 0) {
        let data0 = data.specs;
        if (Array.isArray(data0)) {
          const len0 = data0.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data1 = data0[i0];
            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
              if (data1.output === void 0) {
                const err1 = { instancePath: instancePath + "/specs/" + i0, schemaPath: "#/properties/specs/items/required", keyword: "required", params: { missingProperty: "output" }, message: "must have required property 'output'", schema: schema0.properties.specs.items.required, parentSchema: schema0.properties.specs.items, data: data1 };
                if (vErrors === null) {
                  vErrors = [err1];
                } else {
                  vErrors.push(err1);
                }
                errors++;
              }
              for (const key1 in data1) {
                if (!func0.call(schema0.properties.specs.items.properties, key1)) {
                  const err2 = { instancePath: instancePath + "/specs/" + i0, schemaPath: "#/properties/specs/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.specs.items, data: data1 };
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                }
              }
              if (data1.output !== void 0) {
                let data2 = data1.output;
                if (typeof data2 === "string") {
                  if (func1(data2) < 1) {
                    const err3 = { instancePath: instancePath + "/specs/" + i0 + "/output", schemaPath: "#/properties/specs/items/properties/output/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.specs.items.properties.output, data: data2 };
                    if (vErrors === null) {
                      vErrors = [err3];
                    } else {
                      vErrors.push(err3);
                    }
                    errors++;
                  }
                } else {
                  const err4 = { instancePath: instancePath + "/specs/" + i0 + "/output", schemaPath: "#/properties/specs/items/properties/output/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.specs.items.properties.output.type, parentSchema: schema0.properties.specs.items.properties.output, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err4];
                  } else {
                    vErrors.push(err4);
                  }
                  errors++;
                }
              }
              if (data1.resources !== void 0) {
                let data3 = data1.resources;
                if (Array.isArray(data3)) {
                  const len1 = data3.length;
                  for (let i1 = 0; i1 < len1; i1++) {
                    let data4 = data3[i1];
                    if (typeof data4 === "string") {
                      if (func1(data4) < 1) {
                        const err5 = { instancePath: instancePath + "/specs/" + i0 + "/resources/" + i1, schemaPath: "#/properties/specs/items/properties/resources/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.specs.items.properties.resources.items, data: data4 };
                        if (vErrors === null) {
                          vErrors = [err5];
                        } else {
                          vErrors.push(err5);
                        }
                        errors++;
                      }
                    } else {
                      const err6 = { instancePath: instancePath + "/specs/" + i0 + "/resources/" + i1, schemaPath: "#/properties/specs/items/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.specs.items.properties.resources.items.type, parentSchema: schema0.properties.specs.items.properties.resources.items, data: data4 };
                      if (vErrors === null) {
                        vErrors = [err6];
                      } else {
                        vErrors.push(err6);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err7 = { instancePath: instancePath + "/specs/" + i0 + "/resources", schemaPath: "#/properties/specs/items/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.specs.items.properties.resources.type, parentSchema: schema0.properties.specs.items.properties.resources, data: data3 };
                  if (vErrors === null) {
                    vErrors = [err7];
                  } else {
                    vErrors.push(err7);
                  }
                  errors++;
                }
              }
              if (data1.title !== void 0) {
                let data5 = data1.title;
                if (typeof data5 !== "string") {
                  const err8 = { instancePath: instancePath + "/specs/" + i0 + "/title", schemaPath: "#/properties/specs/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.specs.items.properties.title.type, parentSchema: schema0.properties.specs.items.properties.title, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              }
              if (data1.description !== void 0) {
                let data6 = data1.description;
                if (typeof data6 !== "string") {
                  const err9 = { instancePath: instancePath + "/specs/" + i0 + "/description", schemaPath: "#/properties/specs/items/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.specs.items.properties.description.type, parentSchema: schema0.properties.specs.items.properties.description, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              }
              if (data1.version !== void 0) {
                let data7 = data1.version;
                if (typeof data7 !== "string" && !(typeof data7 == "number")) {
                  const err10 = { instancePath: instancePath + "/specs/" + i0 + "/version", schemaPath: "#/properties/specs/items/properties/version/type", keyword: "type", params: { type: schema0.properties.specs.items.properties.version.type }, message: "must be string,number", schema: schema0.properties.specs.items.properties.version.type, parentSchema: schema0.properties.specs.items.properties.version, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              }
              if (data1.kind !== void 0) {
                let data8 = data1.kind;
                if (!(data8 === "asyncapi" || data8 === "openapi")) {
                  const err11 = { instancePath: instancePath + "/specs/" + i0 + "/kind", schemaPath: "#/properties/specs/items/properties/kind/enum", keyword: "enum", params: { allowedValues: schema0.properties.specs.items.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.specs.items.properties.kind.enum, parentSchema: schema0.properties.specs.items.properties.kind, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              }
              if (data1.asyncapi !== void 0) {
                let data9 = data1.asyncapi;
                if (!(data9 === "2.5.0" || data9 === "3.0.0" || data9 === "3.1.0")) {
                  const err12 = { instancePath: instancePath + "/specs/" + i0 + "/asyncapi", schemaPath: "#/properties/specs/items/properties/asyncapi/enum", keyword: "enum", params: { allowedValues: schema0.properties.specs.items.properties.asyncapi.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.specs.items.properties.asyncapi.enum, parentSchema: schema0.properties.specs.items.properties.asyncapi, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              }
              if (data1.openapi !== void 0) {
                let data10 = data1.openapi;
                if (typeof data10 === "string") {
                  if (!pattern0.test(data10)) {
                    const err13 = { instancePath: instancePath + "/specs/" + i0 + "/openapi", schemaPath: "#/properties/specs/items/properties/openapi/pattern", keyword: "pattern", params: { pattern: "^3\\.[01]\\.(0|[1-9][0-9]*)$" }, message: 'must match pattern "^3\\.[01]\\.(0|[1-9][0-9]*)$"', schema: "^3\\.[01]\\.(0|[1-9][0-9]*)$", parentSchema: schema0.properties.specs.items.properties.openapi, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                } else {
                  const err14 = { instancePath: instancePath + "/specs/" + i0 + "/openapi", schemaPath: "#/properties/specs/items/properties/openapi/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.specs.items.properties.openapi.type, parentSchema: schema0.properties.specs.items.properties.openapi, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              }
              if (data1.prefix !== void 0) {
                let data11 = data1.prefix;
                if (typeof data11 === "string") {
                  if (func1(data11) < 1) {
                    const err15 = { instancePath: instancePath + "/specs/" + i0 + "/prefix", schemaPath: "#/properties/specs/items/properties/prefix/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.specs.items.properties.prefix, data: data11 };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                } else {
                  const err16 = { instancePath: instancePath + "/specs/" + i0 + "/prefix", schemaPath: "#/properties/specs/items/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.specs.items.properties.prefix.type, parentSchema: schema0.properties.specs.items.properties.prefix, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              }
              if (data1.compatibility !== void 0) {
                let data12 = data1.compatibility;
                if (!(data12 === "backward" || data12 === "forward" || data12 === "full" || data12 === "none")) {
                  const err17 = { instancePath: instancePath + "/specs/" + i0 + "/compatibility", schemaPath: "#/properties/specs/items/properties/compatibility/enum", keyword: "enum", params: { allowedValues: schema0.properties.specs.items.properties.compatibility.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.specs.items.properties.compatibility.enum, parentSchema: schema0.properties.specs.items.properties.compatibility, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              }
              if (data1.perspective !== void 0) {
                let data13 = data1.perspective;
                if (!(data13 === "application" || data13 === "client")) {
                  const err18 = { instancePath: instancePath + "/specs/" + i0 + "/perspective", schemaPath: "#/properties/specs/items/properties/perspective/enum", keyword: "enum", params: { allowedValues: schema0.properties.specs.items.properties.perspective.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.specs.items.properties.perspective.enum, parentSchema: schema0.properties.specs.items.properties.perspective, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
            } else {
              const err19 = { instancePath: instancePath + "/specs/" + i0, schemaPath: "#/properties/specs/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.specs.items.type, parentSchema: schema0.properties.specs.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
        } else {
          const err20 = { instancePath: instancePath + "/specs", schemaPath: "#/properties/specs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.specs.type, parentSchema: schema0.properties.specs, data: data0 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
      if (data.rules !== void 0) {
        let data14 = data.rules;
        if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
          for (const key2 in data14) {
            let data15 = data14[key2];
            if (!(data15 === "breaking" || data15 === "warning" || data15 === "non-breaking" || data15 === "unclassified")) {
              const err21 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema0.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema0.properties.rules.additionalProperties.enum, parentSchema: schema0.properties.rules.additionalProperties, data: data15 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
        } else {
          const err22 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.rules.type, parentSchema: schema0.properties.rules, data: data14 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
      if (data.waivers !== void 0) {
        let data16 = data.waivers;
        if (Array.isArray(data16)) {
          const len2 = data16.length;
          for (let i2 = 0; i2 < len2; i2++) {
            let data17 = data16[i2];
            if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
              if (data17.reason === void 0) {
                const err23 = { instancePath: instancePath + "/waivers/" + i2, schemaPath: "#/properties/waivers/items/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema0.properties.waivers.items.required, parentSchema: schema0.properties.waivers.items, data: data17 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              for (const key3 in data17) {
                if (!(key3 === "fingerprint" || key3 === "rule" || key3 === "path" || key3 === "reason" || key3 === "expires" || key3 === "owner" || key3 === "spec")) {
                  const err24 = { instancePath: instancePath + "/waivers/" + i2, schemaPath: "#/properties/waivers/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.waivers.items, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              }
              if (data17.fingerprint !== void 0) {
                let data18 = data17.fingerprint;
                if (typeof data18 !== "string" && !(typeof data18 == "number")) {
                  const err25 = { instancePath: instancePath + "/waivers/" + i2 + "/fingerprint", schemaPath: "#/properties/waivers/items/properties/fingerprint/type", keyword: "type", params: { type: schema0.properties.waivers.items.properties.fingerprint.type }, message: "must be string,number", schema: schema0.properties.waivers.items.properties.fingerprint.type, parentSchema: schema0.properties.waivers.items.properties.fingerprint, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
              if (data17.rule !== void 0) {
                let data19 = data17.rule;
                if (typeof data19 === "string") {
                  if (func1(data19) < 1) {
                    const err26 = { instancePath: instancePath + "/waivers/" + i2 + "/rule", schemaPath: "#/properties/waivers/items/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.waivers.items.properties.rule, data: data19 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                } else {
                  const err27 = { instancePath: instancePath + "/waivers/" + i2 + "/rule", schemaPath: "#/properties/waivers/items/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.waivers.items.properties.rule.type, parentSchema: schema0.properties.waivers.items.properties.rule, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
              if (data17.path !== void 0) {
                let data20 = data17.path;
                if (typeof data20 !== "string") {
                  const err28 = { instancePath: instancePath + "/waivers/" + i2 + "/path", schemaPath: "#/properties/waivers/items/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.waivers.items.properties.path.type, parentSchema: schema0.properties.waivers.items.properties.path, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              }
              if (data17.reason !== void 0) {
                let data21 = data17.reason;
                if (typeof data21 === "string") {
                  if (func1(data21) < 1) {
                    const err29 = { instancePath: instancePath + "/waivers/" + i2 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.waivers.items.properties.reason, data: data21 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                } else {
                  const err30 = { instancePath: instancePath + "/waivers/" + i2 + "/reason", schemaPath: "#/properties/waivers/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.waivers.items.properties.reason.type, parentSchema: schema0.properties.waivers.items.properties.reason, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
              if (data17.expires !== void 0) {
                let data22 = data17.expires;
                if (typeof data22 !== "string") {
                  const err31 = { instancePath: instancePath + "/waivers/" + i2 + "/expires", schemaPath: "#/properties/waivers/items/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.waivers.items.properties.expires.type, parentSchema: schema0.properties.waivers.items.properties.expires, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              }
              if (data17.owner !== void 0) {
                let data23 = data17.owner;
                if (typeof data23 !== "string") {
                  const err32 = { instancePath: instancePath + "/waivers/" + i2 + "/owner", schemaPath: "#/properties/waivers/items/properties/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.waivers.items.properties.owner.type, parentSchema: schema0.properties.waivers.items.properties.owner, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              }
              if (data17.spec !== void 0) {
                let data24 = data17.spec;
                if (typeof data24 === "string") {
                  if (func1(data24) < 1) {
                    const err33 = { instancePath: instancePath + "/waivers/" + i2 + "/spec", schemaPath: "#/properties/waivers/items/properties/spec/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema0.properties.waivers.items.properties.spec, data: data24 };
                    if (vErrors === null) {
                      vErrors = [err33];
                    } else {
                      vErrors.push(err33);
                    }
                    errors++;
                  }
                } else {
                  const err34 = { instancePath: instancePath + "/waivers/" + i2 + "/spec", schemaPath: "#/properties/waivers/items/properties/spec/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.waivers.items.properties.spec.type, parentSchema: schema0.properties.waivers.items.properties.spec, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
            } else {
              const err35 = { instancePath: instancePath + "/waivers/" + i2, schemaPath: "#/properties/waivers/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.waivers.items.type, parentSchema: schema0.properties.waivers.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
        } else {
          const err36 = { instancePath: instancePath + "/waivers", schemaPath: "#/properties/waivers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.waivers.type, parentSchema: schema0.properties.waivers, data: data16 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      }
    } else {
      const err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.type, parentSchema: schema0, data };
      if (vErrors === null) {
        vErrors = [err37];
      } else {
        vErrors.push(err37);
      }
      errors++;
    }
    validate0.errors = vErrors;
    return errors === 0;
  }
  return validate0;
})();
const validateResource = (() => {
  const schema0 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://firestone-spec-action/resource.schema.json", "type": "object", "required": ["kind", "schema"], "additionalProperties": false, "properties": { "kind": { "type": "string", "pattern": "^[A-Za-z0-9._-]+$" }, "apiVersion": { "type": "string" }, "versionInPath": { "type": "boolean" }, "metadata": {}, "methods": {}, "descriptions": {}, "security": {}, "validations": {}, "default_query_params": { "type": "array", "items": { "$ref": "#/definitions/queryParam" } }, "asyncapi": { "type": "object", "additionalProperties": false, "properties": { "servers": { "type": "object", "additionalProperties": { "type": "object", "required": ["url", "protocol"], "properties": { "url": { "type": "string" }, "protocol": { "type": "string" }, "description": { "type": "string" }, "variables": { "type": "object", "additionalProperties": { "type": "object" } } } } }, "channels": { "type": "object", "additionalProperties": false, "properties": { "resources": { "type": "boolean" }, "instances": { "type": "boolean" }, "instance_attrs": { "type": "boolean" } } } } }, "schema": { "$ref": "#/definitions/resourceSchema" } }, "if": { "required": ["versionInPath"], "properties": { "versionInPath": { "const": true } } }, "then": { "required": ["apiVersion"] }, "definitions": { "queryParam": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "description": { "type": "string" }, "required": { "type": "boolean" }, "schema": { "type": "object" }, "methods": { "type": "array", "items": { "enum": ["get", "post", "put", "patch", "delete", "head", "options", "trace"] } }, "in": { "type": "string" } } }, "resourceSchema": { "type": "object", "required": ["key", "items"], "properties": { "type": { "const": "array" }, "key": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "pattern": "^[A-Za-z0-9._-]+$" }, "description": { "type": "string" }, "schema": { "type": "object" } } }, "methods": { "if": { "type": "array" }, "then": { "type": "array", "items": { "enum": ["get", "post", "put", "patch", "delete", "head", "options", "trace"] } }, "else": { "type": "object", "additionalProperties": false, "properties": { "resource": { "type": "array", "items": { "enum": ["get", "post", "put", "patch", "delete", "head", "options", "trace"] } }, "instance": { "type": "array", "items": { "enum": ["get", "post", "put", "patch", "delete", "head", "options", "trace"] } }, "instance_attrs": { "type": "array", "items": { "enum": ["get", "post", "put", "patch", "delete", "head", "options", "trace"] } } } } }, "descriptions": { "type": "object", "additionalProperties": { "type": "string" } }, "query_params": { "type": "array", "items": { "$ref": "#/definitions/queryParam" } }, "items": { "type": "object", "properties": { "descriptions": { "type": "object", "additionalProperties": { "type": "string" } }, "properties": { "type": "object", "additionalProperties": { "$ref": "#/definitions/property" } } } } } }, "property": { "type": "object", "properties": { "expose": { "type": "boolean" } }, "if": { "required": ["schema"], "not": { "required": ["expose"], "properties": { "expose": { "const": false } } } }, "then": { "properties": { "schema": { "$ref": "#/definitions/resourceSchema" } } } } } };
  const schema1 = { "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "minLength": 1 }, "description": { "type": "string" }, "required": { "type": "boolean" }, "schema": { "type": "object" }, "methods": { "type": "array", "items": { "enum": ["get", "post", "put", "patch", "delete", "head", "options", "trace"] } }, "in": { "type": "string" } } };
  const func0 = Object.prototype.hasOwnProperty;
  const func1 = (function ucs2length(str2) {
    const len = str2.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
      length++;
      value = str2.charCodeAt(pos++);
      if (value >= 55296 && value <= 56319 && pos < len) {
        value = str2.charCodeAt(pos);
        if ((value & 64512) === 56320)
          pos++;
      }
    }
    return length;
  });
  const pattern0 = new RegExp("^[A-Za-z0-9._-]+$", "u");
  const schema2 = { "type": "object", "required": ["key", "items"], "properties": { "type": { "const": "array" }, "key": { "type": "object", "required": ["name"], "properties": { "name": { "type": "string", "pattern": "^[A-Za-z0-9._-]+$" }, "description": { "type": "string" }, "schema": { "type": "object" } } }, "methods": { "if": { "type": "array" }, "then": { "type": "array", "items": { "enum": ["get", "post", "put", "patch", "delete", "head", "options", "trace"] } }, "else": { "type": "object", "additionalProperties": false, "properties": { "resource": { "type": "array", "items": { "enum": ["get", "post", "put", "patch", "delete", "head", "options", "trace"] } }, "instance": { "type": "array", "items": { "enum": ["get", "post", "put", "patch", "delete", "head", "options", "trace"] } }, "instance_attrs": { "type": "array", "items": { "enum": ["get", "post", "put", "patch", "delete", "head", "options", "trace"] } } } } }, "descriptions": { "type": "object", "additionalProperties": { "type": "string" } }, "query_params": { "type": "array", "items": { "$ref": "#/definitions/queryParam" } }, "items": { "type": "object", "properties": { "descriptions": { "type": "object", "additionalProperties": { "type": "string" } }, "properties": { "type": "object", "additionalProperties": { "$ref": "#/definitions/property" } } } } } };
  const schema4 = { "type": "object", "properties": { "expose": { "type": "boolean" } }, "if": { "required": ["schema"], "not": { "required": ["expose"], "properties": { "expose": { "const": false } } } }, "then": { "properties": { "schema": { "$ref": "#/definitions/resourceSchema" } } } };
  const wrapper0 = { validate: validate1 };
  function validate2(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs1 = errors;
    let valid0 = true;
    const _errs2 = errors;
    const _errs3 = errors;
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.expose === void 0 && "expose") {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.expose !== void 0) {
          if (false !== data.expose) {
            const err1 = {};
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    }
    var valid1 = _errs4 === errors;
    if (valid1) {
      const err2 = {};
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    } else {
      errors = _errs3;
      if (vErrors !== null) {
        if (_errs3) {
          vErrors.length = _errs3;
        } else {
          vErrors = null;
        }
      }
    }
    if (errors === _errs2) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.schema === void 0 && "schema") {
          const err3 = {};
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs2 === errors;
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
    if (_valid0) {
      const _errs6 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.schema !== void 0) {
          if (!wrapper0.validate(data.schema, { instancePath: instancePath + "/schema", parentData: data, parentDataProperty: "schema", rootData })) {
            vErrors = vErrors === null ? wrapper0.validate.errors : vErrors.concat(wrapper0.validate.errors);
            errors = vErrors.length;
          }
        }
      }
      var _valid0 = _errs6 === errors;
      valid0 = _valid0;
    }
    if (!valid0) {
      const err4 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema4.if, parentSchema: schema4, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.expose !== void 0) {
        let data2 = data.expose;
        if (typeof data2 !== "boolean") {
          const err5 = { instancePath: instancePath + "/expose", schemaPath: "#/properties/expose/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema4.properties.expose.type, parentSchema: schema4.properties.expose, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    } else {
      const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema4.type, parentSchema: schema4, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    validate2.errors = vErrors;
    return errors === 0;
  }
  function validate1(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.key === void 0) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property 'key'", schema: schema2.required, parentSchema: schema2, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (data.items === void 0) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "items" }, message: "must have required property 'items'", schema: schema2.required, parentSchema: schema2, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (data.type !== void 0) {
        let data0 = data.type;
        if ("array" !== data0) {
          const err2 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "array" }, message: "must be equal to constant", schema: "array", parentSchema: schema2.properties.type, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.key !== void 0) {
        let data1 = data.key;
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
          if (data1.name === void 0) {
            const err3 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema2.properties.key.required, parentSchema: schema2.properties.key, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          if (data1.name !== void 0) {
            let data2 = data1.name;
            if (typeof data2 === "string") {
              if (!pattern0.test(data2)) {
                const err4 = { instancePath: instancePath + "/key/name", schemaPath: "#/properties/key/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]+$" }, message: 'must match pattern "^[A-Za-z0-9._-]+$"', schema: "^[A-Za-z0-9._-]+$", parentSchema: schema2.properties.key.properties.name, data: data2 };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            } else {
              const err5 = { instancePath: instancePath + "/key/name", schemaPath: "#/properties/key/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema2.properties.key.properties.name.type, parentSchema: schema2.properties.key.properties.name, data: data2 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
          if (data1.description !== void 0) {
            let data3 = data1.description;
            if (typeof data3 !== "string") {
              const err6 = { instancePath: instancePath + "/key/description", schemaPath: "#/properties/key/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema2.properties.key.properties.description.type, parentSchema: schema2.properties.key.properties.description, data: data3 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
          if (data1.schema !== void 0) {
            let data4 = data1.schema;
            if (!(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
              const err7 = { instancePath: instancePath + "/key/schema", schemaPath: "#/properties/key/properties/schema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema2.properties.key.properties.schema.type, parentSchema: schema2.properties.key.properties.schema, data: data4 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
        } else {
          const err8 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema2.properties.key.type, parentSchema: schema2.properties.key, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      if (data.methods !== void 0) {
        let data5 = data.methods;
        const _errs11 = errors;
        let valid2 = true;
        const _errs12 = errors;
        if (!Array.isArray(data5)) {
          const err9 = {};
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        var _valid0 = _errs12 === errors;
        errors = _errs11;
        if (vErrors !== null) {
          if (_errs11) {
            vErrors.length = _errs11;
          } else {
            vErrors = null;
          }
        }
        let ifClause0;
        if (_valid0) {
          const _errs14 = errors;
          if (Array.isArray(data5)) {
            const len0 = data5.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data6 = data5[i0];
              if (!(data6 === "get" || data6 === "post" || data6 === "put" || data6 === "patch" || data6 === "delete" || data6 === "head" || data6 === "options" || data6 === "trace")) {
                const err10 = { instancePath: instancePath + "/methods/" + i0, schemaPath: "#/properties/methods/then/items/enum", keyword: "enum", params: { allowedValues: schema2.properties.methods.then.items.enum }, message: "must be equal to one of the allowed values", schema: schema2.properties.methods.then.items.enum, parentSchema: schema2.properties.methods.then.items, data: data6 };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = { instancePath: instancePath + "/methods", schemaPath: "#/properties/methods/then/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema2.properties.methods.then.type, parentSchema: schema2.properties.methods.then, data: data5 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          var _valid0 = _errs14 === errors;
          valid2 = _valid0;
          ifClause0 = "then";
        } else {
          const _errs17 = errors;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key0 in data5) {
              if (!(key0 === "resource" || key0 === "instance" || key0 === "instance_attrs")) {
                const err12 = { instancePath: instancePath + "/methods", schemaPath: "#/properties/methods/else/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema2.properties.methods.else, data: data5 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data5.resource !== void 0) {
              let data7 = data5.resource;
              if (Array.isArray(data7)) {
                const len1 = data7.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data8 = data7[i1];
                  if (!(data8 === "get" || data8 === "post" || data8 === "put" || data8 === "patch" || data8 === "delete" || data8 === "head" || data8 === "options" || data8 === "trace")) {
                    const err13 = { instancePath: instancePath + "/methods/resource/" + i1, schemaPath: "#/properties/methods/else/properties/resource/items/enum", keyword: "enum", params: { allowedValues: schema2.properties.methods.else.properties.resource.items.enum }, message: "must be equal to one of the allowed values", schema: schema2.properties.methods.else.properties.resource.items.enum, parentSchema: schema2.properties.methods.else.properties.resource.items, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err13];
                    } else {
                      vErrors.push(err13);
                    }
                    errors++;
                  }
                }
              } else {
                const err14 = { instancePath: instancePath + "/methods/resource", schemaPath: "#/properties/methods/else/properties/resource/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema2.properties.methods.else.properties.resource.type, parentSchema: schema2.properties.methods.else.properties.resource, data: data7 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data5.instance !== void 0) {
              let data9 = data5.instance;
              if (Array.isArray(data9)) {
                const len2 = data9.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data10 = data9[i2];
                  if (!(data10 === "get" || data10 === "post" || data10 === "put" || data10 === "patch" || data10 === "delete" || data10 === "head" || data10 === "options" || data10 === "trace")) {
                    const err15 = { instancePath: instancePath + "/methods/instance/" + i2, schemaPath: "#/properties/methods/else/properties/instance/items/enum", keyword: "enum", params: { allowedValues: schema2.properties.methods.else.properties.instance.items.enum }, message: "must be equal to one of the allowed values", schema: schema2.properties.methods.else.properties.instance.items.enum, parentSchema: schema2.properties.methods.else.properties.instance.items, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
              } else {
                const err16 = { instancePath: instancePath + "/methods/instance", schemaPath: "#/properties/methods/else/properties/instance/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema2.properties.methods.else.properties.instance.type, parentSchema: schema2.properties.methods.else.properties.instance, data: data9 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data5.instance_attrs !== void 0) {
              let data11 = data5.instance_attrs;
              if (Array.isArray(data11)) {
                const len3 = data11.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data12 = data11[i3];
                  if (!(data12 === "get" || data12 === "post" || data12 === "put" || data12 === "patch" || data12 === "delete" || data12 === "head" || data12 === "options" || data12 === "trace")) {
                    const err17 = { instancePath: instancePath + "/methods/instance_attrs/" + i3, schemaPath: "#/properties/methods/else/properties/instance_attrs/items/enum", keyword: "enum", params: { allowedValues: schema2.properties.methods.else.properties.instance_attrs.items.enum }, message: "must be equal to one of the allowed values", schema: schema2.properties.methods.else.properties.instance_attrs.items.enum, parentSchema: schema2.properties.methods.else.properties.instance_attrs.items, data: data12 };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
              } else {
                const err18 = { instancePath: instancePath + "/methods/instance_attrs", schemaPath: "#/properties/methods/else/properties/instance_attrs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema2.properties.methods.else.properties.instance_attrs.type, parentSchema: schema2.properties.methods.else.properties.instance_attrs, data: data11 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/methods", schemaPath: "#/properties/methods/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema2.properties.methods.else.type, parentSchema: schema2.properties.methods.else, data: data5 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          var _valid0 = _errs17 === errors;
          valid2 = _valid0;
          ifClause0 = "else";
        }
        if (!valid2) {
          const err20 = { instancePath: instancePath + "/methods", schemaPath: "#/properties/methods/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema2.properties.methods.if, parentSchema: schema2.properties.methods, data: data5 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
      if (data.descriptions !== void 0) {
        let data13 = data.descriptions;
        if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
          for (const key1 in data13) {
            let data14 = data13[key1];
            if (typeof data14 !== "string") {
              const err21 = { instancePath: instancePath + "/descriptions/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/descriptions/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema2.properties.descriptions.additionalProperties.type, parentSchema: schema2.properties.descriptions.additionalProperties, data: data14 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
        } else {
          const err22 = { instancePath: instancePath + "/descriptions", schemaPath: "#/properties/descriptions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema2.properties.descriptions.type, parentSchema: schema2.properties.descriptions, data: data13 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
      if (data.query_params !== void 0) {
        let data15 = data.query_params;
        if (Array.isArray(data15)) {
          const len4 = data15.length;
          for (let i4 = 0; i4 < len4; i4++) {
            let data16 = data15[i4];
            if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
              if (data16.name === void 0) {
                const err23 = { instancePath: instancePath + "/query_params/" + i4, schemaPath: "#/definitions/queryParam/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema1.required, parentSchema: schema1, data: data16 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (data16.name !== void 0) {
                let data17 = data16.name;
                if (typeof data17 === "string") {
                  if (func1(data17) < 1) {
                    const err24 = { instancePath: instancePath + "/query_params/" + i4 + "/name", schemaPath: "#/definitions/queryParam/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema1.properties.name, data: data17 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                } else {
                  const err25 = { instancePath: instancePath + "/query_params/" + i4 + "/name", schemaPath: "#/definitions/queryParam/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.name.type, parentSchema: schema1.properties.name, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
              if (data16.description !== void 0) {
                let data18 = data16.description;
                if (typeof data18 !== "string") {
                  const err26 = { instancePath: instancePath + "/query_params/" + i4 + "/description", schemaPath: "#/definitions/queryParam/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.description.type, parentSchema: schema1.properties.description, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
              if (data16.required !== void 0) {
                let data19 = data16.required;
                if (typeof data19 !== "boolean") {
                  const err27 = { instancePath: instancePath + "/query_params/" + i4 + "/required", schemaPath: "#/definitions/queryParam/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema1.properties.required.type, parentSchema: schema1.properties.required, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
              }
              if (data16.schema !== void 0) {
                let data20 = data16.schema;
                if (!(data20 && typeof data20 == "object" && !Array.isArray(data20))) {
                  const err28 = { instancePath: instancePath + "/query_params/" + i4 + "/schema", schemaPath: "#/definitions/queryParam/properties/schema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.properties.schema.type, parentSchema: schema1.properties.schema, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              }
              if (data16.methods !== void 0) {
                let data21 = data16.methods;
                if (Array.isArray(data21)) {
                  const len5 = data21.length;
                  for (let i5 = 0; i5 < len5; i5++) {
                    let data22 = data21[i5];
                    if (!(data22 === "get" || data22 === "post" || data22 === "put" || data22 === "patch" || data22 === "delete" || data22 === "head" || data22 === "options" || data22 === "trace")) {
                      const err29 = { instancePath: instancePath + "/query_params/" + i4 + "/methods/" + i5, schemaPath: "#/definitions/queryParam/properties/methods/items/enum", keyword: "enum", params: { allowedValues: schema1.properties.methods.items.enum }, message: "must be equal to one of the allowed values", schema: schema1.properties.methods.items.enum, parentSchema: schema1.properties.methods.items, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err30 = { instancePath: instancePath + "/query_params/" + i4 + "/methods", schemaPath: "#/definitions/queryParam/properties/methods/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema1.properties.methods.type, parentSchema: schema1.properties.methods, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
              if (data16.in !== void 0) {
                let data23 = data16.in;
                if (typeof data23 !== "string") {
                  const err31 = { instancePath: instancePath + "/query_params/" + i4 + "/in", schemaPath: "#/definitions/queryParam/properties/in/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.in.type, parentSchema: schema1.properties.in, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
              }
            } else {
              const err32 = { instancePath: instancePath + "/query_params/" + i4, schemaPath: "#/definitions/queryParam/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.type, parentSchema: schema1, data: data16 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
        } else {
          const err33 = { instancePath: instancePath + "/query_params", schemaPath: "#/properties/query_params/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema2.properties.query_params.type, parentSchema: schema2.properties.query_params, data: data15 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      }
      if (data.items !== void 0) {
        let data24 = data.items;
        if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
          if (data24.descriptions !== void 0) {
            let data25 = data24.descriptions;
            if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
              for (const key2 in data25) {
                let data26 = data25[key2];
                if (typeof data26 !== "string") {
                  const err34 = { instancePath: instancePath + "/items/descriptions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/items/properties/descriptions/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema2.properties.items.properties.descriptions.additionalProperties.type, parentSchema: schema2.properties.items.properties.descriptions.additionalProperties, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
            } else {
              const err35 = { instancePath: instancePath + "/items/descriptions", schemaPath: "#/properties/items/properties/descriptions/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema2.properties.items.properties.descriptions.type, parentSchema: schema2.properties.items.properties.descriptions, data: data25 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          }
          if (data24.properties !== void 0) {
            let data27 = data24.properties;
            if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
              for (const key3 in data27) {
                if (!validate2(data27[key3], { instancePath: instancePath + "/items/properties/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data27, parentDataProperty: key3, rootData })) {
                  vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors);
                  errors = vErrors.length;
                }
              }
            } else {
              const err36 = { instancePath: instancePath + "/items/properties", schemaPath: "#/properties/items/properties/properties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema2.properties.items.properties.properties.type, parentSchema: schema2.properties.items.properties.properties, data: data27 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
        } else {
          const err37 = { instancePath: instancePath + "/items", schemaPath: "#/properties/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema2.properties.items.type, parentSchema: schema2.properties.items, data: data24 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      }
    } else {
      const err38 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema2.type, parentSchema: schema2, data };
      if (vErrors === null) {
        vErrors = [err38];
      } else {
        vErrors.push(err38);
      }
      errors++;
    }
    validate1.errors = vErrors;
    return errors === 0;
  }
  function validate0(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs1 = errors;
    let valid0 = true;
    const _errs2 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.versionInPath === void 0 && "versionInPath") {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.versionInPath !== void 0) {
          if (true !== data.versionInPath) {
            const err1 = {};
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      }
    }
    var _valid0 = _errs2 === errors;
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
    if (_valid0) {
      const _errs4 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.apiVersion === void 0) {
          const err2 = { instancePath, schemaPath: "#/then/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema0.then.required, parentSchema: schema0.then, data };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      var _valid0 = _errs4 === errors;
      valid0 = _valid0;
    }
    if (!valid0) {
      const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema0.if, parentSchema: schema0, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.kind === void 0) {
        const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema0.required, parentSchema: schema0, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (data.schema === void 0) {
        const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property 'schema'", schema: schema0.required, parentSchema: schema0, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      for (const key0 in data) {
        if (!func0.call(schema0.properties, key0)) {
          const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0, data };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.kind !== void 0) {
        let data1 = data.kind;
        if (typeof data1 === "string") {
          if (!pattern0.test(data1)) {
            const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]+$" }, message: 'must match pattern "^[A-Za-z0-9._-]+$"', schema: "^[A-Za-z0-9._-]+$", parentSchema: schema0.properties.kind, data: data1 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        } else {
          const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.kind.type, parentSchema: schema0.properties.kind, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
      if (data.apiVersion !== void 0) {
        let data2 = data.apiVersion;
        if (typeof data2 !== "string") {
          const err9 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.apiVersion.type, parentSchema: schema0.properties.apiVersion, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.versionInPath !== void 0) {
        let data3 = data.versionInPath;
        if (typeof data3 !== "boolean") {
          const err10 = { instancePath: instancePath + "/versionInPath", schemaPath: "#/properties/versionInPath/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.versionInPath.type, parentSchema: schema0.properties.versionInPath, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      if (data.default_query_params !== void 0) {
        let data4 = data.default_query_params;
        if (Array.isArray(data4)) {
          const len0 = data4.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data5 = data4[i0];
            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
              if (data5.name === void 0) {
                const err11 = { instancePath: instancePath + "/default_query_params/" + i0, schemaPath: "#/definitions/queryParam/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema1.required, parentSchema: schema1, data: data5 };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
              if (data5.name !== void 0) {
                let data6 = data5.name;
                if (typeof data6 === "string") {
                  if (func1(data6) < 1) {
                    const err12 = { instancePath: instancePath + "/default_query_params/" + i0 + "/name", schemaPath: "#/definitions/queryParam/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema1.properties.name, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                } else {
                  const err13 = { instancePath: instancePath + "/default_query_params/" + i0 + "/name", schemaPath: "#/definitions/queryParam/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.name.type, parentSchema: schema1.properties.name, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              }
              if (data5.description !== void 0) {
                let data7 = data5.description;
                if (typeof data7 !== "string") {
                  const err14 = { instancePath: instancePath + "/default_query_params/" + i0 + "/description", schemaPath: "#/definitions/queryParam/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.description.type, parentSchema: schema1.properties.description, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              }
              if (data5.required !== void 0) {
                let data8 = data5.required;
                if (typeof data8 !== "boolean") {
                  const err15 = { instancePath: instancePath + "/default_query_params/" + i0 + "/required", schemaPath: "#/definitions/queryParam/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema1.properties.required.type, parentSchema: schema1.properties.required, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              }
              if (data5.schema !== void 0) {
                let data9 = data5.schema;
                if (!(data9 && typeof data9 == "object" && !Array.isArray(data9))) {
                  const err16 = { instancePath: instancePath + "/default_query_params/" + i0 + "/schema", schemaPath: "#/definitions/queryParam/properties/schema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.properties.schema.type, parentSchema: schema1.properties.schema, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              }
              if (data5.methods !== void 0) {
                let data10 = data5.methods;
                if (Array.isArray(data10)) {
                  const len1 = data10.length;
                  for (let i1 = 0; i1 < len1; i1++) {
                    let data11 = data10[i1];
                    if (!(data11 === "get" || data11 === "post" || data11 === "put" || data11 === "patch" || data11 === "delete" || data11 === "head" || data11 === "options" || data11 === "trace")) {
                      const err17 = { instancePath: instancePath + "/default_query_params/" + i0 + "/methods/" + i1, schemaPath: "#/definitions/queryParam/properties/methods/items/enum", keyword: "enum", params: { allowedValues: schema1.properties.methods.items.enum }, message: "must be equal to one of the allowed values", schema: schema1.properties.methods.items.enum, parentSchema: schema1.properties.methods.items, data: data11 };
                      if (vErrors === null) {
                        vErrors = [err17];
                      } else {
                        vErrors.push(err17);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err18 = { instancePath: instancePath + "/default_query_params/" + i0 + "/methods", schemaPath: "#/definitions/queryParam/properties/methods/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema1.properties.methods.type, parentSchema: schema1.properties.methods, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              }
              if (data5.in !== void 0) {
                let data12 = data5.in;
                if (typeof data12 !== "string") {
                  const err19 = { instancePath: instancePath + "/default_query_params/" + i0 + "/in", schemaPath: "#/definitions/queryParam/properties/in/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema1.properties.in.type, parentSchema: schema1.properties.in, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              }
            } else {
              const err20 = { instancePath: instancePath + "/default_query_params/" + i0, schemaPath: "#/definitions/queryParam/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema1.type, parentSchema: schema1, data: data5 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
        } else {
          const err21 = { instancePath: instancePath + "/default_query_params", schemaPath: "#/properties/default_query_params/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema0.properties.default_query_params.type, parentSchema: schema0.properties.default_query_params, data: data4 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
      if (data.asyncapi !== void 0) {
        let data13 = data.asyncapi;
        if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
          for (const key1 in data13) {
            if (!(key1 === "servers" || key1 === "channels")) {
              const err22 = { instancePath: instancePath + "/asyncapi", schemaPath: "#/properties/asyncapi/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.asyncapi, data: data13 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
          if (data13.servers !== void 0) {
            let data14 = data13.servers;
            if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
              for (const key2 in data14) {
                let data15 = data14[key2];
                if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                  if (data15.url === void 0) {
                    const err23 = { instancePath: instancePath + "/asyncapi/servers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/asyncapi/properties/servers/additionalProperties/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema0.properties.asyncapi.properties.servers.additionalProperties.required, parentSchema: schema0.properties.asyncapi.properties.servers.additionalProperties, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                  if (data15.protocol === void 0) {
                    const err24 = { instancePath: instancePath + "/asyncapi/servers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/asyncapi/properties/servers/additionalProperties/required", keyword: "required", params: { missingProperty: "protocol" }, message: "must have required property 'protocol'", schema: schema0.properties.asyncapi.properties.servers.additionalProperties.required, parentSchema: schema0.properties.asyncapi.properties.servers.additionalProperties, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                  if (data15.url !== void 0) {
                    let data16 = data15.url;
                    if (typeof data16 !== "string") {
                      const err25 = { instancePath: instancePath + "/asyncapi/servers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/url", schemaPath: "#/properties/asyncapi/properties/servers/additionalProperties/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.asyncapi.properties.servers.additionalProperties.properties.url.type, parentSchema: schema0.properties.asyncapi.properties.servers.additionalProperties.properties.url, data: data16 };
                      if (vErrors === null) {
                        vErrors = [err25];
                      } else {
                        vErrors.push(err25);
                      }
                      errors++;
                    }
                  }
                  if (data15.protocol !== void 0) {
                    let data17 = data15.protocol;
                    if (typeof data17 !== "string") {
                      const err26 = { instancePath: instancePath + "/asyncapi/servers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/protocol", schemaPath: "#/properties/asyncapi/properties/servers/additionalProperties/properties/protocol/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.asyncapi.properties.servers.additionalProperties.properties.protocol.type, parentSchema: schema0.properties.asyncapi.properties.servers.additionalProperties.properties.protocol, data: data17 };
                      if (vErrors === null) {
                        vErrors = [err26];
                      } else {
                        vErrors.push(err26);
                      }
                      errors++;
                    }
                  }
                  if (data15.description !== void 0) {
                    let data18 = data15.description;
                    if (typeof data18 !== "string") {
                      const err27 = { instancePath: instancePath + "/asyncapi/servers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/asyncapi/properties/servers/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema0.properties.asyncapi.properties.servers.additionalProperties.properties.description.type, parentSchema: schema0.properties.asyncapi.properties.servers.additionalProperties.properties.description, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err27];
                      } else {
                        vErrors.push(err27);
                      }
                      errors++;
                    }
                  }
                  if (data15.variables !== void 0) {
                    let data19 = data15.variables;
                    if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                      for (const key3 in data19) {
                        let data20 = data19[key3];
                        if (!(data20 && typeof data20 == "object" && !Array.isArray(data20))) {
                          const err28 = { instancePath: instancePath + "/asyncapi/servers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/variables/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/asyncapi/properties/servers/additionalProperties/properties/variables/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.asyncapi.properties.servers.additionalProperties.properties.variables.additionalProperties.type, parentSchema: schema0.properties.asyncapi.properties.servers.additionalProperties.properties.variables.additionalProperties, data: data20 };
                          if (vErrors === null) {
                            vErrors = [err28];
                          } else {
                            vErrors.push(err28);
                          }
                          errors++;
                        }
                      }
                    } else {
                      const err29 = { instancePath: instancePath + "/asyncapi/servers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/variables", schemaPath: "#/properties/asyncapi/properties/servers/additionalProperties/properties/variables/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.asyncapi.properties.servers.additionalProperties.properties.variables.type, parentSchema: schema0.properties.asyncapi.properties.servers.additionalProperties.properties.variables, data: data19 };
                      if (vErrors === null) {
                        vErrors = [err29];
                      } else {
                        vErrors.push(err29);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err30 = { instancePath: instancePath + "/asyncapi/servers/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/asyncapi/properties/servers/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.asyncapi.properties.servers.additionalProperties.type, parentSchema: schema0.properties.asyncapi.properties.servers.additionalProperties, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              }
            } else {
              const err31 = { instancePath: instancePath + "/asyncapi/servers", schemaPath: "#/properties/asyncapi/properties/servers/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.asyncapi.properties.servers.type, parentSchema: schema0.properties.asyncapi.properties.servers, data: data14 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
          if (data13.channels !== void 0) {
            let data21 = data13.channels;
            if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
              for (const key4 in data21) {
                if (!(key4 === "resources" || key4 === "instances" || key4 === "instance_attrs")) {
                  const err32 = { instancePath: instancePath + "/asyncapi/channels", schemaPath: "#/properties/asyncapi/properties/channels/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema0.properties.asyncapi.properties.channels, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              }
              if (data21.resources !== void 0) {
                let data22 = data21.resources;
                if (typeof data22 !== "boolean") {
                  const err33 = { instancePath: instancePath + "/asyncapi/channels/resources", schemaPath: "#/properties/asyncapi/properties/channels/properties/resources/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.asyncapi.properties.channels.properties.resources.type, parentSchema: schema0.properties.asyncapi.properties.channels.properties.resources, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              }
              if (data21.instances !== void 0) {
                let data23 = data21.instances;
                if (typeof data23 !== "boolean") {
                  const err34 = { instancePath: instancePath + "/asyncapi/channels/instances", schemaPath: "#/properties/asyncapi/properties/channels/properties/instances/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.asyncapi.properties.channels.properties.instances.type, parentSchema: schema0.properties.asyncapi.properties.channels.properties.instances, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
              }
              if (data21.instance_attrs !== void 0) {
                let data24 = data21.instance_attrs;
                if (typeof data24 !== "boolean") {
                  const err35 = { instancePath: instancePath + "/asyncapi/channels/instance_attrs", schemaPath: "#/properties/asyncapi/properties/channels/properties/instance_attrs/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema0.properties.asyncapi.properties.channels.properties.instance_attrs.type, parentSchema: schema0.properties.asyncapi.properties.channels.properties.instance_attrs, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              }
            } else {
              const err36 = { instancePath: instancePath + "/asyncapi/channels", schemaPath: "#/properties/asyncapi/properties/channels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.asyncapi.properties.channels.type, parentSchema: schema0.properties.asyncapi.properties.channels, data: data21 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
        } else {
          const err37 = { instancePath: instancePath + "/asyncapi", schemaPath: "#/properties/asyncapi/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.properties.asyncapi.type, parentSchema: schema0.properties.asyncapi, data: data13 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      }
      if (data.schema !== void 0) {
        if (!validate1(data.schema, { instancePath: instancePath + "/schema", parentData: data, parentDataProperty: "schema", rootData })) {
          vErrors = vErrors === null ? validate1.errors : vErrors.concat(validate1.errors);
          errors = vErrors.length;
        }
      }
    } else {
      const err38 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema0.type, parentSchema: schema0, data };
      if (vErrors === null) {
        vErrors = [err38];
      } else {
        vErrors.push(err38);
      }
      errors++;
    }
    validate0.errors = vErrors;
    return errors === 0;
  }
  return validate0;
})();
function setOwn(obj, key, value) {
  if (key === "__proto__")
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else
    obj[key] = value;
}
const ownValue = (obj, key) => Object.hasOwn(obj, key) ? obj[key] : void 0;
const isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function childOf(node, seg) {
  if (Array.isArray(node))
    return typeof seg === "number" ? node[seg] : isArrayIndex(seg) ? node[Number(seg)] : void 0;
  return isRecord(node) ? ownValue(node, String(seg)) : void 0;
}
const SHARED = /* @__PURE__ */ Symbol("shared");
function markShared(node) {
  Object.defineProperty(node, SHARED, { value: true });
}
const isShared = (node) => node[SHARED] === true;
const PLAIN_DEPTH = 64;
const PLAIN_STEPS = 1 << 20;
let steps = 0;
let seen = null;
let known = null;
let tracked = null;
function dataEqual(a, b) {
  steps = 0;
  seen = null;
  const result = equal(a, b, 0);
  seen = null;
  return result;
}
function memoizedEqual() {
  const equalPairs = /* @__PURE__ */ new WeakMap();
  return (a, b) => {
    known = equalPairs;
    tracked = [];
    const result = dataEqual(a, b);
    if (result)
      for (const [x, y] of tracked) {
        let set = equalPairs.get(x);
        if (set === void 0)
          equalPairs.set(x, set = /* @__PURE__ */ new WeakSet());
        set.add(y);
      }
    known = null;
    tracked = null;
    return result;
  };
}
function equal(a, b, depth) {
  if (a === b)
    return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null)
    return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b))
    return false;
  if (isShared(a) || isShared(b) || ++steps > PLAIN_STEPS || depth > PLAIN_DEPTH) {
    if (known?.get(a)?.has(b))
      return true;
    tracked?.push([a, b]);
    seen ??= /* @__PURE__ */ new WeakMap();
    let visited = seen.get(a);
    if (visited?.has(b))
      return true;
    if (visited === void 0)
      seen.set(a, visited = /* @__PURE__ */ new WeakSet());
    visited.add(b);
  }
  if (Array.isArray(a)) {
    const bb = b;
    if (a.length !== bb.length)
      return false;
    for (let i = 0; i < a.length; i++)
      if (!equal(a[i], bb[i], depth + 1))
        return false;
    return true;
  }
  const ra = a;
  const rb = b;
  let count2 = 0;
  for (const k in ra) {
    if (!Object.hasOwn(rb, k) || !equal(ra[k], rb[k], depth + 1))
      return false;
    count2++;
  }
  for (const _ in rb)
    count2--;
  return count2 === 0;
}
let asyncApiDiffLoaded;
let jsYamlLoaded;
let tinyglobbyLoaded;
let yamlLoaded;
const asyncApiDiff = () => asyncApiDiffLoaded ??= require("./cli-asyncapi-diff.cjs").default;
const jsYaml = () => jsYamlLoaded ??= require("./cli-js-yaml.cjs").default;
const tinyglobby = () => tinyglobbyLoaded ??= require("./cli-tinyglobby.cjs").default;
const yaml = () => yamlLoaded ??= require("./cli-yaml.cjs").default;
function once(make) {
  let made = false;
  let value;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
const MAX_FILE_BYTES = 5 * 1024 * 1024;
const MAX_SPEC_BYTES = 64 * 1024 * 1024;
const megabytes = (bytes) => `${bytes / (1024 * 1024)} MB`;
function isInside(root, target2) {
  const rel = path.relative(root, target2);
  return rel === "" || !rel.startsWith("..") && !path.isAbsolute(rel);
}
const toPosix = (p) => p.split(path.sep).join("/");
const normalizeRelative = (p) => path.posix.normalize(p.replace(/\\/g, "/")).replace(/^\.\//, "");
const NOT_BLOCK = /* @__PURE__ */ Symbol("not block yaml");
class NotBlock extends Error {
}
const bail = () => {
  throw new NotBlock();
};
const UNUSUAL_CHAR = /[\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?:[^\ud800-\udbff]|^)[\udc00-\udfff]/;
const MARKER = /^(?:---|\.\.\.)(?:[ \n]|$)|^%/m;
function unusual(text2) {
  if (UNUSUAL_CHAR.test(text2))
    return true;
  if (/^(?:---|\.\.\.|%)/.test(text2) || ["\n---", "\n...", "\n%"].some((m) => text2.includes(m))) {
    if (MARKER.test(text2))
      return true;
  }
  return /[\ud800-\udfff]/.test(text2) && LONE_SURROGATE.test(text2);
}
const INDICATOR = new Set("-?:,[]{}#&*!|>'\"%@`".split("").map((c) => c.charCodeAt(0)));
const CORE_WORDS = /* @__PURE__ */ new Set(["null", "Null", "NULL", "true", "True", "TRUE", "false", "False", "FALSE"]);
function mayBeCoreTyped(text2) {
  const c = text2.charCodeAt(0);
  if (c >= 48 && c <= 57 || c === 45 || c === 43 || c === 46 || c === 126 || c === 60)
    return true;
  const word = c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70;
  return word && (text2.length === 4 || text2.length === 5) && CORE_WORDS.has(text2);
}
const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
function readBlockYaml(text2, resolve, limits) {
  if (unusual(text2))
    return NOT_BLOCK;
  try {
    return new Reader(text2, resolve, limits).document();
  } catch (e) {
    if (e instanceof NotBlock)
      return NOT_BLOCK;
    throw e;
  }
}
function readsAsBlockYaml(text2, expected, resolve, limits) {
  if (unusual(text2))
    return false;
  try {
    new Reader(text2, resolve, limits).document(expected);
    return true;
  } catch (e) {
    if (e instanceof NotBlock)
      return false;
    throw e;
  }
}
const BUILD = /* @__PURE__ */ Symbol("build");
class Reader {
  text;
  resolve;
  limits;
  /** Where each line starts; one more entry, one past the text's end, closes the last line. */
  starts;
  count;
  /** The next line to read. */
  at = 0;
  /** The indentation of the line nextContent found. */
  indent = 0;
  /** Where the last key read ends (after its `:`). */
  keyEnd = 0;
  nodes = 0;
  constructor(text2, resolve, limits) {
    this.text = text2;
    this.resolve = resolve;
    this.limits = limits;
    let count2 = 1;
    for (let i = text2.indexOf("\n"); i >= 0; i = text2.indexOf("\n", i + 1))
      count2++;
    this.starts = new Uint32Array(count2 + 1);
    let line = 1;
    for (let i = text2.indexOf("\n"); i >= 0; i = text2.indexOf("\n", i + 1))
      this.starts[line++] = i + 1;
    this.count = count2;
    this.starts[count2] = text2.length + 1;
  }
  /**
   * The data, built; or, given `want`, held to it: the first difference ends the reading as
   * NOT_BLOCK does (the caller tells the two apart by which it asked for).
   */
  document(want = BUILD) {
    const first = this.nextContent();
    if (first < 0 || this.indent !== 0 || startsSequence(this.text, this.start(first)))
      bail();
    const root = this.mapping(first, 0, 0, want);
    if (this.nextContent() >= 0)
      bail();
    return root;
  }
  start(line) {
    return this.starts[line];
  }
  /** Where a line ends: its line break, or the text's end. */
  end(line) {
    return this.starts[line + 1] - 1;
  }
  /** The next line that is neither blank nor a comment (the cursor moves there), or -1. */
  nextContent() {
    const { text: text2 } = this;
    for (; this.at < this.count; this.at++) {
      const s = this.start(this.at);
      const indent = indentOf(text2, s);
      const c = text2.charCodeAt(s + indent);
      if (s + indent < this.end(this.at) && c !== HASH) {
        this.indent = indent;
        return this.at;
      }
    }
    return -1;
  }
  enter(depth) {
    if (depth > this.limits.maxDepth || ++this.nodes > this.limits.maxNodes)
      bail();
  }
  /** A block node that starts at column `col` of line `l` (the cursor is on that line). */
  node(l, col, depth, want) {
    return startsSequence(this.text, this.start(l) + col) ? this.sequence(l, col, depth, want) : this.mapping(l, col, depth, want);
  }
  /** A scalar (or empty collection) read; held to `want` unless building. */
  give(value, want) {
    if (want !== BUILD && value !== want && !dataEqual(value, want))
      bail();
    return value;
  }
  /** A block mapping whose entries start at column `col`; the first one on line `l`, which may be mid-line. */
  mapping(l, col, depth, want) {
    this.enter(depth);
    if (want !== BUILD)
      return this.matchMapping(l, col, depth, want);
    const out = {};
    for (let i = l; ; ) {
      const key = this.key(i, col);
      if (Object.hasOwn(out, key))
        bail();
      const value = this.value(i, this.keyEnd, col, depth, false, BUILD);
      if (key === "__proto__")
        Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      else
        out[key] = value;
      i = this.nextContent();
      if (i < 0 || this.indent < col)
        break;
      if (this.indent > col)
        bail();
    }
    return out;
  }
  /**
   * mapping, held to `want`: its keys in the order a mapping built from the text would have them,
   * and each value (a duplicate key can't match). The text's order is the object's, but for keys
   * like `0` that an object lists first: once the text leaves the object's order, keys are looked
   * up, and the order is checked at the end on an object built from the keys read.
   */
  matchMapping(l, col, depth, want) {
    if (!isRecord(want))
      bail();
    const wanted = want;
    const keys = Object.keys(wanted);
    let n = 0;
    let read = null;
    for (let i = l; ; ) {
      const next = read === null ? keys[n] : void 0;
      const key = next !== void 0 && this.isKey(i, col, next) ? next : this.key(i, col);
      if (read === null && key !== next)
        read = new Set(keys.slice(0, n));
      if (read !== null) {
        if (!Object.hasOwn(wanted, key) || read.has(key))
          bail();
        read.add(key);
      }
      n++;
      this.value(i, this.keyEnd, col, depth, false, wanted[key]);
      i = this.nextContent();
      if (i < 0 || this.indent < col)
        break;
      if (this.indent > col)
        bail();
    }
    if (n !== keys.length)
      bail();
    if (read !== null) {
      const built = {};
      for (const key of read)
        Object.defineProperty(built, key, { value: null, enumerable: true });
      if (Object.keys(built).some((key, k) => key !== keys[k]))
        bail();
    }
    return wanted;
  }
  /** A block sequence whose `-` indicators are at column `col`; the first one on line `l`. */
  sequence(l, col, depth, want) {
    this.enter(depth);
    const wanted = want === BUILD ? null : Array.isArray(want) ? want : bail();
    const out = [];
    let n = 0;
    for (let i = l; ; ) {
      const dash = this.start(i) + col;
      if (!startsSequence(this.text, dash)) {
        if (i === l)
          bail();
        break;
      }
      if (wanted === null)
        out.push(this.value(i, dash + 1, col, depth, true, BUILD));
      else if (n < wanted.length)
        this.value(i, dash + 1, col, depth, true, wanted[n]);
      else
        bail();
      n++;
      i = this.nextContent();
      if (i < 0 || this.indent < col)
        break;
      if (this.indent > col)
        bail();
    }
    if (wanted === null)
      return out;
    return n === wanted.length ? wanted : bail();
  }
  /**
   * The key of a mapping entry at column `col` of line `l` (keyEnd: the position right after its
   * `:`). Keys are single-line plain or quoted scalars that any resolution leaves as written.
   */
  key(l, col) {
    const { text: text2 } = this;
    const p = this.start(l) + col;
    const end = this.end(l);
    const c = text2.charCodeAt(p);
    if (c === 39 || c === 34) {
      const quoted2 = quotedAt(text2, p, end);
      if (text2.charCodeAt(quoted2.end) !== COLON || !separates(text2, quoted2.end + 1))
        bail();
      this.keyEnd = quoted2.end + 1;
      return quoted2.value;
    }
    if (INDICATOR.has(c))
      bail();
    const colon = keyColon(text2, p, end);
    if (colon < 0)
      bail();
    const key = text2.slice(p, colon);
    if (key.includes(" #") || key.charCodeAt(key.length - 1) === SPACE || key === "<<")
      bail();
    const resolved = this.plain(key);
    if (typeof resolved !== "string" && String(resolved) !== key)
      bail();
    this.keyEnd = colon + 1;
    return key;
  }
  /**
   * Whether the entry at column `col` of line `l` has the plain key `expected`, as key() would
   * read it (keyEnd set as key() sets it), without cutting the key out of the text; false means
   * ask key().
   */
  isKey(l, col, expected) {
    const { text: text2 } = this;
    const p = this.start(l) + col;
    const colon = p + expected.length;
    if (colon >= this.end(l) || INDICATOR.has(expected.charCodeAt(0)) || !text2.startsWith(expected, p) || keyColon(text2, p, colon + 1) !== colon || expected.includes(" #") || expected.charCodeAt(expected.length - 1) === SPACE || expected === "<<" || this.resolve(expected) !== expected)
      return false;
    this.keyEnd = colon + 1;
    return true;
  }
  /**
   * The value after a key's `:` or a sequence's `-` (position `p` of line `l`), inside a collection
   * at column `col`. The cursor ends on the line after the value.
   */
  value(l, p, col, depth, inSequence, want) {
    const { text: text2 } = this;
    const lineEnd = this.end(l);
    let start = p;
    while (text2.charCodeAt(start) === SPACE)
      start++;
    if (start >= lineEnd)
      return this.nested(l, col, depth, inSequence, want);
    const c = text2.charCodeAt(start);
    if (start === p || c === HASH)
      bail();
    if (inSequence) {
      const at2 = start - this.start(l);
      if (startsSequence(text2, start))
        return this.sequence(l, at2, depth + 1, want);
      if (hasKey(text2, start, lineEnd))
        return this.mapping(l, at2, depth + 1, want);
    }
    this.at = l + 1;
    if (c === 124)
      return this.give(this.literal(start, lineEnd, col), want);
    if (c === 39 || c === 34) {
      const quoted2 = quotedAt(text2, start, lineEnd);
      if (!onlySpaces(text2, quoted2.end))
        bail();
      return this.give(quoted2.value, want);
    }
    let end = lineEnd;
    while (text2.charCodeAt(end - 1) === SPACE)
      end--;
    if (c === 123 || c === 91) {
      const empty = end - start === 2 && text2.charCodeAt(start + 1) === (c === 123 ? 125 : 93);
      if (!empty)
        bail();
      this.enter(depth + 1);
      return this.give(c === 123 ? {} : [], want);
    }
    if (INDICATOR.has(c) && !(c === DASH && end - start > 1 && text2.charCodeAt(start + 1) !== SPACE))
      bail();
    for (let k = start + 1; k < end; k++) {
      const ch = text2.charCodeAt(k);
      if (ch === HASH && text2.charCodeAt(k - 1) === SPACE || ch === COLON && separates(text2, k + 1))
        bail();
    }
    if (typeof want === "string" && want.length === end - start && text2.startsWith(want, start)) {
      if (this.resolve(want) === want)
        return want;
    }
    return this.give(this.plain(text2.slice(start, end)), want);
  }
  /** A value that starts on a later line (or an empty one, which is null). */
  nested(l, col, depth, inSequence, want) {
    this.at = l + 1;
    const next = this.nextContent();
    if (next < 0)
      return inSequence ? bail() : this.give(null, want);
    const { indent } = this;
    if (indent > col)
      return this.node(next, indent, depth + 1, want);
    if (indent === col && !inSequence && startsSequence(this.text, this.start(next) + col))
      return this.sequence(next, col, depth + 1, want);
    if (inSequence)
      bail();
    return this.give(null, want);
  }
  /** A `|` block scalar whose header is at `p` (its line ends at `lineEnd`), in a collection at column `col`. */
  literal(p, lineEnd, col) {
    const { text: text2 } = this;
    let chomp = "";
    let explicit = 0;
    let q = p + 1;
    for (let k = 0; k < 2; k++) {
      const c = text2.charCodeAt(q);
      if ((c === 45 || c === 43) && chomp === "" && q < lineEnd) {
        chomp = text2[q];
        q++;
      } else if (c >= 49 && c <= 57 && explicit === 0 && q < lineEnd) {
        explicit = c - 48;
        q++;
      }
    }
    if (!onlySpaces(text2, q))
      bail();
    let indent = explicit > 0 ? col + explicit : -1;
    const body = [];
    let i = this.at;
    for (; i < this.count; i++) {
      const s = this.start(i);
      const e = this.end(i);
      const spaces = indentOf(text2, s);
      if (s + spaces >= e) {
        if (indent >= 0 && e - s > indent)
          body.push(text2.slice(s + indent, e));
        else if (indent < 0 && e - s > col + 1)
          bail();
        else
          body.push("");
        continue;
      }
      if (indent < 0) {
        if (spaces <= col)
          break;
        indent = spaces;
      }
      if (spaces < indent)
        break;
      body.push(text2.slice(s + indent, e));
    }
    const endsWithBreak = text2.charCodeAt(text2.length - 1) === 10;
    if (i === this.count && !endsWithBreak)
      bail();
    this.at = i;
    if (i === this.count)
      body.pop();
    let last = body.length;
    while (last > 0 && body[last - 1] === "")
      last--;
    if (last === 0)
      return chomp === "+" ? "\n".repeat(body.length) : "";
    const content = body.slice(0, last).join("\n");
    if (chomp === "-")
      return content;
    if (chomp === "+")
      return content + "\n".repeat(body.length - last + 1);
    return content + "\n";
  }
  plain(text2) {
    const value = this.resolve(text2);
    return value === NOT_BLOCK ? bail() : value;
  }
}
const NEWLINE = 10;
function indentOf(text2, p) {
  let i = p;
  while (text2.charCodeAt(i) === SPACE)
    i++;
  return i - p;
}
function onlySpaces(text2, from) {
  let i = from;
  while (text2.charCodeAt(i) === SPACE)
    i++;
  return i >= text2.length || text2.charCodeAt(i) === NEWLINE;
}
const separates = (text2, p) => {
  const c = text2.charCodeAt(p);
  return p >= text2.length || c === SPACE || c === NEWLINE;
};
const startsSequence = (text2, p) => text2.charCodeAt(p) === DASH && separates(text2, p + 1);
function keyColon(text2, p, end) {
  for (let k = p; k < end; k++)
    if (text2.charCodeAt(k) === COLON && separates(text2, k + 1))
      return k;
  return -1;
}
function hasKey(text2, p, end) {
  const c = text2.charCodeAt(p);
  if (c === 39 || c === 34)
    return text2.charCodeAt(quotedAt(text2, p, end).end) === COLON;
  return keyColon(text2, p, end) >= 0;
}
const quotedAt = (text2, p, end) => text2.charCodeAt(p) === 39 ? singleQuoted(text2, p, end) : doubleQuoted(text2, p, end);
function singleQuoted(text2, p, end) {
  let value = "";
  let from = p + 1;
  for (; ; ) {
    const q = text2.indexOf("'", from);
    if (q < 0 || q >= end)
      bail();
    value += text2.slice(from, q);
    if (text2.charCodeAt(q + 1) !== 39 || q + 1 >= end)
      return { value, end: q + 1 };
    value += "'";
    from = q + 2;
  }
}
const SIMPLE_ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};
const HEX_LENGTH = { x: 2, u: 4, U: 8 };
const HEX = /^[0-9a-fA-F]+$/;
function doubleQuoted(text2, p, end) {
  let value = "";
  let from = p + 1;
  for (; ; ) {
    let q = from;
    while (q < end && text2.charCodeAt(q) !== 34 && text2.charCodeAt(q) !== 92)
      q++;
    if (q >= end)
      bail();
    value += text2.slice(from, q);
    if (text2.charCodeAt(q) === 34)
      return { value, end: q + 1 };
    if (q + 1 >= end)
      bail();
    const e = text2[q + 1];
    const simple = Object.hasOwn(SIMPLE_ESCAPES, e) ? SIMPLE_ESCAPES[e] : void 0;
    if (simple !== void 0) {
      value += simple;
      from = q + 2;
      continue;
    }
    const length = Object.hasOwn(HEX_LENGTH, e) ? HEX_LENGTH[e] : 0;
    const hex = text2.slice(q + 2, Math.min(q + 2 + length, end));
    if (length === 0 || hex.length !== length || !HEX.test(hex))
      bail();
    const code2 = parseInt(hex, 16);
    if (code2 > 1114111)
      bail();
    value += String.fromCodePoint(code2);
    from = q + 2 + length;
  }
}
const coreTags = once(() => new (yaml()).Schema({ schema: "core" }).tags.flatMap((tag) => "test" in tag && tag.test && tag.default && "resolve" in tag ? [tag] : []));
function coreTagOf(text2) {
  if (!mayBeCoreTyped(text2))
    return void 0;
  return coreTags().find((tag) => tag.test.test(text2));
}
const noop = () => {
};
const CORE_OPTIONS = { intAsBigInt: false };
function resolveCore(text2) {
  const tag = coreTagOf(text2);
  if (tag === void 0)
    return text2;
  const value = tag.resolve(text2, noop, CORE_OPTIONS);
  return yaml().isScalar(value) ? value.value : value;
}
const coreType = once(() => new (jsYaml()).Type("tag:yaml.org,2002:core", {
  kind: "scalar",
  resolve: (text2) => coreTagOf(text2) !== void 0,
  construct: resolveCore
}));
const coreSchema = (extra = []) => jsYaml().FAILSAFE_SCHEMA.extend({ implicit: [coreType(), ...extra] });
const NOT_FAST = /* @__PURE__ */ Symbol("not fast");
const schema = once(() => coreSchema());
const NEEDS_YAML = /(?:^|[\s[{,])(?:[&*]\S|!)|<<|^%|(?:^|[\s[{,])\?(?:\s|$)|[\]}][ \t]*:(?:\s|$)/m;
const SCALAR_LOOKING_KEY = /^(?:[-+]?[0-9.]|true$|false$|null$|NaN$|-?Infinity$|__proto__$)/;
class Bail extends Error {
}
const QUOTE_OR_FLOW = /* @__PURE__ */ new Set([34, 39, 91, 123]);
function quotedOrFlowStart(state) {
  const { input } = state;
  let line = state.line;
  let p = state.position;
  for (; ; ) {
    const c = input.charCodeAt(p);
    if (c === 32 || c === 9 || c === 13)
      p++;
    else if (c === 10) {
      p++;
      line++;
    } else if (c === 35) {
      while (p < input.length && input.charCodeAt(p) !== 10)
        p++;
    } else
      return QUOTE_OR_FLOW.has(c) ? line : -1;
  }
}
function fastPlainData(text2, maxDepth) {
  const block = readBlockYaml(text2, resolveCore, { maxDepth: maxDepth - 2, maxNodes: Number.MAX_SAFE_INTEGER });
  if (block !== NOT_BLOCK)
    return block;
  if (NEEDS_YAML.test(text2))
    return NOT_FAST;
  const starts = [];
  const listener = (event, state) => {
    if (event === "open") {
      if (starts.length >= maxDepth)
        throw new Bail();
      starts.push(quotedOrFlowStart(state));
    } else {
      const line = starts.pop();
      if (line !== -1 && (line !== state.line || state.input.charCodeAt(state.position) === 35))
        throw new Bail();
    }
  };
  let data;
  try {
    data = jsYaml().load(text2, { schema: schema(), listener });
  } catch {
    return NOT_FAST;
  }
  if (typeof data !== "object" || data === null || !keysAreVerbatim(data))
    return NOT_FAST;
  return data;
}
function keysAreVerbatim(root) {
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== "object" || node === null)
      continue;
    if (Array.isArray(node)) {
      for (const item of node)
        stack.push(item);
      continue;
    }
    for (const key of Object.keys(node)) {
      if (SCALAR_LOOKING_KEY.test(key))
        return false;
      stack.push(node[key]);
    }
  }
  return true;
}
const UNKNOWN = -2;
const isItem = (body) => body === "-" || body.startsWith("- ");
function keyOf(body) {
  if (body.startsWith('"')) {
    const end = closingQuote(body, '"');
    if (end === -1 || !isKeyEnd(body, end + 1))
      return null;
    try {
      return JSON.parse(body.slice(0, end + 1));
    } catch {
      return null;
    }
  }
  if (body.startsWith("'")) {
    const end = closingQuote(body, "'");
    if (end === -1 || !isKeyEnd(body, end + 1))
      return null;
    return body.slice(1, end).replaceAll("''", "'");
  }
  if (/^[?{[&*!|>%@`]/.test(body) || isItem(body))
    return null;
  for (let i = body.indexOf(":"); i !== -1; i = body.indexOf(":", i + 1)) {
    if (isKeyEnd(body, i))
      return body.slice(0, i).replace(TRAILING_WHITE, "");
  }
  return null;
}
const isKeyEnd = (body, colon) => body[colon] === ":" && (colon + 1 === body.length || body[colon + 1] === " " || body[colon + 1] === "	");
function closingQuote(body, quote2) {
  for (let i = 1; i < body.length; i++) {
    if (quote2 === '"' && body[i] === "\\")
      i++;
    else if (body[i] === quote2) {
      if (quote2 === "'" && body[i + 1] === "'")
        i++;
      else
        return i;
    }
  }
  return -1;
}
const LEADING_SPACE = /[ \t\r]*/y;
const LEADING_WHITE = /^[ \t]+/;
const TRAILING_WHITE = /[ \t]+$/;
function plainIndentAt(text2, start, end) {
  LEADING_SPACE.lastIndex = start;
  LEADING_SPACE.test(text2);
  const p = LEADING_SPACE.lastIndex;
  if (p >= end || text2.charCodeAt(p) === 35)
    return -1;
  const last = text2.charCodeAt(end - 1) === 13 ? end - 1 : end;
  return last === p + 3 && text2.startsWith("---", p) ? -1 : p - start;
}
function deeperAt(text2, start, indent) {
  for (let k = 0; k <= indent; k++)
    if (text2.charCodeAt(start + k) !== 32)
      return false;
  return true;
}
function blockYamlLineFinder(text2) {
  const find = blockYamlFinder(text2);
  return (segs) => find(segs).line;
}
function blockYamlFinder(text2) {
  let count2 = 1;
  for (let i = text2.indexOf("\n"); i >= 0; i = text2.indexOf("\n", i + 1))
    count2++;
  const starts = new Uint32Array(count2 + 1);
  if (text2.charCodeAt(0) === 65279)
    starts[0] = 1;
  for (let i = text2.indexOf("\n"), n = 1; i >= 0; i = text2.indexOf("\n", i + 1))
    starts[n++] = i + 1;
  starts[count2] = text2.length + 1;
  const endOf = (i) => starts[i + 1] - 1;
  const lineText = (i) => i < count2 ? text2.slice(starts[i], endOf(i)) : "";
  const indents = new Int32Array(count2).fill(UNKNOWN);
  const read = (i, itemLine) => {
    let s = lineText(i);
    if (s.endsWith("\r"))
      s = s.slice(0, -1);
    if (i === itemLine)
      s = s.replace(/^([ \t]*)-(?= |$)/, "$1 ");
    const body = s.replace(LEADING_WHITE, "");
    if (body === "" || body.startsWith("#") || body === "---")
      return null;
    return { indent: s.length - body.length, body };
  };
  const indentOf2 = (i, itemLine) => {
    if (i === itemLine)
      return read(i, itemLine)?.indent ?? -1;
    let n = indents[i];
    if (n === UNKNOWN)
      indents[i] = n = i < count2 ? plainIndentAt(text2, starts[i], endOf(i)) : -1;
    return n;
  };
  const view = (i, itemLine, indent) => {
    if (i < count2 && deeperAt(text2, starts[i], indent))
      return null;
    const n = indentOf2(i, itemLine);
    return n === -1 || n > indent ? null : read(i, itemLine);
  };
  const first = (b) => {
    for (let i = b.from; i < b.to; i++) {
      const v = read(i, b.itemLine);
      if (v)
        return { i, v };
    }
    return null;
  };
  const blockEnd = (i, indent, to, itemLine, items) => {
    let j = i + 1;
    for (; j < to; j++) {
      const w = view(j, itemLine, indent);
      if (!w)
        continue;
      if (w.indent < indent || w.indent === indent && !(isItem(w.body) && !items))
        break;
    }
    return j;
  };
  const child2 = (b, seg) => {
    const head = first(b);
    if (!head)
      return null;
    const indent = head.v.indent;
    if (isItem(head.v.body)) {
      if (!/^(0|[1-9][0-9]*)$/.test(seg))
        return null;
      let n = Number(seg);
      for (let i2 = head.i; i2 < b.to; i2++) {
        const v = view(i2, b.itemLine, indent);
        if (!v || v.indent > indent)
          continue;
        if (v.indent < indent || !isItem(v.body))
          return null;
        if (n-- === 0)
          return { line: i2, from: i2, to: blockEnd(i2, indent, b.to, b.itemLine, true), itemLine: i2 };
      }
      return null;
    }
    const i = keysOf(b, head.i, indent).get(seg);
    return i === void 0 ? null : { line: i, from: i + 1, to: blockEnd(i, indent, b.to, null, false), itemLine: null };
  };
  const keyLines = /* @__PURE__ */ new Map();
  const keysOf = (b, from, indent) => {
    const id = `${from}:${b.to}:${b.itemLine ?? ""}`;
    let keys = keyLines.get(id);
    if (keys !== void 0)
      return keys;
    keys = /* @__PURE__ */ new Map();
    for (let i = from; i < b.to; i++) {
      const v = view(i, b.itemLine, indent);
      if (!v || v.indent > indent)
        continue;
      if (v.indent < indent)
        break;
      const key = keyOf(v.body);
      if (key !== null && !keys.has(key))
        keys.set(key, i);
    }
    keyLines.set(id, keys);
    return keys;
  };
  const blocks = /* @__PURE__ */ new Map();
  return (segs) => {
    let block = { line: -1, from: 0, to: count2, itemLine: null };
    let matched = 0;
    let prefix = "";
    for (const seg of segs) {
      prefix += `\0${seg}`;
      let next = blocks.get(prefix);
      if (next === void 0)
        blocks.set(prefix, next = child2(block, seg));
      if (!next)
        break;
      block = next;
      matched++;
    }
    return { line: block.line === -1 ? null : block.line + 1, matched };
  };
}
const MAX_DEPTH$3 = 128;
const MAX_ALIAS_COUNT = 100;
const PARSE_OPTIONS = {
  // Keys as written (`1.0:` stays "1.0"), so a path segment always matches a key's source text.
  stringKeys: true,
  // YAML 1.1 tags (!!binary, !!set, !!timestamp) would yield Buffers, Sets and Dates; keep them plain.
  resolveKnownTags: false,
  // firestone reads files with PyYAML, which honours `<<` merge keys.
  merge: true,
  uniqueKeys: true,
  prettyErrors: false
};
function readUserFile(abs, file, from) {
  let stat;
  try {
    stat = fs.statSync(abs);
  } catch {
    throw new InputError(placed(from, file, `${file} does not exist`));
  }
  if (!stat.isFile())
    throw new InputError(placed(from, file, `${file} is not a regular file`));
  if (stat.size > MAX_FILE_BYTES) {
    throw new InputError({
      file,
      message: `file is larger than ${MAX_FILE_BYTES / (1024 * 1024)} MB (${stat.size} bytes)`
    });
  }
  return fs.readFileSync(abs, "utf8");
}
function placed(from, file, message2) {
  return from ? { ...from, message: message2 } : { file, message: message2 };
}
function parseSource(text2, file) {
  const tooDeep2 = excessiveNestingOffset(text2, MAX_DEPTH$3);
  if (tooDeep2 !== null) {
    const { line, col } = offsetToLineCol(text2, tooDeep2);
    throw new InputError({ file, line, col, message: `nesting is deeper than ${MAX_DEPTH$3} levels` });
  }
  return parseMeasured(text2, file);
}
function parseMeasured(text2, file) {
  const lines = new (yaml()).LineCounter();
  const doc = yaml().parseDocument(text2, { ...PARSE_OPTIONS, lineCounter: lines });
  if (doc.errors.length > 0) {
    throw new InputError(doc.errors.map((e) => {
      const { line, col } = lines.linePos(e.pos[0]);
      return { file, line, col, message: `invalid YAML: ${e.message}` };
    }));
  }
  return { file, text: text2, doc, lines };
}
function readSource(text2, file) {
  const data = fastPlainData(text2, MAX_DEPTH$3 - 8);
  if (data === NOT_FAST) {
    const src2 = parseSource(text2, file);
    return { src: src2, data: toPlainData(src2) };
  }
  let parsed;
  const tree = () => parsed ??= parseMeasured(text2, file);
  const src = {
    file,
    text: text2,
    // A byte order mark shifts the first line's columns in the tree (found by the fast-yaml fuzz test): the tree decides there.
    ...text2.startsWith("\uFEFF") ? {} : { quick: quickPositions(text2, data) },
    get doc() {
      return tree().doc;
    },
    get lines() {
      return tree().lines;
    }
  };
  return { src, data };
}
function quickPositions(text2, data) {
  let find;
  let lines;
  return (path2) => {
    const existing = path2.slice(0, existingLength(data, path2));
    if (existing.length === 0)
      return null;
    find ??= blockYamlFinder(text2);
    const found = find(existing.map(String));
    if (found.line === null || found.matched !== existing.length)
      return null;
    lines ??= text2.split("\n");
    const col = nodeColumn(lines[found.line - 1] ?? "");
    return col === null ? null : { line: found.line, col };
  };
}
function existingLength(data, path2) {
  let node = data;
  for (let i = 0; i < path2.length; i++)
    if ((node = childOf(node, path2[i])) === void 0)
      return i;
  return path2.length;
}
function nodeColumn(line) {
  let i = 0;
  const skipBlanks = () => {
    while (line[i] === " " || line[i] === "	")
      i++;
  };
  skipBlanks();
  if (line[i] === "-" && (line[i + 1] === " " || line[i + 1] === "	")) {
    i++;
    skipBlanks();
    if (line[i] === "-" && (i + 1 === line.length || /[\s]/.test(line[i + 1])))
      return null;
  }
  return i >= line.length || line[i] === "\r" || line[i] === "#" || line[i] === "-" && i + 1 === line.length ? null : i + 1;
}
function positionOf(src, path2) {
  const quick = src.quick?.(path2);
  return quick ? { file: src.file, ...quick } : positionAt(src, findInSource(src, path2).offset);
}
function toPlainData(src) {
  try {
    return src.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    if (e instanceof ReferenceError) {
      throw new InputError({
        file: src.file,
        message: `YAML aliases expand too much (limit ${MAX_ALIAS_COUNT}); a file like this is a resource-exhaustion attack`
      });
    }
    if (e instanceof RangeError) {
      throw new InputError({ file: src.file, message: `nesting is deeper than ${MAX_DEPTH$3} levels` });
    }
    throw new InputError({ file: src.file, message: `invalid YAML: ${e instanceof Error ? e.message : String(e)}` });
  }
}
function offsetToLineCol(text2, offset) {
  let line = 1;
  let lineStart2 = 0;
  for (let i = text2.indexOf("\n"); i !== -1 && i < offset; i = text2.indexOf("\n", i + 1)) {
    line += 1;
    lineStart2 = i + 1;
  }
  return { line, col: offset - lineStart2 + 1 };
}
const CONTROL_TOKENS = /* @__PURE__ */ new Set(["", "", ""]);
function excessiveNestingOffset(text2, limit) {
  const columns = [];
  let offset = 0;
  let lineStart2 = 0;
  let flow = 0;
  let scalarNext = false;
  const popTo = (col) => {
    while (columns.length > 0 && columns[columns.length - 1] >= col)
      columns.pop();
  };
  for (const token of new (yaml()).Lexer().lex(text2)) {
    if (CONTROL_TOKENS.has(token)) {
      scalarNext = token === "";
      continue;
    }
    const start = offset;
    offset += token.length;
    const atPlainScalar = scalarNext;
    scalarNext = false;
    const col = start - lineStart2;
    const nl = token.lastIndexOf("\n");
    if (nl !== -1)
      lineStart2 = start + nl + 1;
    if (token === "[" || token === "{") {
      if (flow === 0)
        popTo(col);
      flow += 1;
      if (columns.length + flow > limit)
        return start;
    } else if (token === "]" || token === "}") {
      flow = Math.max(0, flow - 1);
    } else if (flow === 0 && startsBlockNode(token, atPlainScalar)) {
      popTo(col);
      columns.push(col);
      if (columns.length > limit)
        return start;
    }
  }
  return null;
}
function startsBlockNode(token, atPlainScalar) {
  if (atPlainScalar)
    return token.length > 0 && !/^[ \t\r\n]/.test(token);
  return token === "-" || token === "?" || /^["'*&!|>]/.test(token);
}
function findInSource(src, path2) {
  let node = src.doc.contents;
  let offset = rangeStart$1(node) ?? 0;
  for (let i = 0; i < path2.length; i++) {
    node = deref(src.doc, node);
    const seg = path2[i];
    if (yaml().isMap(node)) {
      const pair = findPair$1(src.doc, node, String(seg), 0);
      if (!pair)
        return { offset, matched: i };
      offset = rangeStart$1(pair.key) ?? rangeStart$1(pair.value) ?? offset;
      node = pair.value;
    } else if (yaml().isSeq(node)) {
      const index = typeof seg === "number" ? seg : isArrayIndex(seg) ? Number(seg) : -1;
      const item = node.items[index];
      if (item === void 0)
        return { offset, matched: i };
      offset = rangeStart$1(item) ?? offset;
      node = item;
    } else {
      return { offset, matched: i };
    }
  }
  return { offset, matched: path2.length, node: deref(src.doc, node) };
}
function positionAt(src, offset) {
  const { line, col } = src.lines.linePos(offset);
  return { file: src.file, line, col };
}
function rangeStart$1(node) {
  if (node && typeof node === "object" && "range" in node) {
    const range = node.range;
    return range ? range[0] : void 0;
  }
  return void 0;
}
function deref(doc, node) {
  for (let hops = 0; yaml().isAlias(node) && hops < 1e3; hops++)
    node = node.resolve(doc);
  return node;
}
function isMergeKey(key) {
  return yaml().isScalar(key) && key.value === "<<" && (key.type === void 0 || key.type === yaml().Scalar.PLAIN);
}
function findPair$1(doc, map, key, depth) {
  for (const pair of map.items) {
    if (!isMergeKey(pair.key) && yaml().isScalar(pair.key) && String(pair.key.value) === key)
      return pair;
  }
  if (depth > 16)
    return void 0;
  for (const pair of map.items) {
    if (!isMergeKey(pair.key))
      continue;
    const value = deref(doc, pair.value);
    const sources = yaml().isSeq(value) ? value.items.map((s) => deref(doc, s)) : [value];
    for (const source of sources) {
      if (!yaml().isMap(source))
        continue;
      const found = findPair$1(doc, source, key, depth + 1);
      if (found)
        return found;
    }
  }
  return void 0;
}
function isLegacyResource(data) {
  return isRecord(data) && Object.hasOwn(data, "name") && Object.hasOwn(data, "schema") && !Object.hasOwn(data, "kind");
}
function legacyMessage(file) {
  return `is a resource in the pre-0.5 firestone format (top-level \`name\`, no \`kind\`); convert it with \`firestone-spec migrate ${file}\``;
}
function legacyProblem(file) {
  return { file, line: 1, col: 1, message: legacyMessage(file) };
}
const keyName = (pair) => yaml().isScalar(pair.key) ? String(pair.key.value) : null;
function findPair(map, key) {
  return map.items.find((p) => keyName(p) === key);
}
function span(node) {
  const range = node?.range;
  return range ? [range[0], range[1]] : null;
}
function applyEdits(text2, edits) {
  let out = text2;
  for (const e of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
function writtenScalar(text2, node) {
  if (!yaml().isScalar(node))
    return null;
  if (typeof node.value === "string")
    return node.value;
  const at2 = span(node);
  return at2 ? text2.slice(at2[0], at2[1]).trim() : String(node.value);
}
const lineStart = (text2, offset) => text2.lastIndexOf("\n", offset - 1) + 1;
function migrateText(text2, file) {
  const src = parseSource(text2, file);
  const doc = src.doc;
  const top = doc.contents;
  if (!yaml().isMap(top))
    return { status: "not-a-resource" };
  const has = (k) => findPair(top, k) !== void 0;
  if (has("kind") && has("schema"))
    return { status: "current" };
  if (!(has("name") && has("schema")))
    return { status: "not-a-resource" };
  const edits = [];
  const keyText2 = (pair, to) => {
    const type = yaml().isScalar(pair.key) ? pair.key.type : void 0;
    return type === "QUOTE_DOUBLE" ? `"${to}"` : type === "QUOTE_SINGLE" ? `'${to}'` : to;
  };
  const rename = (key, to) => {
    const pair = findPair(top, key);
    const at2 = pair ? span(pair.key) : null;
    if (pair && at2)
      edits.push({ start: at2[0], end: at2[1], text: keyText2(pair, to) });
    return pair;
  };
  rename("name", "kind");
  rename("version_in_path", "versionInPath");
  const version = rename("version", "apiVersion");
  const written = version ? writtenScalar(text2, version.value) : null;
  const valueAt2 = version ? span(version.value) : null;
  if (version && written !== null && valueAt2 && !(yaml().isScalar(version.value) && typeof version.value.value === "string")) {
    edits.push({ start: valueAt2[0], end: valueAt2[1], text: JSON.stringify(written) });
  }
  const description = findPair(top, "description");
  if (description) {
    if (has("metadata")) {
      throw new InputError({
        file,
        message: "has both a legacy top-level `description` and `metadata`; move the description into metadata by hand"
      });
    }
    const keyAt = span(description.key);
    const valueAt3 = span(description.value);
    const end = valueAt3?.[1] ?? keyAt?.[1];
    if (top.flow && keyAt && valueAt3) {
      const inner = keyText2(description, "description");
      edits.push({ start: keyAt[0], end: keyAt[1], text: keyText2(description, "metadata") });
      edits.push({ start: valueAt3[0], end: valueAt3[0], text: `{${inner}: ` });
      edits.push({ start: valueAt3[1], end: valueAt3[1], text: "}" });
    } else if (keyAt && end !== void 0) {
      const from = lineStart(text2, keyAt[0]);
      const indent = text2.slice(from, keyAt[0]);
      const block = text2.slice(keyAt[0], end);
      const nested = block.replace(/\n(?=[^\n])/g, "\n  ");
      edits.push({ start: keyAt[0], end, text: `metadata:
${indent}  ${nested}` });
    }
  }
  return { status: "converted", text: applyEdits(text2, edits) };
}
const ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**"];
const AUTO_PATTERNS = ["**/*.yaml", "**/*.yml", "**/*.json"];
const READ_CONCURRENCY = 16;
function globProblem(pattern) {
  const body = pattern.startsWith("!") ? pattern.slice(1) : pattern;
  if (body.trim() === "")
    return "a resource glob must not be empty";
  if (body.startsWith("/") || body.startsWith("\\") || /^[A-Za-z]:/.test(body)) {
    return `resource glob '${pattern}' is absolute; write it relative to the workspace`;
  }
  if (body.split(/[\\/]/).includes(".."))
    return `resource glob '${pattern}' climbs out with '..'; write it relative to the workspace`;
  return null;
}
const byCodeUnit = (a, b) => a < b ? -1 : a > b ? 1 : 0;
async function realPathOrNull(p) {
  try {
    return await fs.promises.realpath(p);
  } catch {
    return null;
  }
}
async function discoverResources(workspace, globs, exclude) {
  const problems = globs.map(globProblem).filter((p) => p !== null);
  if (problems.length > 0)
    throw new InputError(problems.map((message2) => ({ message: message2 })));
  const root = await realPathOrNull(workspace);
  if (root === null)
    throw new InputError({ file: workspace, message: "workspace directory does not exist" });
  const { dirs, patterns } = await splitDirectories(root, globs);
  if (globs.length === 0)
    dirs.push("");
  const negations = patterns.filter((p) => p.startsWith("!"));
  const named = patterns.some((p) => !p.startsWith("!")) ? await globFiles(root, patterns) : [];
  const below = dirs.length > 0 ? await globFiles(root, [...dirs.flatMap(autoPatterns), ...negations]) : [];
  const namedSet = new Set(named.map(normalizeRelative));
  const auto = namedSet.size === 0;
  const excluded = new Set(exclude.map(normalizeRelative));
  const candidates2 = [...new Set([...named, ...below].map(normalizeRelative))].filter((f) => !excluded.has(f)).sort(byCodeUnit);
  const reals = await Promise.all(candidates2.map((file) => realPathOrNull(path.join(root, file))));
  const inWorkspace = (i) => reals[i] != null && isInside(root, reals[i]);
  if (!auto) {
    const escaping = candidates2.filter((f, i) => namedSet.has(f) && !inWorkspace(i));
    if (escaping.length > 0) {
      throw new InputError(escaping.map((file) => ({
        file,
        message: "resolves through a symbolic link to a place outside the workspace"
      })));
    }
  }
  const seen2 = /* @__PURE__ */ new Set();
  const unique2 = candidates2.filter((_, i) => {
    const real = reals[i];
    if (real == null || !inWorkspace(i) || seen2.has(real))
      return false;
    seen2.add(real);
    return true;
  });
  const kinds = await mapLimited(unique2, READ_CONCURRENCY, (file) => namedSet.has(file) ? Promise.resolve("resource") : resourceKind(path.join(root, file)));
  const legacy = unique2.filter((_, i) => kinds[i] === "legacy");
  if (legacy.length > 0)
    throw new InputError(legacy.map(legacyProblem));
  return unique2.filter((_, i) => kinds[i] === "resource");
}
const autoPatterns = (dir) => AUTO_PATTERNS.map((p) => dir === "" ? p : `${tinyglobby().escapePath(dir)}/${p}`);
async function splitDirectories(root, globs) {
  const dirs = [];
  const patterns = [];
  for (const g of globs) {
    if (!g.startsWith("!") && !tinyglobby().isDynamicPattern(g)) {
      const stat = await fs.promises.stat(path.join(root, g)).catch(() => null);
      if (stat?.isDirectory()) {
        const rel = normalizeRelative(g);
        dirs.push(rel === "." ? "" : rel.replace(/\/+$/, ""));
        continue;
      }
    }
    patterns.push(g);
  }
  return { dirs, patterns };
}
function globFiles(root, patterns) {
  return tinyglobby().glob(patterns, {
    cwd: root,
    ignore: ALWAYS_IGNORED,
    dot: false,
    // Following directory links could crawl the whole disk or loop; file links are checked below.
    followSymbolicLinks: false,
    // The adapter's type is node's overloaded `fs.readdir`; fdir only ever calls it with withFileTypes.
    fs: { readdir: readdirWithLinkedFiles },
    expandDirectories: false,
    onlyFiles: true
  });
}
function readdirWithLinkedFiles(dir, options, callback) {
  fs.readdir(dir, options, (error, entries) => {
    if (error)
      return callback(error, []);
    Promise.all(entries.map((entry) => entry.isSymbolicLink() ? asFileIfLinkToFile(dir, entry) : entry)).then((list2) => callback(null, list2), (e) => callback(e, []));
  });
}
async function asFileIfLinkToFile(dir, entry) {
  const target2 = await fs.promises.stat(path.join(dir, entry.name)).catch(() => null);
  if (!target2?.isFile())
    return entry;
  const file = Object.create(entry);
  return Object.assign(file, { isFile: () => true, isSymbolicLink: () => false, isDirectory: () => false });
}
const BLOCK_KIND = /^\uFEFF?(?:kind|"kind"|'kind')[ \t]*:/m;
const BLOCK_SCHEMA = /^\uFEFF?(?:schema|"schema"|'schema')[ \t]*:/m;
const BLOCK_NAME = /^\uFEFF?(?:name|"name"|'name')[ \t]*:/m;
function mayBeResource(text2) {
  if ((BLOCK_KIND.test(text2) || BLOCK_NAME.test(text2)) && BLOCK_SCHEMA.test(text2))
    return true;
  return startsWithBrace(text2) && (text2.includes("kind") || text2.includes("name")) && text2.includes("schema");
}
function startsWithBrace(text2) {
  let i = text2.charCodeAt(0) === 65279 ? 1 : 0;
  for (; ; ) {
    while (i < text2.length && /\s/.test(text2[i]))
      i++;
    if (text2[i] !== "#")
      return text2[i] === "{";
    const eol = text2.indexOf("\n", i);
    if (eol === -1)
      return false;
    i = eol + 1;
  }
}
async function resourceKind(abs) {
  try {
    const stat = await fs.promises.stat(abs);
    if (!stat.isFile() || stat.size > MAX_FILE_BYTES)
      return null;
    const text2 = await fs.promises.readFile(abs, "utf8");
    if (!mayBeResource(text2))
      return null;
    let data;
    try {
      data = readSource(text2, abs).data;
    } catch {
      return BLOCK_KIND.test(text2) || startsWithBrace(text2) && text2.includes("kind") ? "resource" : null;
    }
    if (!isRecord(data))
      return null;
    if (Object.hasOwn(data, "kind") && Object.hasOwn(data, "schema"))
      return "resource";
    if (!Object.hasOwn(data, "kind") && Object.hasOwn(data, "name") && isRecord(data.schema)) {
      const { schema: schema2 } = data;
      if (schema2.type === "array" && (Object.hasOwn(schema2, "items") || Object.hasOwn(schema2, "key")))
        return "legacy";
    }
    return null;
  } catch {
    return null;
  }
}
async function mapLimited(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
const CHANGE_TYPES = ["breaking", "warning", "non-breaking", "unclassified"];
const COMPATIBILITIES = ["backward", "forward", "full", "none"];
const PERSPECTIVES = ["application", "client"];
const SPEC_KINDS = ["asyncapi", "openapi"];
const isAsyncApiLocation = (l) => "channel" in l;
const isKind = (key) => SPEC_KINDS.includes(key);
function kindOfDocument(doc) {
  if (!isRecord(doc))
    return null;
  return SPEC_KINDS.find((k) => Object.hasOwn(doc, k)) ?? null;
}
const TOP_KEY = /^(["']?)(asyncapi|openapi)\1[ \t]*:/m;
function kindOfText(text2) {
  const start = text2.trimStart();
  if (start.startsWith("{")) {
    try {
      return kindOfDocument(JSON.parse(start));
    } catch {
      return null;
    }
  }
  const key = TOP_KEY.exec(text2)?.[2];
  return key !== void 0 && isKind(key) ? key : null;
}
const kindOfName = (output) => path.posix.basename(output.replace(/\\/g, "/")).toLowerCase().includes("openapi") ? "openapi" : "asyncapi";
const HEAD_BYTES = 64 * 1024;
function kindOfHead(file) {
  const head = node_buffer.Buffer.alloc(HEAD_BYTES);
  const fd = fs.openSync(file, "r");
  let text2;
  try {
    text2 = head.toString("utf8", 0, fs.readSync(fd, head, 0, HEAD_BYTES, 0));
  } finally {
    fs.closeSync(fd);
  }
  const start = text2.trimStart();
  if (start === "" || start.startsWith("{"))
    return null;
  const key = TOP_KEY.exec(text2)?.[2];
  return key !== void 0 && isKind(key) ? key : null;
}
function kindOfOutput(workspace, output) {
  const file = path.join(workspace, output);
  try {
    const stat = fs.statSync(file);
    if (stat.isFile() && stat.size <= MAX_SPEC_BYTES) {
      const found = (stat.size > HEAD_BYTES ? kindOfHead(file) : null) ?? kindOfText(fs.readFileSync(file, "utf8"));
      if (found !== null)
        return found;
    }
  } catch {
  }
  return kindOfName(output);
}
const AUTO_OUTPUTS = ["asyncapi.yaml", "asyncapi.json", "openapi.yaml", "openapi.json"];
function autoOutputs(workspace) {
  const found = AUTO_OUTPUTS.filter((f) => {
    try {
      return fs.statSync(path.join(workspace, f)).isFile();
    } catch {
      return false;
    }
  });
  return found.length > 0 ? [...found] : ["asyncapi.yaml"];
}
const VOCABULARY = {
  asyncapi: {
    name: "AsyncAPI",
    place: ["channel", "channels"],
    direction: { "client-receives": "clients receive", "client-sends": "clients send" },
    users: {
      "client-receives": "clients that receive these messages",
      "client-sends": "clients that send these messages"
    }
  },
  openapi: {
    name: "OpenAPI",
    place: ["operation", "operations"],
    direction: { "client-receives": "response", "client-sends": "request" },
    users: {
      "client-receives": "clients that read these responses",
      "client-sends": "clients that send these requests"
    }
  }
};
const vocabularyOf = (kind) => VOCABULARY[kind ?? "asyncapi"];
const utcToday = (now = /* @__PURE__ */ new Date()) => now.toISOString().slice(0, 10);
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
function validDay(value) {
  const m = DAY.exec(value);
  if (!m)
    return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value ? value : null;
}
const DEFAULT_CONFIG_FILES = [".github/firestone-spec.yml", ".github/firestone-spec.yaml"];
const OUTPUT_EXTENSIONS = [".yaml", ".yml", ".json"];
function locator(src) {
  return (p) => positionAt(src, findInSource(src, p).offset);
}
function realAncestor(abs) {
  let current = abs;
  for (; ; ) {
    try {
      return path.join(fs.realpathSync(current), path.relative(current, abs));
    } catch {
      const parent = path.dirname(current);
      if (parent === current)
        return abs;
      current = parent;
    }
  }
}
function outputProblem(workspaceReal, output) {
  if (path.isAbsolute(output) || path.win32.isAbsolute(output))
    return `output '${output}' must be a path relative to the workspace`;
  const normalized = path.posix.normalize(output.replace(/\\/g, "/"));
  if (normalized === ".." || normalized.startsWith("../"))
    return `output '${output}' is outside the workspace`;
  if (!OUTPUT_EXTENSIONS.includes(path.posix.extname(normalized).toLowerCase())) {
    return `output '${output}' must end in .yaml, .yml or .json`;
  }
  if (!isInside(workspaceReal, realAncestor(path.join(workspaceReal, normalized)))) {
    return `output '${output}' leads through a symbolic link outside the workspace`;
  }
  return null;
}
function checkOutputPath(workspace, output) {
  const bad = outputProblem(fs.realpathSync(workspace), output);
  if (bad)
    throw new InputError({ file: output, message: bad });
}
function versionText(src, at2, value) {
  if (typeof value === "string")
    return value;
  const node = findInSource(src, at2).node;
  if (yaml().isScalar(node) && node.range)
    return src.text.slice(node.range[0], node.range[1]).trim();
  return String(value);
}
const KIND_KEYS = {
  asyncapi: "asyncapi",
  openapi: "openapi",
  prefix: "openapi"
};
function targetsOf(raw, src, workspaceReal, problems) {
  const locate = locator(src);
  const seen2 = /* @__PURE__ */ new Map();
  return (raw.specs ?? []).map((spec, i) => {
    const at2 = (...rest) => ["specs", i, ...rest];
    const problem = (p, message2) => {
      problems.push({ ...locate(p), pointer: toPointer(p), message: message2 });
    };
    const bad = outputProblem(workspaceReal, spec.output);
    if (bad)
      problem(at2("output"), bad);
    const output = normalizeRelative(spec.output);
    const first = seen2.get(output);
    if (first !== void 0) {
      problem(at2("output"), `output '${output}' is already the output of specs[${first}]; each spec needs its own file`);
    } else {
      seen2.set(output, i);
    }
    (spec.resources ?? []).forEach((pattern, j) => {
      const message2 = globProblem(pattern);
      if (message2)
        problem(at2("resources", j), message2);
    });
    const target2 = { output, resources: [...spec.resources ?? []] };
    if (spec.title !== void 0)
      target2.title = spec.title;
    if (spec.description !== void 0)
      target2.description = spec.description;
    if (spec.version !== void 0)
      target2.version = versionText(src, at2("version"), spec.version);
    const kind = spec.kind ?? (bad ? kindOfName(output) : kindOfOutput(workspaceReal, output));
    target2.kind = kind;
    for (const key of ["asyncapi", "openapi", "prefix"]) {
      const value = spec[key];
      if (value === void 0)
        continue;
      const owner = KIND_KEYS[key];
      if (owner !== kind) {
        const why = spec.kind !== void 0 ? "its kind" : "its committed file or its name";
        problem(at2(key), `'${key}' is a key of ${VOCABULARY[owner].name} targets, and ${why} makes '${output}' an ${VOCABULARY[kind].name} target (set kind: ${owner} if it is not)`);
      }
      target2[key] = value;
    }
    if (spec.compatibility !== void 0)
      target2.compatibility = spec.compatibility;
    if (spec.perspective !== void 0) {
      if (kind !== "asyncapi")
        problem(at2("perspective"), `'perspective' is a key of AsyncAPI targets (an OpenAPI document is read one way: clients send requests), and ${spec.kind !== void 0 ? "its kind" : "its committed file or its name"} makes '${output}' an ${VOCABULARY[kind].name} target`);
      target2.perspective = spec.perspective;
    }
    return target2;
  });
}
function waiversOf(raw, src, specs, problems) {
  const locate = locator(src);
  return (raw.waivers ?? []).map((w, i) => {
    const at2 = (...rest) => ["waivers", i, ...rest];
    const problem = (p, message2) => {
      problems.push({ ...locate(p), pointer: toPointer(p), message: message2 });
    };
    const waiver = { reason: w.reason, line: locate(at2()).line };
    if (w.fingerprint !== void 0) {
      const fingerprint = versionText(src, at2("fingerprint"), w.fingerprint);
      if (!/^[0-9a-f]{8,64}$/.test(fingerprint)) {
        problem(at2("fingerprint"), `fingerprint '${fingerprint}' must be 8 or more lowercase hex characters, as the report shows it`);
      }
      waiver.fingerprint = fingerprint;
    }
    if (w.rule !== void 0)
      waiver.rule = w.rule;
    if (w.path !== void 0) {
      if (w.path !== "" && !w.path.startsWith("/"))
        problem(at2("path"), `path '${w.path}' must be a JSON pointer (starting with /)`);
      waiver.path = w.path;
    }
    const byFingerprint = w.fingerprint !== void 0 && w.rule === void 0 && w.path === void 0;
    const byRule = w.fingerprint === void 0 && w.rule !== void 0 && w.path !== void 0;
    if (!byFingerprint && !byRule)
      problem(at2(), "a waiver names either a fingerprint, or a rule and a path");
    if (w.expires !== void 0) {
      if (validDay(w.expires) === null)
        problem(at2("expires"), `expires '${w.expires}' must be a date written YYYY-MM-DD`);
      waiver.expires = w.expires;
    }
    if (w.owner !== void 0)
      waiver.owner = w.owner;
    if (w.spec !== void 0) {
      const spec = normalizeRelative(w.spec);
      if (specs.length > 0 && !specs.some((t) => t.output === spec)) {
        problem(at2("spec"), `spec '${w.spec}' is not the output of any spec target (${specs.map((t) => t.output).join(", ")})`);
      }
      waiver.spec = spec;
    }
    return waiver;
  });
}
function configFromSource(src, name, workspaceReal) {
  const data = toPlainData(src) ?? {};
  if (!validateConfig(data)) {
    throw new InputError(ajvProblems(validateConfig.errors ?? [], locator(src), { rootName: "the config file" }));
  }
  const raw = data;
  const problems = [];
  const specs = targetsOf(raw, src, workspaceReal, problems);
  const waivers = waiversOf(raw, src, specs, problems);
  if (problems.length > 0)
    throw new InputError(problems);
  const rules = {};
  const rulePositions = {};
  for (const [id, type] of Object.entries(raw.rules ?? {})) {
    setOwn(rules, id, type);
    const { line, col } = positionAt(src, findInSource(src, ["rules", id]).offset);
    setOwn(rulePositions, id, { line, col });
  }
  return { file: name, specs, rules, rulePositions, ...raw.waivers !== void 0 ? { waivers } : {} };
}
function existingDefault(workspaceReal) {
  for (const candidate of DEFAULT_CONFIG_FILES) {
    if (fs.existsSync(path.join(workspaceReal, candidate)))
      return candidate;
  }
  return null;
}
function loadConfig(workspace, file) {
  let workspaceReal;
  try {
    workspaceReal = fs.realpathSync(workspace);
  } catch {
    throw new InputError({ file: workspace, message: "workspace directory does not exist" });
  }
  const chosen = file ?? existingDefault(workspaceReal);
  if (chosen === null)
    return { file: null, specs: [], rules: {} };
  const abs = path.resolve(workspaceReal, chosen);
  const name = isInside(workspaceReal, abs) ? toPosix(path.relative(workspaceReal, abs)) : chosen;
  if (!fs.existsSync(abs))
    throw new InputError({ file: name, message: "config file does not exist" });
  if (isInside(workspaceReal, abs) && !isInside(workspaceReal, fs.realpathSync(abs))) {
    throw new InputError({
      file: name,
      message: "config file resolves through a symbolic link to a place outside the workspace"
    });
  }
  return configFromSource(parseSource(readUserFile(abs, name), name), name, workspaceReal);
}
function checkRuleIds(config, known2, retired = {}) {
  const knownSet = new Set(known2);
  const where = (id) => Object.hasOwn(config.rulePositions ?? {}, id) ? config.rulePositions?.[id] : void 0;
  const warnings = [];
  for (const id of Object.keys(config.rules)) {
    if (knownSet.has(id) || !Object.hasOwn(retired, id))
      continue;
    const at2 = where(id);
    const place = `${config.file ?? "config"}${at2 ? `:${at2.line}:${at2.col}` : ""}`;
    warnings.push(`${place}: rule id '${id}' is retired and its override no longer applies: ${retired[id]}`);
    delete config.rules[id];
  }
  const problems = Object.keys(config.rules).filter((id) => !knownSet.has(id)).map((id) => {
    const near = known2.filter((k) => editDistance(k, id) <= Math.max(2, Math.floor(id.length / 5))).slice(0, 3);
    const hint = near.length > 0 ? `; did you mean ${near.map((k) => `'${k}'`).join(" or ")}?` : "";
    return {
      ...config.file !== null ? { file: config.file } : {},
      ...where(id) ?? {},
      pointer: toPointer(["rules", id]),
      message: `unknown rule id '${id}'${hint}`
    };
  });
  if (problems.length > 0)
    throw new InputError(problems);
  return warnings;
}
const childProcess = () => process.getBuiltinModule("node:child_process");
const crypto = () => process.getBuiltinModule("node:crypto");
async function writeFileAtomic(file, content) {
  const dir = path__namespace.dirname(file);
  const temp = path__namespace.join(dir, `.${path__namespace.basename(file)}.${process.pid}.${crypto().randomBytes(6).toString("hex")}.tmp`);
  const mode = await existingMode(file);
  let handle;
  try {
    handle = await fs.promises.open(temp, "wx", mode);
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
    handle = void 0;
    await fs.promises.rename(temp, file);
  } catch (error) {
    await handle?.close().catch(() => void 0);
    await fs.promises.rm(temp, { force: true }).catch(() => void 0);
    throw error;
  }
  await syncDirectory(dir);
}
async function existingMode(file) {
  try {
    const stat = await fs.promises.lstat(file);
    return stat.isFile() ? stat.mode & 511 : 438;
  } catch {
    return 438;
  }
}
async function syncDirectory(dir) {
  let handle;
  try {
    handle = await fs.promises.open(dir, "r");
    await handle.sync();
  } catch {
  } finally {
    await handle?.close().catch(() => void 0);
  }
}
const dumpSchema = once(() => jsYaml().DEFAULT_SCHEMA.extend({ implicit: [coreType()] }));
function serializeSpec(document, format) {
  if (format === "json")
    return JSON.stringify(document, null, 2) + "\n";
  return jsYaml().dump(document, {
    schema: dumpSchema(),
    // The generator shares no objects, but a document of any origin must not gain anchors.
    noRefs: true,
    // Never fold long descriptions: a diff of the spec should show the changed text, not reflow.
    lineWidth: -1,
    // Keys stay in the order the document has them (docs/generation.md's fixed order).
    sortKeys: false,
    // Like JSON.stringify: an `undefined` value is left out rather than failing the dump.
    skipInvalid: true
  });
}
const DEFAULT_PARSE_LIMITS = {
  maxBytes: MAX_SPEC_BYTES,
  maxNodes: 2e6,
  maxDepth: 256
};
const specSchema = once(() => coreSchema([jsYaml().types.merge]));
const resolveSpecScalar = (text2) => text2 === "<<" ? NOT_BLOCK : resolveCore(text2);
const fromJson = /* @__PURE__ */ new WeakSet();
const readAsJson = (document) => fromJson.has(document);
function parseSpecText(text2, file, limits = {}) {
  const { maxBytes, maxNodes, maxDepth } = { ...DEFAULT_PARSE_LIMITS, ...limits };
  const bytes = Buffer.byteLength(text2, "utf8");
  if (bytes > maxBytes) {
    throw new InputError({
      file,
      message: `is ${bytes} bytes, larger than the ${maxBytes}-byte limit for a spec file`
    });
  }
  const body = text2.startsWith("\uFEFF") ? text2.slice(1) : text2;
  const { data, measured, shared } = parseText(body, file, maxNodes, maxDepth);
  if (data === void 0 || data === null)
    throw new InputError({ file, message: "is empty: an AsyncAPI document is a mapping" });
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new InputError({
      file,
      line: 1,
      col: 1,
      message: "is not a mapping: an AsyncAPI document is a YAML/JSON object"
    });
  }
  if (!shared) {
    if (!measured) {
      measureTree(data, file, maxNodes, maxDepth);
      fromJson.add(data);
    }
    return data;
  }
  refuseExpansion(data, file, maxNodes, maxDepth);
  return expandTree(data, file, maxNodes, maxDepth);
}
function readsAs(text2, document) {
  const { maxBytes, maxNodes, maxDepth } = DEFAULT_PARSE_LIMITS;
  if (Buffer.byteLength(text2, "utf8") > maxBytes || text2.trimStart().startsWith("{"))
    return false;
  return readsAsBlockYaml(text2, document, resolveSpecScalar, { maxNodes, maxDepth });
}
const INFO_LINE = /^info:\n/m;
function peekInfo(text2) {
  const found = INFO_LINE.exec(text2);
  if (found === null)
    return void 0;
  const start = found.index;
  let end = start + found[0].length;
  for (let c = text2.charCodeAt(end); c === 32 || c === 10; c = text2.charCodeAt(end)) {
    const next = text2.indexOf("\n", end);
    end = next < 0 ? text2.length : next + 1;
  }
  const read = readBlockYaml(text2.slice(start, end), resolveSpecScalar, { maxNodes: 64, maxDepth: 8 });
  return read !== NOT_BLOCK && isRecord(read.info) ? read.info : void 0;
}
const tooDeep$1 = (file, maxDepth) => new InputError({ file, message: `is nested deeper than ${maxDepth} levels` });
function parseText(text2, file, maxNodes, maxDepth) {
  if (text2.trimStart().startsWith("{")) {
    try {
      return { data: JSON.parse(text2), measured: false, shared: false };
    } catch {
    }
  }
  const block = readBlockYaml(text2, resolveSpecScalar, { maxNodes, maxDepth });
  if (block !== NOT_BLOCK)
    return { data: block, measured: true, shared: false };
  let depth = 0;
  let nodes = 0;
  let shared = false;
  const listener = (event, state) => {
    if (event === "open") {
      if (++depth > maxDepth + 2)
        throw tooDeep$1(file, maxDepth);
      return;
    }
    if (state.anchor != null)
      shared = true;
    if (state.kind === "mapping" || state.kind === "sequence") {
      if (depth > maxDepth + 1)
        throw tooDeep$1(file, maxDepth);
      if (++nodes > maxNodes)
        throw new InputError({ file, message: `has more than ${maxNodes} objects and arrays; refusing to read it` });
    }
    depth -= 1;
  };
  try {
    const data = jsYaml().load(text2, {
      schema: specSchema(),
      filename: file,
      listener
    });
    return { data, measured: true, shared };
  } catch (e) {
    if (e instanceof InputError)
      throw e;
    if (e instanceof jsYaml().YAMLException) {
      const mark = e.mark;
      const line = typeof mark?.line === "number" ? mark.line + 1 : void 0;
      const col = typeof mark?.column === "number" ? mark.column + 1 : void 0;
      throw new InputError({ file, line, col, message: `invalid YAML/JSON: ${e.reason}` });
    }
    if (e instanceof RangeError)
      throw new InputError({ file, message: "invalid YAML/JSON: nested too deeply" });
    throw new InputError({ file, message: `invalid YAML/JSON: ${e instanceof Error ? e.message : String(e)}` });
  }
}
const tooMany = (file, maxNodes) => new InputError({ file, message: `expands to more than ${maxNodes} nodes (YAML aliases); refusing to read it` });
function refuseExpansion(root, file, maxNodes, maxDepth) {
  const counted = /* @__PURE__ */ new Map();
  const ancestors = /* @__PURE__ */ new Set();
  const count2 = (value, depth) => {
    if (value === null || typeof value !== "object")
      return 0;
    const known2 = counted.get(value);
    if (known2 !== void 0)
      return known2;
    if (depth > maxDepth)
      throw tooDeep$1(file, maxDepth);
    if (ancestors.has(value))
      throw new InputError({ file, message: "contains a recursive alias" });
    ancestors.add(value);
    let n = 1;
    for (const child2 of Array.isArray(value) ? value : Object.values(value)) {
      n += count2(child2, depth + 1);
      if (n > maxNodes)
        throw tooMany(file, maxNodes);
    }
    ancestors.delete(value);
    counted.set(value, n);
    return n;
  };
  count2(root, 0);
}
function measureTree(root, file, maxNodes, maxDepth) {
  let nodes = 0;
  const walk2 = (value, depth) => {
    if (value === null || typeof value !== "object")
      return;
    if (++nodes > maxNodes)
      throw tooMany(file, maxNodes);
    if (depth > maxDepth)
      throw tooDeep$1(file, maxDepth);
    if (Array.isArray(value))
      for (const v of value)
        walk2(v, depth + 1);
    else
      for (const k in value)
        walk2(value[k], depth + 1);
  };
  walk2(root, 0);
}
function expandTree(root, file, maxNodes, maxDepth) {
  let nodes = 0;
  const ancestors = /* @__PURE__ */ new Set();
  const copy2 = (value, depth) => {
    if (value === null || typeof value !== "object")
      return value;
    if (++nodes > maxNodes)
      throw tooMany(file, maxNodes);
    if (depth > maxDepth)
      throw tooDeep$1(file, maxDepth);
    if (ancestors.has(value))
      throw new InputError({ file, message: "contains a recursive alias" });
    ancestors.add(value);
    let out;
    if (Array.isArray(value)) {
      out = value.map((v) => copy2(v, depth + 1));
    } else {
      const obj = {};
      for (const k of Object.keys(value)) {
        const v = copy2(value[k], depth + 1);
        setOwn(obj, k, v);
      }
      out = obj;
    }
    ancestors.delete(value);
    return out;
  };
  return copy2(root, 0);
}
const ACTIONS = [
  ["subscribe", "send"],
  ["publish", "receive"]
];
const PARAMETER_KEYWORDS = ["enum", "default", "examples"];
const put$3 = setOwn;
const copy = (value) => structuredClone(value);
function splitServerUrl(url) {
  const rest = url.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\//, "");
  const slash = rest.indexOf("/");
  if (slash === -1 || slash === rest.length - 1)
    return { host: slash === -1 ? rest : rest.slice(0, -1) };
  return { host: rest.slice(0, slash), pathname: rest.slice(slash) };
}
function server3(server) {
  if (!isRecord(server) || typeof server.url !== "string")
    return copy(server);
  const out = {};
  const { host, pathname } = splitServerUrl(server.url);
  out.host = host;
  if (typeof server.protocol === "string")
    out.protocol = server.protocol;
  if (pathname !== void 0)
    out.pathname = pathname;
  for (const [k, v] of Object.entries(server)) {
    if (k !== "url" && k !== "protocol")
      put$3(out, k, copy(v));
  }
  return out;
}
function parameter3(param) {
  const out = {};
  if (!isRecord(param))
    return out;
  if (typeof param.description === "string")
    out.description = param.description;
  const schema2 = isRecord(param.schema) ? param.schema : {};
  for (const k of PARAMETER_KEYWORDS) {
    if (Object.hasOwn(schema2, k))
      out[k] = copy(schema2[k]);
  }
  return out;
}
const channelKey = (operationId2, op) => operationId2.slice(0, -(op.length + 1));
function toAsyncApi3(spec, version) {
  const doc = spec.document;
  const mapping = { prefixes: [] };
  const servers = {};
  for (const [name, server] of Object.entries(isRecord(doc.servers) ? doc.servers : {})) {
    put$3(servers, name, server3(server));
  }
  const channels = {};
  const operations = {};
  for (const [address, value] of Object.entries(isRecord(doc.channels) ? doc.channels : {})) {
    if (!isRecord(value))
      continue;
    const first = ACTIONS.find(([op]) => isRecord(value[op]));
    if (!first)
      continue;
    const key = channelKey(String(value[first[0]].operationId), first[0]);
    const parameters = {};
    for (const [name, param] of Object.entries(isRecord(value.parameters) ? value.parameters : {})) {
      put$3(parameters, name, parameter3(param));
    }
    const messages = {};
    const channel = { address, description: value.description, parameters, messages };
    put$3(channels, key, channel);
    mapping.prefixes.push([
      ["channels", address],
      ["channels", key]
    ]);
    for (const [op, action] of ACTIONS) {
      const operation = value[op];
      if (!isRecord(operation))
        continue;
      const id = String(operation.operationId);
      const messageKey = `${id}.message`;
      put$3(messages, messageKey, copy(operation.message));
      const out = {
        action,
        channel: { $ref: `#${toPointer(["channels", key])}` },
        description: operation.description,
        messages: [{ $ref: `#${toPointer(["channels", key, "messages", messageKey])}` }]
      };
      if (operation.bindings !== void 0)
        out.bindings = copy(operation.bindings);
      if (operation.tags !== void 0)
        out.tags = copy(operation.tags);
      put$3(operations, id, out);
      mapping.prefixes.push([
        ["channels", address, op, "message"],
        ["channels", key, "messages", messageKey]
      ], [
        ["channels", address, op],
        ["operations", id]
      ]);
    }
  }
  const document = {
    asyncapi: version,
    defaultContentType: doc.defaultContentType,
    info: copy(doc.info),
    servers,
    components: copy(doc.components),
    channels,
    operations
  };
  return { document, origins: mapOrigins(spec.origins, mapping) };
}
function mapOrigins(origins, mapping) {
  const prefixes = [...mapping.prefixes].sort((a, b) => b[0].length - a[0].length);
  const out = /* @__PURE__ */ new Map();
  for (const [pointer, origin2] of origins) {
    const path2 = parsePointer(pointer) ?? [];
    const hit = prefixes.find(([from]) => from.every((seg, i) => path2[i] === seg));
    const mapped = hit ? [...hit[1], ...path2.slice(hit[0].length)] : path2;
    out.set(toPointer(mapped), { file: origin2.file, path: [...origin2.path] });
  }
  for (const [from, to] of mapping.prefixes) {
    if (to[0] !== "operations")
      continue;
    const channel = origins.get(toPointer(from.slice(0, 2)));
    const pointer = toPointer(to);
    if (channel && !out.has(pointer))
      out.set(pointer, { file: channel.file, path: [...channel.path] });
  }
  return out;
}
function asyncapiAllowsGet(methods) {
  if (Array.isArray(methods))
    return methods.length === 0 || methods.includes("get");
  if (isRecord(methods))
    return Object.keys(methods).length === 0;
  return true;
}
const own$2 = ownValue;
const put$2 = setOwn;
const MAX_CLONED_NODES = 5e6;
const MAX_DEPTH$2 = 500;
const KEY_NAME = /^[A-Za-z0-9_]+$/;
const BAD_SEGMENT_CHAR = /[\u0000-\u0020\u007f"'<>%\\^`{|}/?#]/;
function refFragment(path2) {
  const pointer = toPointer(path2);
  return "#" + pointer.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/gu, (c) => encodeURIComponent(c));
}
function problemAt({ source, path: path2 }, message2) {
  const pos = source.locate?.(path2);
  return pos ? { file: pos.file, line: pos.line, col: pos.col, pointer: toPointer(path2), message: message2 } : { file: source.file, pointer: toPointer(path2), message: message2 };
}
function describePlace({ source, path: path2 }) {
  const pos = source.locate?.(path2);
  return pos ? `${pos.file}:${pos.line}:${pos.col}` : `${source.file} (at ${toPointer(path2)})`;
}
const fail = (place, message2) => {
  throw new InputError(problemAt(place, message2));
};
const at = (place, ...more) => ({
  source: place.source,
  path: [...place.path, ...more]
});
function recordAt(place, value, what2) {
  return isRecord(value) ? value : fail(place, `${what2} must be a mapping`);
}
function optionalRecord(place, value, what2) {
  return value === void 0 ? void 0 : recordAt(place, value, what2);
}
function optionalArray(place, value, what2) {
  if (value === void 0)
    return void 0;
  return Array.isArray(value) ? value : fail(place, `${what2} must be a list`);
}
function optionalString(place, value, what2) {
  if (value === void 0)
    return void 0;
  return typeof value === "string" ? value : fail(place, `${what2} must be a string`);
}
function checkSegment(place, text2, what2) {
  if (text2 === "" || BAD_SEGMENT_CHAR.test(text2)) {
    fail(place, `${what2} ${JSON.stringify(text2)} cannot be a path segment: it must be non-empty, without spaces, control characters or any of " ' < > % \\ ^ \` { | } / ? #`);
  }
  return text2;
}
function cloneData(value, place, budget) {
  const ancestors = /* @__PURE__ */ new Set();
  const path2 = [...place.path];
  const stop = (message2) => fail({ source: place.source, path: [...path2] }, message2);
  const walk2 = (v) => {
    if (v === null || typeof v !== "object")
      return v;
    if (v instanceof Date)
      return v.toISOString();
    if (ancestors.has(v))
      stop("circular $ref: this node contains itself");
    if (path2.length - place.path.length > MAX_DEPTH$2)
      stop(`nested deeper than ${MAX_DEPTH$2} levels`);
    if (++budget.nodes > MAX_CLONED_NODES)
      stop(`expands to more than ${MAX_CLONED_NODES} nodes once $refs are resolved`);
    ancestors.add(v);
    let out;
    if (Array.isArray(v)) {
      const list2 = [];
      v.forEach((x, i) => {
        path2.push(i);
        list2.push(walk2(x));
        path2.pop();
      });
      out = list2;
    } else {
      const obj = {};
      for (const k of Object.keys(v)) {
        path2.push(k);
        put$2(obj, k, walk2(v[k]));
        path2.pop();
      }
      out = obj;
    }
    ancestors.delete(v);
    return out;
  };
  return walk2(value);
}
function withoutReferences(schema2) {
  const walk2 = (node) => {
    if (Array.isArray(node))
      node.forEach(walk2);
    else if (isRecord(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (key === "properties" && isRecord(value)) {
          for (const property of Object.values(value)) {
            if (isRecord(property))
              delete property.references;
          }
        }
        walk2(value);
      }
    }
  };
  walk2(schema2);
  return schema2;
}
function versionPrefix(data, root) {
  if (own$2(data, "versionInPath") !== true)
    return "";
  const version = own$2(data, "apiVersion");
  if (typeof version === "number") {
    return fail(at(root, "apiVersion"), `\`apiVersion\` must be a string, as firestone requires: write it in quotes`);
  }
  if (typeof version !== "string") {
    return fail(at(root, "versionInPath"), "`versionInPath: true` needs an `apiVersion` (a string)");
  }
  return `/${checkSegment(at(root, "apiVersion"), `v${version}`, "apiVersion")}`;
}
function readDefaults(data, root) {
  const place = at(root, "default_query_params");
  const list2 = optionalArray(place, own$2(data, "default_query_params"), "`default_query_params`") ?? [];
  return list2.map((value, i) => ({ value, place: at(place, i) }));
}
const origin = (place) => ({ file: place.source.file, path: place.path });
const parentPlace = (place) => ({ source: place.source, path: place.path.slice(0, -1) });
function readKey(schema2, schemaPlace, outer, what2) {
  const place = at(schemaPlace, "key");
  const key = own$2(schema2, "key");
  if (key === void 0)
    return fail(place, `instance ${what2}s need a \`key\` with a \`name\``);
  const fields = recordAt(place, key, "`key`");
  const name = optionalString(at(place, "name"), own$2(fields, "name"), "`key.name`");
  if (name === void 0 || !KEY_NAME.test(name)) {
    return fail(at(place, "name"), `\`key.name\` must be made of letters, digits and \`_\` (it becomes a ${what2} parameter)`);
  }
  const prior = outer.find((k) => k.name === name);
  if (prior) {
    return fail(at(place, "name"), `key name "${name}" is already used by an enclosing resource's key at ${describePlace(prior.place)}`);
  }
  const description = optionalString(at(place, "description"), own$2(fields, "description"), "`key.description`");
  return { name, place, description, schema: own$2(fields, "schema") };
}
const keysInPath = (keys, path2) => keys.filter((key) => path2.includes(`{${key.name}}`));
function keySchema(key, budget) {
  return isRecord(key.schema) && Object.keys(key.schema).length > 0 ? cloneData(key.schema, at(key.place, "schema"), budget) : { type: "string" };
}
function operationId(path2, suffix) {
  return `${path2.slice(1).replace(/\//g, "_").replace(/[{}]/g, "")}_${suffix}`;
}
const DEFAULT_ASYNCAPI_VERSION = "2.5.0";
const ASYNCAPI_VERSIONS = ["2.5.0", "3.0.0", "3.1.0"];
const isAsyncApiVersion = (v) => typeof v === "string" && ASYNCAPI_VERSIONS.includes(v);
function parseAsyncApiVersion(value, option) {
  const v = value.trim();
  if (isAsyncApiVersion(v))
    return v;
  throw new InputError({ message: `${option} must be one of ${ASYNCAPI_VERSIONS.join(", ")} (got '${v}')` });
}
const CONTENT_TYPE$1 = "application/json";
const OPERATIONS = [
  { op: "subscribe", method: "get", fallback: "Subscribe from" },
  { op: "publish", method: "post", fallback: "Publish to" }
];
const own$1 = ownValue;
const put$1 = setOwn;
function noteOrigin$1(state, pointer, place) {
  state.origins.set(pointer, origin(place));
}
function generateAsyncApi(resources, info, options = {}) {
  const version = options.asyncapi ?? DEFAULT_ASYNCAPI_VERSION;
  if (!isAsyncApiVersion(version)) {
    throw new InputError({
      message: `asyncapi version ${JSON.stringify(version)} cannot be generated; choose one of ${ASYNCAPI_VERSIONS.join(", ")}`
    });
  }
  const state = {
    servers: {},
    schemas: {},
    channels: {},
    origins: /* @__PURE__ */ new Map(),
    components: /* @__PURE__ */ new Map(),
    channelOwners: /* @__PURE__ */ new Map(),
    operationIds: /* @__PURE__ */ new Map(),
    problems: [],
    budget: { nodes: 0 },
    warn: options.warn ?? (() => void 0)
  };
  for (const source of resources)
    addResource$1(state, source);
  if (state.problems.length > 0)
    throw new InputError(state.problems);
  const document = {
    asyncapi: DEFAULT_ASYNCAPI_VERSION,
    defaultContentType: CONTENT_TYPE$1,
    info: { title: String(info.title), description: String(info.description), version: String(info.version) },
    servers: state.servers,
    components: { schemas: state.schemas },
    channels: state.channels
  };
  const spec = { document, origins: state.origins };
  return version === DEFAULT_ASYNCAPI_VERSION ? spec : toAsyncApi3(spec, version);
}
function addResource$1(state, source) {
  const root = { source, path: [] };
  const data = recordAt(root, source.data, "a resource");
  const name = own$1(data, "kind");
  if (typeof name !== "string" || name === "")
    return fail(at(root, "kind"), "a resource needs a `kind`: a non-empty string");
  const schemaPlace = at(root, "schema");
  const schema2 = recordAt(schemaPlace, own$1(data, "schema"), "`schema`");
  const itemsPlace = at(schemaPlace, "items");
  const items = recordAt(itemsPlace, own$1(schema2, "items"), "`schema.items`");
  const registered = registerComponent(state, name, { role: "resource", place: at(root, "kind"), content: items }, itemsPlace, () => withoutDescriptions(items, itemsPlace, state.budget));
  if (!registered)
    return;
  const asyncapiPlace = at(root, "asyncapi");
  const asyncapi = optionalRecord(asyncapiPlace, own$1(data, "asyncapi"), "`asyncapi`") ?? {};
  mergeServers(state, asyncapi, asyncapiPlace);
  const flags = readFlags(asyncapi, asyncapiPlace);
  const prefix = versionPrefix(data, root);
  if (!flags.resources && !flags.instances && !flags.instanceAttrs)
    return;
  walkResource(state, {
    name,
    schema: schema2,
    schemaPlace,
    items,
    base: `${prefix}/${checkSegment(at(root, "kind"), name, "kind")}`,
    keys: [],
    flags,
    defaults: readDefaults(data, root)
  });
}
function withoutDescriptions(items, place, budget) {
  const copy2 = cloneData(items, place, budget);
  delete copy2.descriptions;
  return withoutReferences(copy2);
}
function registerComponent(state, name, owner, itemsPlace, build) {
  const prior = state.components.get(name);
  if (prior) {
    if (prior.role === "sub-resource" && owner.role === "sub-resource" && dataEqual(prior.content, owner.content))
      return true;
    state.problems.push(problemAt(owner.place, conflictMessage(name, prior, owner)));
    return false;
  }
  state.components.set(name, owner);
  put$1(state.schemas, name, build());
  noteOrigin$1(state, childPointer("/components/schemas", name), itemsPlace);
  return true;
}
function conflictMessage(name, prior, owner) {
  const where = describePlace(prior.place);
  const quoted2 = JSON.stringify(name);
  if (prior.role === "resource" && owner.role === "resource") {
    return `kind ${quoted2} is already used by the resource at ${where}; two resources of one spec cannot share a kind`;
  }
  if (prior.role === "resource") {
    return `sub-resource ${quoted2} has the same name as the kind of the resource at ${where}; its component schema would overwrite that resource's`;
  }
  if (owner.role === "resource") {
    return `kind ${quoted2} has the same name as the sub-resource at ${where}; their component schemas would overwrite each other`;
  }
  return `sub-resource ${quoted2} has a different schema from the sub-resource of the same name at ${where}; their component schemas would overwrite each other`;
}
function mergeServers(state, asyncapi, asyncapiPlace) {
  const place = at(asyncapiPlace, "servers");
  const servers = optionalRecord(place, own$1(asyncapi, "servers"), "`asyncapi.servers`");
  if (!servers)
    return;
  for (const name of Object.keys(servers)) {
    put$1(state.servers, name, cloneData(servers[name], at(place, name), state.budget));
    noteOrigin$1(state, childPointer("/servers", name), at(place, name));
  }
}
function readFlags(asyncapi, asyncapiPlace) {
  const place = at(asyncapiPlace, "channels");
  const channels = optionalRecord(place, own$1(asyncapi, "channels"), "`asyncapi.channels`") ?? {};
  return {
    resources: own$1(channels, "resources") === true,
    instances: own$1(channels, "instances") === true,
    instanceAttrs: own$1(channels, "instance_attrs") === true
  };
}
function allowsGet$1(state, methods, place) {
  if (isRecord(methods)) {
    const allowed = asyncapiAllowsGet(methods);
    if (!allowed) {
      state.warn(`${describePlace(place)}: \`methods\` is a mapping of levels (the OpenAPI form); firestone's AsyncAPI generator finds no \`get\` in it and makes no channels here: write a list such as [get, post] for channels`);
    }
    return allowed;
  }
  const list2 = optionalArray(place, methods, "`methods`");
  return list2 === void 0 || asyncapiAllowsGet(list2);
}
function walkResource(state, res) {
  if (!allowsGet$1(state, own$1(res.schema, "methods"), at(res.schemaPlace, "methods")))
    return;
  const { flags } = res;
  const itemsPlace = at(res.schemaPlace, "items");
  const itemsDescriptions = { owner: res.items, place: itemsPlace };
  if (flags.resources) {
    addChannel(state, res, {
      path: res.base,
      keys: res.keys,
      place: res.schemaPlace,
      descriptions: { owner: res.schema, place: res.schemaPlace },
      query: { owner: res.schema, place: res.schemaPlace },
      payload: { ref: [res.name], place: itemsPlace, list: true }
    });
  }
  if (!flags.instances && !flags.instanceAttrs)
    return;
  const key = readKey(res.schema, res.schemaPlace, res.keys, "channel");
  const keys = [...res.keys, key];
  const instanceBase = `${res.base}/{${key.name}}`;
  if (flags.instances) {
    addChannel(state, res, {
      path: instanceBase,
      keys,
      place: itemsPlace,
      descriptions: itemsDescriptions,
      query: { owner: res.schema, place: res.schemaPlace },
      payload: { ref: [res.name], place: itemsPlace, list: false }
    });
  }
  if (flags.instanceAttrs)
    walkAttributes$1(state, res, keys, instanceBase);
}
function walkAttributes$1(state, res, keys, instanceBase) {
  const itemsPlace = at(res.schemaPlace, "items");
  const propsPlace = at(itemsPlace, "properties");
  const props = optionalRecord(propsPlace, own$1(res.items, "properties"), "`properties`");
  if (!props) {
    const pos = describePlace(itemsPlace);
    state.warn(`${pos}: \`instance_attrs: true\` makes no attribute channels for ${JSON.stringify(res.name)}: its \`items\` has no \`properties\` (firestone makes none either)`);
    return;
  }
  for (const prop of Object.keys(props)) {
    const propPlace = at(propsPlace, prop);
    const value = props[prop];
    if (isRecord(value) && Object.hasOwn(value, "expose") && !value.expose)
      continue;
    const path2 = `${instanceBase}/${checkSegment(propPlace, prop, "property")}`;
    if (isRecord(value) && Object.hasOwn(value, "schema")) {
      addSubResource(state, res, keys, prop, value, propPlace, path2);
      continue;
    }
    addChannel(state, res, {
      path: path2,
      keys,
      place: propPlace,
      descriptions: { owner: res.items, place: itemsPlace },
      query: { owner: value, place: propPlace },
      payload: { ref: [res.name, "properties", prop], place: propPlace, list: false }
    });
  }
}
function addSubResource(state, parent, keys, prop, value, propPlace, path2) {
  const schemaPlace = at(propPlace, "schema");
  const schema2 = recordAt(schemaPlace, own$1(value, "schema"), "a sub-resource `schema`");
  const itemsPlace = at(schemaPlace, "items");
  const items = recordAt(itemsPlace, own$1(schema2, "items"), "a sub-resource `schema.items`");
  const owner = { role: "sub-resource", place: propPlace, content: items };
  const build = () => withoutReferences(cloneData(items, itemsPlace, state.budget));
  if (!registerComponent(state, prop, owner, itemsPlace, build))
    return;
  walkResource(state, { ...parent, name: prop, schema: schema2, schemaPlace, items, base: path2, keys });
}
function addChannel(state, res, spec) {
  const prior = state.channelOwners.get(spec.path);
  if (prior) {
    state.problems.push(problemAt(spec.place, `channel ${spec.path} is also made by ${describePlace(prior)}`));
    return;
  }
  const operationIds = operationIdsOf(spec.path);
  const clash = operationIds.find((id) => state.operationIds.has(id));
  if (clash !== void 0) {
    const other = state.operationIds.get(clash);
    state.problems.push(problemAt(spec.place, `channel ${spec.path} (made by ${describePlace(spec.place)}) gets operationId ${clash}, which channel ${other.path} (made by ${describePlace(other.place)}) already has; rename one of them`));
    return;
  }
  state.channelOwners.set(spec.path, spec.place);
  for (const id of operationIds)
    state.operationIds.set(id, { path: spec.path, place: spec.place });
  const pointer = childPointer("/channels", spec.path);
  const channel = {
    description: `Channel for ${spec.path}`,
    parameters: buildParameters$1(state, spec, pointer)
  };
  OPERATIONS.forEach((def, i) => {
    channel[def.op] = buildOperation$1(state, res, spec, def, operationIds[i], `${pointer}/${def.op}`);
  });
  state.channels[spec.path] = channel;
  noteOrigin$1(state, pointer, spec.place);
}
function operationIdsOf(path2) {
  return OPERATIONS.map((def) => operationId(path2, def.op));
}
function buildParameters$1(state, spec, pointer) {
  const params = {};
  for (const key of keysInPath(spec.keys, spec.path)) {
    const param = {};
    if (key.description !== void 0)
      param.description = key.description;
    param.schema = keySchema(key, state.budget);
    put$1(params, key.name, param);
    noteOrigin$1(state, childPointer(`${pointer}/parameters`, key.name), key.place);
  }
  return params;
}
function buildOperation$1(state, res, spec, def, operationId2, pointer) {
  const { owner, place } = spec.descriptions;
  const descsPlace = at(place, "descriptions");
  const descs = optionalRecord(descsPlace, own$1(owner, "descriptions"), "`descriptions`") ?? {};
  const writtenPlace = at(descsPlace, def.method);
  const written = optionalString(writtenPlace, own$1(descs, def.method), `\`descriptions.${def.method}\``);
  if (written !== void 0)
    noteOrigin$1(state, `${pointer}/description`, writtenPlace);
  const ref = { $ref: refFragment(["components", "schemas", ...spec.payload.ref]) };
  const asList = spec.payload.list && def.op === "subscribe";
  noteOrigin$1(state, `${pointer}/message/payload`, asList ? parentPlace(spec.payload.place) : spec.payload.place);
  return {
    operationId: operationId2,
    description: written ?? `${def.fallback} ${spec.path}`,
    message: {
      name: res.name,
      contentType: CONTENT_TYPE$1,
      payload: asList ? { type: "array", items: ref } : ref
    },
    bindings: {
      ws: { method: def.method, query: buildQuery(state, res, spec, def, `${pointer}/bindings/ws/query`) }
    },
    tags: [{ name: res.name }]
  };
}
function buildQuery(state, res, spec, def, pointer) {
  const { owner, place } = spec.query;
  if (!isRecord(owner) || !Object.hasOwn(owner, "query_params"))
    return {};
  const listPlace = at(place, "query_params");
  const list2 = optionalArray(listPlace, owner.query_params, "`query_params`") ?? [];
  const entries = [...list2.map((value, i) => ({ value, place: at(listPlace, i) })), ...res.defaults];
  noteOrigin$1(state, pointer, listPlace);
  const required = [];
  const chosen = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    const param = recordAt(entry.place, entry.value, "a query parameter");
    const name = optionalString(at(entry.place, "name"), own$1(param, "name"), "a query parameter `name`");
    if (name === void 0)
      return fail(entry.place, "a query parameter needs a `name`");
    const methods = optionalArray(at(entry.place, "methods"), own$1(param, "methods"), "`methods`");
    if (methods !== void 0 && methods.length > 0 && !methods.includes(def.method))
      continue;
    if (own$1(param, "required") === true && !required.includes(name)) {
      required.push(name);
      noteOrigin$1(state, `${pointer}/required/${required.length - 1}`, at(entry.place, "required"));
    }
    chosen.set(name, { param, entry });
  }
  const properties = {};
  for (const [name, { param, entry }] of chosen) {
    put$1(properties, name, queryProperty(state, param, entry, childPointer(`${pointer}/properties`, name)));
  }
  return { type: "object", required, properties };
}
function queryProperty(state, param, entry, pointer) {
  noteOrigin$1(state, pointer, entry.place);
  const property = {};
  const descriptionPlace = at(entry.place, "description");
  const description = optionalString(descriptionPlace, own$1(param, "description"), "a query parameter `description`");
  if (description !== void 0) {
    property.description = description;
    noteOrigin$1(state, `${pointer}/description`, descriptionPlace);
  }
  const schemaPlace = at(entry.place, "schema");
  const schema2 = optionalRecord(schemaPlace, own$1(param, "schema"), "a query parameter `schema`") ?? { type: "string" };
  const written = Object.hasOwn(param, "schema");
  for (const k of Object.keys(schema2)) {
    if (!written) {
      put$1(property, k, schema2[k]);
      continue;
    }
    const place = at(schemaPlace, k);
    put$1(property, k, cloneData(schema2[k], place, state.budget));
    noteOrigin$1(state, childPointer(pointer, k), place);
  }
  return property;
}
const DEFAULT_OPENAPI_VERSION = "3.0.0";
const OPENAPI_VERSION_PATTERN = "^3\\.[01]\\.(0|[1-9][0-9]*)$";
const OPENAPI_VERSION = new RegExp(OPENAPI_VERSION_PATTERN);
const isOpenApiVersion = (v) => typeof v === "string" && OPENAPI_VERSION.test(v);
function parseOpenApiVersion(value, option) {
  const v = value.trim();
  if (isOpenApiVersion(v))
    return v;
  throw new InputError({ message: `${option} ${v}: OpenAPI 3.0.x or 3.1.x only` });
}
const CONTENT_TYPE = "application/json";
const LEVELS = ["resource", "instance", "instance_attrs"];
const LEVEL_METHODS = {
  resource: ["delete", "get", "head", "patch", "post"],
  instance: ["delete", "get", "head", "patch", "put"],
  instance_attrs: ["delete", "get", "head", "put"]
};
const FIRESTONE_KEYWORDS$1 = /* @__PURE__ */ new Set(["descriptions", "expose", "key", "methods", "query_params", "references"]);
const own = ownValue;
const put = setOwn;
const singular = (name) => name.endsWith("s") ? name.slice(0, -1) : name;
const cap = (name) => name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();
const schemaRef = (name) => ({ $ref: refFragment(["components", "schemas", name]) });
function noteOrigin(state, pointer, place) {
  state.origins.set(pointer, origin(place));
}
function generateOpenApi(resources, info, options = {}) {
  const version = parseOpenApiVersion(options.openapi ?? DEFAULT_OPENAPI_VERSION, "openapi");
  const warn = options.warn ?? (() => void 0);
  const state = {
    schemas: {},
    schemaOwners: /* @__PURE__ */ new Map(),
    schemes: {},
    schemeOwners: /* @__PURE__ */ new Map(),
    paths: {},
    pathOwners: /* @__PURE__ */ new Map(),
    operationIds: /* @__PURE__ */ new Map(),
    origins: /* @__PURE__ */ new Map(),
    problems: [],
    budget: { nodes: 0 },
    warn
  };
  for (const source of resources)
    addResource(state, source);
  if (state.problems.length > 0)
    throw new InputError(state.problems);
  const docInfo = { title: String(info.title) };
  if (options.summary !== void 0) {
    if (version.startsWith("3.1."))
      docInfo.summary = String(options.summary);
    else
      warn(`--summary is written for OpenAPI 3.1.x only; OpenAPI ${version} has no info.summary`);
  }
  docInfo.description = String(info.description);
  docInfo.version = String(info.version);
  const document = { openapi: version, info: docInfo };
  if (options.prefix !== void 0)
    document.servers = [{ url: options.prefix }];
  const components = { schemas: state.schemas };
  if (Object.keys(state.schemes).length > 0)
    components.securitySchemes = state.schemes;
  document.components = components;
  document.paths = state.paths;
  return { document, origins: state.origins };
}
function addResource(state, source) {
  const rootPlace = { source, path: [] };
  const data = recordAt(rootPlace, source.data, "a resource");
  const kind = own(data, "kind");
  if (typeof kind !== "string" || kind === "")
    return fail(at(rootPlace, "kind"), "a resource needs a `kind`: a non-empty string");
  const schemaPlace = at(rootPlace, "schema");
  const schema2 = recordAt(schemaPlace, own(data, "schema"), "`schema`");
  const itemsPlace = at(schemaPlace, "items");
  const items = recordAt(itemsPlace, own(schema2, "items"), "`schema.items`");
  const prefix = versionPrefix(data, rootPlace);
  const defaults = readDefaults(data, rootPlace);
  const root = {
    kind,
    defaults,
    dedupe: defaults.length > 0,
    security: readSecurity(state, data, rootPlace)
  };
  const methodsPlace = at(rootPlace, "methods");
  const methods = optionalRecord(methodsPlace, own(data, "methods"), "`methods` (resource/instance/instance_attrs to method lists)");
  walk(state, {
    root,
    name: kind,
    top: true,
    data,
    rootPlace,
    schema: schema2,
    schemaPlace,
    items,
    itemsPlace,
    base: `${prefix}/${checkSegment(at(rootPlace, "kind"), kind, "kind")}`,
    basePlace: schemaPlace,
    keys: [],
    levels: readLevels(methods, methodsPlace)
  });
}
function readLevels(methods, place) {
  const out = {};
  for (const level of LEVELS) {
    const levelPlace = at(place, level);
    const listed = methods ? optionalArray(levelPlace, own(methods, level), `\`methods.${level}\``) : void 0;
    if (listed === void 0 || listed.length === 0) {
      out[level] = level === "resource" ? { methods: [...LEVEL_METHODS.resource], place, listed: void 0 } : null;
    } else {
      out[level] = { methods: LEVEL_METHODS[level].filter((m) => listed.includes(m)), place: levelPlace, listed };
    }
  }
  return out;
}
function readSecurity(state, data, rootPlace) {
  const place = at(rootPlace, "security");
  const security = optionalRecord(place, own(data, "security"), "`security`");
  if (!security)
    return null;
  const schemePlace = at(place, "scheme");
  const scheme = optionalRecord(schemePlace, own(security, "scheme"), "`security.scheme`") ?? {};
  const names = Object.keys(scheme);
  const levels = {};
  for (const level of LEVELS) {
    const levelPlace = at(place, level);
    const methods = optionalArray(levelPlace, own(security, level), `\`security.${level}\``) ?? [];
    if (methods.length > 0 && names.length === 0)
      fail(levelPlace, `security lists methods for '${level}' but declares no scheme`);
    levels[level] = { methods, place: levelPlace };
  }
  if (names.length > 0 && LEVELS.every((l) => levels[l].methods.length === 0)) {
    state.warn(`${describePlace(schemePlace)}: security.scheme declares ${names.join(", ")} but no level (resource, instance, instance_attrs) lists a method: no operation is secured (as in firestone)`);
  }
  for (const name of names) {
    const at_ = at(schemePlace, name);
    const definition = cloneData(scheme[name], at_, state.budget);
    const prior = state.schemeOwners.get(name);
    if (prior) {
      if (!dataEqual(state.schemes[name], definition)) {
        state.problems.push(problemAt(at_, `${describePlace(prior)} and ${describePlace(at_)} define security scheme '${name}' differently`));
      }
      continue;
    }
    state.schemeOwners.set(name, at_);
    put(state.schemes, name, definition);
    noteOrigin(state, childPointer("/components/securitySchemes", name), at_);
  }
  return { names, levels };
}
function registerSchema(state, name, content, place, extra) {
  const prior = state.schemaOwners.get(name);
  if (prior) {
    if (!dataEqual(state.schemas[name], content)) {
      state.problems.push(problemAt(place, `${describePlace(prior)} and ${describePlace(place)} both produce OpenAPI schema '${name}' with different definitions`));
    }
    return;
  }
  state.schemaOwners.set(name, place);
  put(state.schemas, name, content);
  noteOrigin(state, childPointer("/components/schemas", name), place);
  extra?.();
}
const isSubResource = (value) => isRecord(value) && isRecord(own(value, "schema")) && Object.hasOwn(value.schema, "items");
function cleanItems(state, items, place, keepRequired, pointer) {
  const out = {};
  for (const key of Object.keys(items)) {
    if (FIRESTONE_KEYWORDS$1.has(key))
      continue;
    const value = items[key];
    if (key === "required" && !keepRequired && Array.isArray(value) && value.length > 0)
      continue;
    if (key === "properties" && isRecord(value)) {
      const props = {};
      for (const prop of Object.keys(value)) {
        const propPlace = at(place, "properties", prop);
        const propPointer = childPointer(`${pointer}/properties`, prop);
        put(props, prop, cleanProperty$1(state, prop, value[prop], propPlace, propPointer));
      }
      out.properties = props;
      continue;
    }
    put(out, key, withoutReferences(cloneData(value, at(place, key), state.budget)));
  }
  return out;
}
function cleanProperty$1(state, prop, value, place, pointer) {
  if (!isRecord(value))
    return cloneData(value, place, state.budget);
  if (isSubResource(value)) {
    addSubResourceComponent(state, prop, value, place);
    if (pointer)
      noteOrigin(state, pointer, place);
    return schemaRef(prop);
  }
  const out = {};
  const wrapped = own(value, "schema");
  if (isRecord(wrapped)) {
    for (const key of Object.keys(wrapped)) {
      if (FIRESTONE_KEYWORDS$1.has(key) || Object.hasOwn(value, key))
        continue;
      put(out, key, withoutReferences(cloneData(wrapped[key], at(place, "schema", key), state.budget)));
      if (pointer)
        noteOrigin(state, childPointer(pointer, key), at(place, "schema", key));
    }
  }
  for (const key of Object.keys(value)) {
    if (FIRESTONE_KEYWORDS$1.has(key) || key === "schema" && isRecord(wrapped))
      continue;
    put(out, key, withoutReferences(cloneData(value[key], at(place, key), state.budget)));
  }
  if (pointer)
    noteOrigin(state, pointer, place);
  return out;
}
function addSubResourceComponent(state, prop, value, propPlace) {
  const schemaPlace = at(propPlace, "schema");
  const itemsPlace = at(schemaPlace, "items");
  const items = recordAt(itemsPlace, own(value.schema, "items"), "a sub-resource `schema.items`");
  const pointer = childPointer("/components/schemas", prop);
  const content = cleanItems(state, items, itemsPlace, true, pointer);
  registerSchema(state, prop, content, itemsPlace);
}
function addNodeComponents(state, node) {
  const S = singular(node.name);
  const sPointer = childPointer("/components/schemas", S);
  const keepRequired = !node.top && S === node.name;
  registerSchema(state, S, cleanItems(state, node.items, node.itemsPlace, keepRequired, sPointer), node.itemsPlace);
  const collection = node.levels.resource;
  if (collection?.methods.includes("post")) {
    const required = own(node.items, "required");
    const extra = { type: "object" };
    if (Array.isArray(required) && required.length > 0)
      extra.required = cloneData(required, at(node.itemsPlace, "required"), state.budget);
    const name = `Create${cap(S)}`;
    registerSchema(state, name, { allOf: [schemaRef(S), extra] }, node.itemsPlace, () => {
      noteOrigin(state, `${childPointer("/components/schemas", name)}/allOf/1`, node.itemsPlace);
      if (extra.required)
        noteOrigin(state, `${childPointer("/components/schemas", name)}/allOf/1/required`, at(node.itemsPlace, "required"));
    });
  }
  if (node.levels.instance?.methods.includes("put")) {
    registerSchema(state, `Update${cap(S)}`, { allOf: [schemaRef(S), { type: "object" }] }, node.itemsPlace);
  }
}
function walk(state, node) {
  addNodeComponents(state, node);
  const S = singular(node.name);
  const collection = node.levels.resource;
  if (collection) {
    addPath(state, node, {
      level: "resource",
      path: node.base,
      place: node.basePlace,
      keys: node.keys,
      methods: collection,
      body: (method) => collectionBody(S, method),
      bodyPlace: node.itemsPlace
    });
  }
  const instance = node.levels.instance;
  const attrs = node.levels.instance_attrs;
  if (!instance && !attrs)
    return;
  const key = readKey(node.schema, node.schemaPlace, node.keys, "path");
  const keys = [...node.keys, key];
  const instanceBase = `${node.base}/{${key.name}}`;
  if (instance) {
    addPath(state, node, {
      level: "instance",
      path: instanceBase,
      place: key.place,
      keys,
      methods: instance,
      body: (method) => instanceBody(S, method),
      bodyPlace: node.itemsPlace
    });
  }
  if (attrs)
    walkAttributes(state, node, keys, instanceBase, attrs);
}
function walkAttributes(state, node, keys, instanceBase, attrs) {
  const propsPlace = at(node.itemsPlace, "properties");
  const props = optionalRecord(propsPlace, own(node.items, "properties"), "`properties`");
  if (!props) {
    state.warn(`${describePlace(node.itemsPlace)}: \`instance_attrs\` makes no attribute paths for ${JSON.stringify(node.name)}: its \`items\` has no \`properties\` (firestone makes none either)`);
    return;
  }
  const walks = attrs.methods.length > 0;
  for (const prop of Object.keys(props)) {
    const propPlace = at(propsPlace, prop);
    const value = props[prop];
    if (isRecord(value) && Object.hasOwn(value, "expose") && !value.expose)
      continue;
    const path2 = `${instanceBase}/${checkSegment(propPlace, prop, "property")}`;
    if (isSubResource(value) && walks) {
      walkSubResource(state, node, keys, prop, value, propPlace, path2);
      continue;
    }
    const attrSchema = () => attributeSchema(state, prop, value, propPlace);
    addPath(state, node, {
      level: "instance_attrs",
      path: path2,
      place: propPlace,
      keys,
      methods: attrs,
      body: (method) => attributeBody(attrSchema, method),
      bodyPlace: propPlace
    });
  }
}
function attributeSchema(state, prop, value, place) {
  const cleaned = cleanProperty$1(state, prop, value, place);
  if (!isRecord(cleaned))
    return cleaned;
  const type = own(cleaned, "type");
  if (Object.hasOwn(cleaned, "items") && type !== void 0 && type !== "array")
    return cleaned.items;
  return cleaned;
}
function walkSubResource(state, parent, keys, prop, value, propPlace, path2) {
  const schemaPlace = at(propPlace, "schema");
  const schema2 = value.schema;
  const itemsPlace = at(schemaPlace, "items");
  const items = recordAt(itemsPlace, own(schema2, "items"), "a sub-resource `schema.items`");
  const methodsPlace = at(schemaPlace, "methods");
  const methods = own(schema2, "methods");
  if (methods !== void 0 && !isRecord(methods)) {
    fail(methodsPlace, `sub-resource '${prop}': schema.methods must map resource/instance/instance_attrs to method lists for OpenAPI`);
  }
  walk(state, {
    root: parent.root,
    name: prop,
    top: false,
    data: parent.data,
    rootPlace: parent.rootPlace,
    schema: schema2,
    schemaPlace,
    items,
    itemsPlace,
    base: path2,
    basePlace: propPlace,
    keys,
    levels: readLevels(methods, methodsPlace)
  });
}
function collectionBody(S, method) {
  if (method === "get")
    return { status: "200", response: { type: "array", items: schemaRef(S) } };
  if (method === "post") {
    const create = `Create${cap(S)}`;
    return { status: "201", request: schemaRef(create), response: schemaRef(create) };
  }
  return { status: "200", response: schemaRef(S) };
}
function instanceBody(S, method) {
  if (method === "put") {
    const update = `Update${cap(S)}`;
    return { status: "200", request: schemaRef(update), response: schemaRef(update) };
  }
  return { status: "200", response: schemaRef(S) };
}
function attributeBody(schema2, method) {
  if (method === "put")
    return { status: "200", request: schema2(), response: schema2() };
  return { status: "200", response: schema2() };
}
const STATUS_TEXT = { "200": "Response for OK", "201": "Response for CREATED" };
function addPath(state, node, spec) {
  const prior = state.pathOwners.get(spec.path);
  if (prior) {
    state.problems.push(problemAt(spec.place, `${describePlace(prior)} and ${describePlace(spec.place)} both produce path ${spec.path}`));
    return;
  }
  state.pathOwners.set(spec.path, spec.place);
  const pointer = childPointer("/paths", spec.path);
  const item = {};
  state.paths[spec.path] = item;
  noteOrigin(state, pointer, spec.place);
  for (const method of spec.methods.methods) {
    const id = operationId(spec.path, method);
    const clash = state.operationIds.get(id);
    if (clash) {
      state.problems.push(problemAt(spec.place, `${describePlace(clash.place)} and ${describePlace(spec.place)} both produce operationId '${id}' (${clash.path}, ${spec.path})`));
      continue;
    }
    state.operationIds.set(id, { path: spec.path, place: spec.place });
    item[method] = buildOperation(state, node, spec, method, id, `${pointer}/${method}`);
  }
}
function buildOperation(state, node, spec, method, id, pointer) {
  const listedAt = spec.methods.listed?.indexOf(method) ?? -1;
  noteOrigin(state, pointer, listedAt >= 0 ? at(spec.methods.place, listedAt) : spec.place);
  const written = writtenDescription(node, spec.level, method);
  if (written)
    noteOrigin(state, `${pointer}/description`, written.place);
  const op = {
    description: written?.text ?? `${method} operation for ${spec.path}`,
    operationId: id,
    parameters: buildParameters(state, node, spec, method, `${pointer}/parameters`)
  };
  if (method === "head") {
    op.responses = { default: { description: "Default HEAD response" } };
  } else {
    const body = spec.body(method);
    if (body.request !== void 0) {
      op.requestBody = {
        content: { [CONTENT_TYPE]: { schema: body.request } },
        description: `The request body for ${spec.path}`,
        required: true
      };
      noteOrigin(state, `${pointer}/requestBody`, spec.bodyPlace);
    }
    op.responses = {
      [body.status]: { content: { [CONTENT_TYPE]: { schema: body.response } }, description: STATUS_TEXT[body.status] }
    };
    noteOrigin(state, `${pointer}/responses`, spec.bodyPlace);
  }
  const security = node.root.security;
  if (security && security.levels[spec.level].methods.includes(method)) {
    op.security = security.names.map((name) => ({ [name]: [] }));
    noteOrigin(state, `${pointer}/security`, security.levels[spec.level].place);
  }
  op.tags = [node.root.kind];
  return op;
}
function writtenDescription(node, level, method) {
  if (!node.top || level === "instance_attrs")
    return void 0;
  const descsPlace = at(node.rootPlace, "descriptions");
  const descs = optionalRecord(descsPlace, own(node.data, "descriptions"), "`descriptions`");
  if (!descs)
    return void 0;
  const sectionPlace = at(descsPlace, level);
  const section = optionalRecord(sectionPlace, own(descs, level), `\`descriptions.${level}\``);
  if (!section)
    return void 0;
  const place = at(sectionPlace, method);
  const text2 = own(section, method);
  if (text2 === void 0)
    return void 0;
  if (typeof text2 !== "string")
    return fail(place, `descriptions.${level}.${method} must be a string (x-responses is not supported)`);
  return text2 === "" ? void 0 : { text: text2, place };
}
function buildParameters(state, node, spec, method, pointer) {
  const listPlace = at(node.schemaPlace, "query_params");
  const list2 = optionalArray(listPlace, own(node.schema, "query_params"), "`query_params`") ?? [];
  const entries = list2.map((value, i) => ({ value, place: at(listPlace, i) }));
  const made = [];
  for (const entry of entries) {
    const param = queryParameter$1(state, entry, method);
    if (param)
      made.push({ param, place: entry.place, entry });
  }
  for (const key of keysInPath(spec.keys, spec.path)) {
    const param = { name: key.name, in: "path", required: true };
    param.schema = keySchema(key, state.budget);
    if (key.description !== void 0)
      param.description = key.description;
    made.push({ param, place: key.place });
  }
  if (spec.level === "resource") {
    for (const entry of node.root.defaults) {
      const param = queryParameter$1(state, entry, method);
      if (param)
        made.push({ param, place: entry.place, entry });
    }
  }
  const seen2 = /* @__PURE__ */ new Set();
  const kept = node.root.dedupe ? made.filter(({ param }) => seen2.has(param.name) ? false : (seen2.add(param.name), true)) : made;
  return kept.map(({ param, place, entry }, i) => {
    const at_ = childPointer(pointer, i);
    noteOrigin(state, at_, place);
    if (entry && isRecord(entry.value) && Object.hasOwn(entry.value, "schema"))
      noteOrigin(state, `${at_}/schema`, at(place, "schema"));
    return param;
  });
}
function queryParameter$1(state, entry, method) {
  const fields = recordAt(entry.place, entry.value, "a query parameter");
  const name = optionalString(at(entry.place, "name"), own(fields, "name"), "a query parameter `name`");
  if (name === void 0)
    return fail(entry.place, "a query parameter needs a `name`");
  const methods = optionalArray(at(entry.place, "methods"), own(fields, "methods"), "`methods`");
  if (methods !== void 0 && methods.length > 0 && !methods.includes(method))
    return null;
  const param = { name, in: "query", required: own(fields, "required") === true };
  const schemaPlace = at(entry.place, "schema");
  const written = optionalRecord(schemaPlace, own(fields, "schema"), "a query parameter `schema`");
  const schema2 = written ? cloneData(written, schemaPlace, state.budget) : { type: "string" };
  const fallback = own(fields, "default");
  if (fallback !== void 0 && fallback !== null)
    schema2.default = cloneData(fallback, at(entry.place, "default"), state.budget);
  param.schema = schema2;
  const descriptionPlace = at(entry.place, "description");
  const description = own(fields, "description");
  if (description !== void 0) {
    if (typeof description !== "string")
      return fail(descriptionPlace, `query parameter '${name}': description must be a string`);
    param.description = description;
  }
  return param;
}
const DEFAULT_MAX_BYTES$1 = 256 * 1024 * 1024;
const GIT_ENV = {
  GIT_TERMINAL_PROMPT: "0",
  GCM_INTERACTIVE: "never",
  LC_ALL: "C",
  GIT_PAGER: "cat",
  GIT_EDITOR: "true"
};
function git(args, opts) {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES$1;
  return new Promise((resolve, reject) => {
    const child2 = childProcess().spawn("git", args, {
      cwd: opts.cwd,
      env: { ...process.env, ...GIT_ENV, ...opts.env },
      stdio: ["pipe", "pipe", "pipe"],
      windowsHide: true
    });
    const out = [];
    const err = [];
    let bytes = 0;
    let overflow = false;
    const collect = (sink) => (chunk) => {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        if (!overflow) {
          overflow = true;
          child2.kill();
        }
        return;
      }
      sink.push(chunk);
    };
    child2.stdout.on("data", collect(out));
    child2.stderr.on("data", collect(err));
    child2.on("error", (error) => {
      if (error.code !== "ENOENT")
        reject(error);
      else if (!fs.existsSync(opts.cwd))
        reject(new Error(`cannot run git in ${opts.cwd}: the directory does not exist`));
      else
        reject(new Error(`git is not installed or not on PATH (running git ${args.join(" ")} in ${opts.cwd})`));
    });
    child2.on("close", (code2) => {
      if (overflow) {
        reject(new GitError(args, -1, `output exceeded ${maxBytes} bytes`));
        return;
      }
      resolve({
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
        code: code2 ?? -1
      });
    });
    child2.stdin.on("error", () => void 0);
    child2.stdin.end(opts.input ?? "");
  });
}
class GitError extends Error {
  args;
  code;
  stderr;
  constructor(args, code2, stderr) {
    const detail = redactCredentials(stderr.trim());
    super(`git ${redactCredentials(args.join(" "))} failed (exit ${code2})${detail ? `: ${detail}` : ""}`);
    this.name = "GitError";
    this.args = args;
    this.code = code2;
    this.stderr = stderr;
  }
}
async function gitOk(args, opts) {
  const result = await git(args, opts);
  if (result.code !== 0)
    throw new GitError(args, result.code, result.stderr);
  return result.stdout;
}
function redactCredentials(text2) {
  return text2.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, "$1***@");
}
class BaselineError extends Error {
  revision;
  constructor(revision, message2) {
    super(message2);
    this.name = "BaselineError";
    this.revision = revision;
  }
}
const DEFAULT_MAX_BYTES = MAX_SPEC_BYTES;
const REVISION = /^[A-Za-z0-9_][A-Za-z0-9._/+-]*(?:[~^][0-9]*)*$/;
function isValidRevision(rev) {
  return REVISION.test(rev) && !rev.includes("..") && !rev.includes("//") && !rev.endsWith("/") && !rev.endsWith(".lock") && rev.length <= 1024;
}
async function resolveRevision(cwd, rev, opts = {}) {
  if (!isValidRevision(rev))
    throw new BaselineError(rev, `'${printable(rev)}' is not a valid git revision`);
  const local = await verifyCommit(cwd, rev);
  if (local)
    return local;
  const remote = opts.remote ?? "origin";
  const shallow = await isShallow(cwd);
  const remoteName = rev.startsWith(`${remote}/`) ? rev.slice(remote.length + 1) : rev;
  const fetched = await git(["fetch", "--no-tags", ...shallow ? ["--depth=1"] : [], remote, remoteName], { cwd });
  if (fetched.code !== 0) {
    throw new BaselineError(rev, `revision ${rev} is not in the local clone and could not be fetched from ${remote}: ${firstLines(fetched.stderr)}`);
  }
  const after = await verifyCommit(cwd, rev) ?? await verifyCommit(cwd, "FETCH_HEAD");
  if (!after)
    throw new BaselineError(rev, `revision ${rev} was fetched from ${remote} but is not a commit`);
  return after;
}
async function readFileAtRevision(cwd, rev, file, opts = {}) {
  const relative = checkRelativePath(file);
  const commit = await resolveRevision(cwd, rev, opts);
  const prefix = (await gitOk(["rev-parse", "--show-prefix"], { cwd })).trim();
  const full = path__namespace.posix.join(prefix, relative);
  const listing = await gitOk(["--literal-pathspecs", "ls-tree", "-z", "-l", "--full-tree", commit, "--", full], {
    cwd
  });
  const entry = parseLsTree(listing).find((e) => e.path === full);
  if (!entry)
    return { found: false, reason: `${relative} does not exist at ${rev}`, commit };
  if (entry.mode === "120000")
    return { found: false, reason: `${relative} is a symbolic link at ${rev}`, commit };
  if (entry.type !== "blob")
    return { found: false, reason: `${relative} is not a file at ${rev}`, commit };
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const size = Number(entry.size);
  if (!(size <= maxBytes)) {
    throw new BaselineError(rev, `${relative} at ${rev} is ${size} bytes, over the ${maxBytes}-byte limit`);
  }
  if (opts.known !== void 0 && blobId(opts.known, entry.oid) === entry.oid) {
    const { buffer, byteOffset, byteLength } = opts.known;
    return { found: true, text: Buffer.from(buffer, byteOffset, byteLength).toString("utf8"), commit, fromKnown: true };
  }
  const text2 = await gitOk(["cat-file", "blob", entry.oid], { cwd, maxBytes: maxBytes + 64 * 1024 });
  return { found: true, text: text2, commit };
}
function blobId(bytes, like) {
  return crypto().createHash(like.length === 64 ? "sha256" : "sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
async function verifyCommit(cwd, rev) {
  const result = await git(["rev-parse", "--verify", "--quiet", `${rev}^{commit}`], { cwd });
  return result.code === 0 ? result.stdout.trim() : null;
}
async function isShallow(cwd) {
  const result = await git(["rev-parse", "--is-shallow-repository"], { cwd });
  if (result.code !== 0)
    throw new BaselineError("HEAD", `${cwd} is not a git repository: ${firstLines(result.stderr)}`);
  return result.stdout.trim() === "true";
}
function parseLsTree(output) {
  return output.split("\0").filter(Boolean).flatMap((record) => {
    const match = /^(\d+) (\w+) ([0-9a-f]+) +(\d+|-)\t([\s\S]*)$/.exec(record);
    return match ? [{ mode: match[1], type: match[2], oid: match[3], size: match[4], path: match[5] }] : [];
  });
}
function checkRelativePath(file) {
  const posix = file.replace(/\\/g, "/");
  const normal = path__namespace.posix.normalize(posix);
  if (!file || path__namespace.posix.isAbsolute(posix) || /^[A-Za-z]:/.test(posix) || normal === ".." || normal.startsWith("../")) {
    throw new InputError({ file, message: "baseline path must be relative and inside the repository" });
  }
  return normal.replace(/^\.\//, "");
}
function firstLines(text2) {
  return redactCredentials(text2.trim().split("\n").slice(0, 3).join(" / ")) || "no message from git";
}
function printable(text2) {
  return text2.replace(/[^\x20-\x7e]/g, "?").slice(0, 200);
}
async function listTags(cwd, pattern) {
  if (pattern === "" || pattern.startsWith("-") || /[\u0000-\u001f]/.test(pattern)) {
    throw new InputError({ message: `--tags: ${JSON.stringify(pattern)} is not a tag pattern` });
  }
  const out = await gitOk(["tag", "--list", "--sort=creatordate", pattern], { cwd });
  return out.split("\n").filter((t) => t !== "");
}
const fromNumH = (n) => n / 2 ** 32 | 0;
const fromNumL = (n) => n >>> 0;
function setU64FromNum(view, byteOffset, n, isLE) {
  const h = fromNumH(n);
  const l = fromNumL(n);
  view.setUint32(byteOffset, isLE ? l : h, isLE);
  view.setUint32(byteOffset + 4, isLE ? h : l, isLE);
}
function isBytes(a) {
  return a instanceof Uint8Array || ArrayBuffer.isView(a) && a.constructor.name === "Uint8Array" && "BYTES_PER_ELEMENT" in a && a.BYTES_PER_ELEMENT === 1;
}
const atitle = (title) => title ? `"${title}" ` : "";
function abytes(value, length, title = "") {
  if (isBytes(value) && length === void 0)
    return value;
  const bytes = isBytes(value);
  const ofLen = "";
  const got = bytes ? `length=${value.length}` : `type=${typeof value}`;
  const message2 = atitle(title) + "expected Uint8Array" + ofLen + ", got " + got;
  if (!bytes)
    throw new TypeError(message2);
  throw new RangeError(message2);
}
const aobject = (value, label) => {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new TypeError((label === "object" ? "" : `"${label}" `) + "expected object, got type=" + typeof value);
};
const aopts = (value, label) => {
  aobject(value, label);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null)
    throw new TypeError(`"${label}" expected plain object`);
  if (Object.hasOwn(value, "__proto__"))
    throw new TypeError(`"${label}.__proto__" is not allowed`);
};
function aexists(instance, checkFinished = true) {
  if (instance.destroyed)
    throw new Error("hash was destroyed");
  if (checkFinished && instance.finished)
    throw new Error("digest() was already called");
}
function aoutput(out, instance) {
  abytes(out, void 0, "output");
  const min = instance.outputLen;
  if (!(out.length >= min)) {
    throw new RangeError('"output" expected length >= ' + min);
  }
}
function clean$2(...arrays) {
  for (let i = 0; i < arrays.length; i++) {
    arrays[i].fill(0);
  }
}
function createView(arr) {
  return new DataView(arr.buffer, arr.byteOffset, arr.byteLength);
}
function rotr(word, shift) {
  return word << 32 - shift | word >>> shift;
}
const hasHexBuiltin = /* @__PURE__ */ (() => (
  // @ts-ignore
  typeof Uint8Array.from([]).toHex === "function" && typeof Uint8Array.fromHex === "function"
))();
const hexes = /* @__PURE__ */ Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
function bytesToHex(bytes) {
  abytes(bytes);
  if (hasHexBuiltin)
    return bytes.toHex();
  let hex = "";
  for (let i = 0; i < bytes.length; i++) {
    hex += hexes[bytes[i]];
  }
  return hex;
}
function utf8ToBytes(str2) {
  if (typeof str2 !== "string")
    throw new TypeError("string expected");
  const encoded = new TextEncoder().encode(str2);
  try {
    return new Uint8Array(encoded);
  } finally {
    clean$2(encoded);
  }
}
function checkOpts(defaults, opts, title = "opts") {
  aopts(defaults, "defaults");
  if (opts !== void 0)
    aopts(opts, title);
  const merged2 = Object.assign(/* @__PURE__ */ Object.create(null), defaults, opts);
  return merged2;
}
function createHasher(hashCons, info = {}) {
  if (typeof hashCons !== "function")
    throw new TypeError('"hashCons" expected function, got type=' + typeof hashCons);
  info = checkOpts({}, info, "info");
  const hashC = (msg, opts) => hashCons(opts).update(msg).digest();
  const tmp = hashCons(void 0);
  hashC.outputLen = tmp.outputLen;
  hashC.blockLen = tmp.blockLen;
  hashC.canXOF = tmp.canXOF;
  hashC.create = (opts) => hashCons(opts);
  Object.assign(hashC, info);
  return Object.freeze(hashC);
}
const oidNist = (suffix) => ({
  // Current NIST hashAlgs suffixes used here fit in one DER subidentifier octet.
  // Larger suffix values would need base-128 OID encoding and a different length byte.
  oid: Uint8Array.from([6, 9, 96, 134, 72, 1, 101, 3, 4, 2, suffix])
});
function Chi(a, b, c) {
  return a & b ^ ~a & c;
}
function Maj(a, b, c) {
  return a & b ^ a & c ^ b & c;
}
class HashMD {
  blockLen;
  outputLen;
  canXOF = false;
  padOffset;
  isLE;
  // For partial updates less than block size
  buffer;
  view;
  finished = false;
  length = 0;
  pos = 0;
  destroyed = false;
  constructor(blockLen, outputLen, padOffset, isLE) {
    this.blockLen = blockLen;
    this.outputLen = outputLen;
    this.padOffset = padOffset;
    this.isLE = isLE;
    this.buffer = new Uint8Array(blockLen);
    this.view = createView(this.buffer);
  }
  update(data) {
    aexists(this);
    abytes(data);
    const { view, buffer, blockLen } = this;
    const len = data.length;
    let processed = false;
    for (let pos = 0; pos < len; ) {
      const take = Math.min(blockLen - this.pos, len - pos);
      if (take === blockLen) {
        const dataView = createView(data);
        for (; blockLen <= len - pos; pos += blockLen)
          this.process(dataView, pos);
        processed = true;
        continue;
      }
      buffer.set(pos === 0 && take === len ? data : data.subarray(pos, pos + take), this.pos);
      this.pos += take;
      pos += take;
      if (this.pos === blockLen) {
        this.process(view, 0);
        this.pos = 0;
        processed = true;
      }
    }
    this.length += data.length;
    if (processed)
      this.roundClean();
    return this;
  }
  digestInto(out) {
    aexists(this);
    aoutput(out, this);
    this.finished = true;
    const { buffer, view, blockLen, isLE } = this;
    let { pos } = this;
    buffer[pos++] = 128;
    buffer.fill(0, pos);
    if (this.padOffset > blockLen - pos) {
      this.process(view, 0);
      buffer.fill(0);
    }
    setU64FromNum(view, blockLen - 8, this.length * 8, isLE);
    this.process(view, 0);
    this.roundClean();
    const oview = out === buffer ? view : createView(out);
    const len = this.outputLen;
    const outLen = len / 4;
    const state = this.get();
    if (len % 4 || outLen > state.length)
      throw new Error("invalid outputLen");
    for (let i = 0; i < outLen; i++)
      oview.setUint32(4 * i, state[i], isLE);
  }
  digest() {
    const { buffer, outputLen } = this;
    this.digestInto(buffer);
    const res = buffer.slice(0, outputLen);
    this.destroy();
    return res;
  }
  _cloneIntoMeta(to) {
    const { buffer, length, finished, destroyed, pos } = this;
    to.destroyed = destroyed;
    to.finished = finished;
    to.length = length;
    to.pos = pos;
    if (pos)
      to.buffer.set(buffer);
    return to;
  }
  clone() {
    return this._cloneInto();
  }
}
const SHA256_IV = /* @__PURE__ */ Uint32Array.from([
  1779033703,
  3144134277,
  1013904242,
  2773480762,
  1359893119,
  2600822924,
  528734635,
  1541459225
]);
const SHA256_K = /* @__PURE__ */ Uint32Array.from([
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
]);
const SHA256_W = /* @__PURE__ */ new Uint32Array(64);
class SHA2_32B extends HashMD {
  // We cannot use array here since array allows indexing by variable
  // which means optimizer/compiler cannot use registers.
  // Numeric initializers matter: starting the fields as `undefined` changes
  // V8's field representation and makes sha256 3x slower (measured).
  A = 0;
  B = 0;
  C = 0;
  D = 0;
  E = 0;
  F = 0;
  G = 0;
  H = 0;
  constructor(outputLen, IV) {
    super(64, outputLen, 8, false);
    this.A = IV[0] | 0;
    this.B = IV[1] | 0;
    this.C = IV[2] | 0;
    this.D = IV[3] | 0;
    this.E = IV[4] | 0;
    this.F = IV[5] | 0;
    this.G = IV[6] | 0;
    this.H = IV[7] | 0;
  }
  get() {
    const { A, B, C, D, E, F, G, H } = this;
    return [A, B, C, D, E, F, G, H];
  }
  // prettier-ignore
  set(A, B, C, D, E, F, G, H) {
    this.A = A | 0;
    this.B = B | 0;
    this.C = C | 0;
    this.D = D | 0;
    this.E = E | 0;
    this.F = F | 0;
    this.G = G | 0;
    this.H = H | 0;
  }
  _cloneInto(to) {
    (to ||= new this.constructor()).set(...this.get());
    return this._cloneIntoMeta(to);
  }
  process(view, offset) {
    for (let i = 0; i < 16; i++, offset += 4)
      SHA256_W[i] = view.getUint32(offset, false);
    for (let i = 16; i < 64; i++) {
      const W15 = SHA256_W[i - 15];
      const W2 = SHA256_W[i - 2];
      const s0 = rotr(W15, 7) ^ rotr(W15, 18) ^ W15 >>> 3;
      const s1 = rotr(W2, 17) ^ rotr(W2, 19) ^ W2 >>> 10;
      SHA256_W[i] = s1 + SHA256_W[i - 7] + s0 + SHA256_W[i - 16] | 0;
    }
    let { A, B, C, D, E, F, G, H } = this;
    for (let i = 0; i < 64; i++) {
      const sigma1 = rotr(E, 6) ^ rotr(E, 11) ^ rotr(E, 25);
      const T1 = H + sigma1 + Chi(E, F, G) + SHA256_K[i] + SHA256_W[i] | 0;
      const sigma0 = rotr(A, 2) ^ rotr(A, 13) ^ rotr(A, 22);
      const T2 = sigma0 + Maj(A, B, C) | 0;
      H = G;
      G = F;
      F = E;
      E = D + T1 | 0;
      D = C;
      C = B;
      B = A;
      A = T1 + T2 | 0;
    }
    A = A + this.A | 0;
    B = B + this.B | 0;
    C = C + this.C | 0;
    D = D + this.D | 0;
    E = E + this.E | 0;
    F = F + this.F | 0;
    G = G + this.G | 0;
    H = H + this.H | 0;
    this.set(A, B, C, D, E, F, G, H);
  }
  roundClean() {
    clean$2(SHA256_W);
  }
  destroy() {
    this.destroyed = true;
    this.set(0, 0, 0, 0, 0, 0, 0, 0);
    clean$2(this.buffer);
  }
}
class _SHA256 extends SHA2_32B {
  constructor() {
    super(32, SHA256_IV);
  }
}
const sha256 = /* @__PURE__ */ createHasher(
  () => new _SHA256(),
  /* @__PURE__ */ oidNist(1)
);
const LENGTH = 8;
const hash = (text2) => bytesToHex(sha256(utf8ToBytes(text2)));
function assignFingerprints(changes, used = /* @__PURE__ */ new Set()) {
  return changes.map((change) => {
    const base = `${change.rule}\0${change.identity}`;
    let fingerprint = hash(base).slice(0, LENGTH);
    for (let n = 1; used.has(fingerprint); n++)
      fingerprint = hash(`${base}\0${n}`).slice(0, LENGTH);
    used.add(fingerprint);
    return { ...change, fingerprint };
  });
}
const DEFAULT_COMPATIBILITY = "backward";
const COMPATIBILITY_MEANING = {
  backward: "the server upgrades first: clients built on the old spec must keep working with the new one.",
  forward: "clients upgrade first: clients built on the new spec must keep working with the old server.",
  full: "either side may upgrade first: old and new clients must work with old and new servers.",
  none: "no upgrade order is promised: breaking changes are listed but never fail the check."
};
function parseCompatibility(value, option) {
  const word = value.trim().toLowerCase();
  if (COMPATIBILITIES.includes(word))
    return word;
  throw new InputError({
    message: `${option} must be one of ${COMPATIBILITIES.join(", ")} (got ${JSON.stringify(value)})`
  });
}
const DEFAULT_PERSPECTIVE = "application";
const perspectiveOf = (kind, asked) => kind === "asyncapi" ? asked ?? DEFAULT_PERSPECTIVE : void 0;
const perspectiveRefused = (files) => `--perspective applies to AsyncAPI documents only; ${files.join(" and ")} are OpenAPI documents, read one way (clients send requests and receive responses)`;
const PERSPECTIVE_MEANING = {
  client: "operations read from the client's side, the other way round (2.x `subscribe`, 3.x `send`: clients send)."
};
function parsePerspective(value, option) {
  const word = value.trim().toLowerCase();
  if (PERSPECTIVES.includes(word))
    return word;
  throw new InputError({
    message: `${option} must be one of ${PERSPECTIVES.join(", ")} (got ${JSON.stringify(value)})`
  });
}
const SUMMARY_KEY = {
  breaking: "breaking",
  warning: "warning",
  "non-breaking": "nonBreaking",
  unclassified: "unclassified"
};
const emptySummary = () => ({
  breaking: 0,
  warning: 0,
  nonBreaking: 0,
  unclassified: 0,
  waived: 0
});
function summarize(changes) {
  const summary = emptySummary();
  for (const change of changes) {
    if (change.waived !== void 0)
      summary.waived += 1;
    else
      summary[SUMMARY_KEY[change.type]] += 1;
  }
  return summary;
}
function totalSummary(specs) {
  const total = { ...emptySummary(), drift: specs.some((s) => s.drift) };
  for (const spec of specs) {
    const s = summarize(spec.changes);
    for (const key of [...Object.values(SUMMARY_KEY), "waived"])
      total[key] += s[key];
  }
  return total;
}
function baselineState(spec) {
  const { baseline } = spec;
  if (baseline.error !== void 0)
    return "skipped";
  if (baseline.found)
    return "compared";
  return baseline.ref === null && spec.changes.length === 0 ? "none" : "new-api";
}
const GLUED = /^([ \t]+\S[^\n]*?\S)channels:[ \t]*(\r?)$/;
function gluedLine(lines) {
  if (lines.some((l) => /^channels[ \t]*:/.test(l)))
    return null;
  const glued = lines.flatMap((l, i) => GLUED.test(l) ? [i] : []);
  return glued.length === 1 ? glued[0] : null;
}
function readSpecText(text2, file, limits = {}) {
  const read = readRepairing(text2, file, limits);
  return read.repaired === null ? { document: read.document, text: text2 } : { document: read.document, text: text2, notice: noticeFor(file, read.repaired.line, read.repaired.before) };
}
function readRepairing(text2, file, limits) {
  try {
    return { document: parseSpecText(text2, file, limits), repaired: null };
  } catch (e) {
    if (!(e instanceof InputError))
      throw e;
    const repaired = repairGlitch(text2, e);
    if (repaired === null)
      throw e;
    let document;
    try {
      document = parseSpecText(repaired.text, file, limits);
    } catch {
      throw e;
    }
    if (!Object.hasOwn(document, "channels") || !Object.hasOwn(document, "components"))
      throw e;
    return { document, repaired };
  }
}
const TOP_CHANNELS = /^channels[ \t]*:/m;
const ANY_GLUED = /^[ \t]+\S.*\Schannels:[ \t]*\r?$/m;
function firestoneRepair(text2) {
  if (!text2.includes("channels:") || TOP_CHANNELS.test(text2) || !ANY_GLUED.test(text2))
    return null;
  try {
    const { repaired } = readRepairing(text2, "", {});
    return repaired === null ? null : { text: repaired.text, line: repaired.line };
  } catch {
    return null;
  }
}
function noticeFor(file, line, before) {
  return `${file}:${line}: read as firestone meant it: a line break is missing after \`${before.trim()}\` (a known firestone defect)`;
}
function repairGlitch(text2, error) {
  const lines = text2.split("\n");
  const index = gluedLine(lines);
  if (index === null)
    return null;
  if (!error.problems.every((p) => p.line === index + 1))
    return null;
  const match = GLUED.exec(lines[index]);
  if (!match)
    return null;
  const before = match[1];
  const eol = match[2];
  const fixed2 = [...lines.slice(0, index), `${before}${eol}`, `channels:${eol}`, ...lines.slice(index + 1)];
  return { text: fixed2.join("\n"), line: index + 1, before };
}
const NAME_MAPS = /* @__PURE__ */ new Set([
  "properties",
  "patternProperties",
  "definitions",
  "$defs",
  "dependentSchemas",
  "dependencies",
  "channels",
  "servers",
  "parameters",
  "variables",
  "schemas",
  "messages",
  "securitySchemes",
  "correlationIds",
  "operationTraits",
  "messageTraits",
  "serverBindings",
  "channelBindings",
  "operationBindings",
  "messageBindings",
  "serverVariables",
  "bindings",
  // OpenAPI: a response named `default` or a media type is a name, not a keyword.
  "paths",
  "webhooks",
  "callbacks",
  "responses",
  "content",
  "requestBodies",
  "pathItems",
  "links",
  "encoding"
]);
const SET_KEYS = /* @__PURE__ */ new Set(["required", "enum", "tags", "security", "servers"]);
const EMPTY_MEANS_ABSENT = /* @__PURE__ */ new Set([
  ...NAME_MAPS,
  "required",
  "tags",
  "security",
  "items",
  "additionalProperties",
  "traits",
  "query",
  "headers",
  "payload",
  "schema",
  "allOf",
  "anyOf",
  "oneOf"
]);
const SCHEMA_KEYS = /* @__PURE__ */ new Set([
  "schema",
  "items",
  "additionalProperties",
  "additionalItems",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
  "unevaluatedProperties",
  "unevaluatedItems",
  "contentSchema"
]);
const SCHEMA_MAPS = /* @__PURE__ */ new Set(["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"]);
const SCHEMA_LISTS = /* @__PURE__ */ new Set(["allOf", "anyOf", "oneOf", "prefixItems", "items"]);
function refWithSiblings(value) {
  if (internalRef(value) === null)
    return value;
  const rest = {};
  let any = false;
  for (const key in value)
    if (key !== "$ref") {
      setOwn(rest, key, value[key]);
      any = true;
    }
  if (!any)
    return value;
  return { allOf: [{ $ref: value.$ref }], ...rest };
}
function isSchemaPointer(pointer) {
  const segs = parsePointer(pointer) ?? [];
  const last = segs.at(-1);
  const parent = segs.at(-2);
  if (last === void 0)
    return false;
  if (segs.length === 3 && segs[0] === "components" && parent === "schemas")
    return true;
  if (SCHEMA_KEYS.has(last) && !(parent !== void 0 && (SCHEMA_MAPS.has(parent) || parent === "schemas")))
    return true;
  if (parent !== void 0 && SCHEMA_MAPS.has(parent))
    return true;
  return parent !== void 0 && SCHEMA_LISTS.has(parent) && isArrayIndex(last);
}
const LITERAL_KEYS = /* @__PURE__ */ new Set(["examples", "example", "default", "const"]);
const isParserAnnotation = (key) => key.startsWith("x-parser-");
function isEmptyContainer(v) {
  if (typeof v !== "object" || v === null)
    return false;
  if (Array.isArray(v))
    return v.length === 0;
  for (const _ in v)
    return false;
  return true;
}
const MAX_REF_HOPS = 64;
const MAX_DEPTH$1 = 256;
function tooDeep(pointer) {
  throw new InputError({
    pointer,
    message: `the document nests deeper than ${MAX_DEPTH$1} levels (or contains a cycle)`
  });
}
function normalizeDocument(doc) {
  const resolved = /* @__PURE__ */ new Map();
  const version = doc.openapi;
  const refSiblings = typeof version === "string" && /^3\.([1-9]|\d\d)/.test(version);
  const resolveRef = (ref, hops) => {
    if (resolved.has(ref))
      return resolved.get(ref) ?? null;
    resolved.set(ref, null);
    const result = hops > MAX_REF_HOPS ? null : walkRef(ref, hops);
    resolved.set(ref, result);
    return result;
  };
  const walkRef = (ref, hops) => {
    let fragment;
    try {
      fragment = decodeURIComponent(ref.slice(1));
    } catch {
      return null;
    }
    const segments = parsePointer(fragment);
    if (segments === null)
      return null;
    let value = doc;
    let pointer = "";
    for (const segment of segments) {
      const followed = followRef2(value, pointer, hops);
      if (followed === null)
        return null;
      ({ value, pointer } = followed);
      if (Array.isArray(value) && isArrayIndex(segment) && Number(segment) < value.length)
        value = value[Number(segment)];
      else if (isRecord(value) && Object.hasOwn(value, segment))
        value = value[segment];
      else
        return null;
      pointer = childPointer(pointer, segment);
    }
    if (refSiblings && isSchemaPointer(pointer)) {
      const wrapped = refWithSiblings(value);
      if (wrapped !== value)
        return { pointer, value: wrapped };
    }
    return followRef2(value, pointer, hops);
  };
  const followRef2 = (value, pointer, hops) => {
    const ref = internalRef(value);
    return ref === null ? { pointer, value } : resolveRef(ref, hops + 1);
  };
  const origins = /* @__PURE__ */ new Map();
  const memo = /* @__PURE__ */ new Map();
  const targets = /* @__PURE__ */ new Set();
  const refHolders = /* @__PURE__ */ new Set();
  const contexts = /* @__PURE__ */ new Map();
  const uses = /* @__PURE__ */ new Map();
  let refsPlaced = 0;
  const filling = /* @__PURE__ */ new Set();
  const deferred = [];
  const remember = (pointer, node) => {
    memo.set(pointer, node);
    targets.add(node);
    origins.set(node, pointer);
  };
  const noteUse = (owner, component) => {
    if (component === "" || component === owner)
      return;
    let set = uses.get(owner);
    if (set === void 0)
      uses.set(owner, set = /* @__PURE__ */ new Set());
    set.add(component);
  };
  const normalize = (value, key, inNameMap, owner, depth) => {
    if (typeof value !== "object" || value === null)
      return value;
    if (depth > MAX_DEPTH$1)
      tooDeep(owner);
    const ref = internalRef(value);
    if (ref !== null) {
      const target2 = resolveRef(ref, 0);
      if (target2 === null)
        return value;
      refsPlaced++;
      let ctx = contexts.get(target2.pointer);
      if (ctx === void 0)
        contexts.set(target2.pointer, ctx = contextOf(target2.pointer));
      noteUse(owner, ctx.component);
      if (typeof target2.value !== "object" || target2.value === null)
        return target2.value;
      const done = memo.get(target2.pointer);
      if (done !== void 0)
        return done;
      const fresh = Array.isArray(target2.value) ? [] : {};
      remember(target2.pointer, fresh);
      filling.add(fresh);
      fill2(target2.value, fresh, ctx.key, ctx.inNameMap, ctx.component, depth + 1);
      filling.delete(fresh);
      markShared(fresh);
      return fresh;
    }
    return fill2(value, null, key, inNameMap, owner, depth);
  };
  const fill2 = (value, fresh, key, inNameMap, owner, depth) => {
    const placedBefore = refsPlaced;
    const out = Array.isArray(value) ? normalizeArray(value, fresh, key, inNameMap, owner, depth) : normalizeObject(value, fresh, key, inNameMap, owner, depth);
    if (refsPlaced !== placedBefore)
      refHolders.add(out);
    return out;
  };
  const normalizeArray = (value, fresh, key, inNameMap, owner, depth) => {
    const keyword = !inNameMap;
    let out = fresh;
    if (!(keyword && key === "enum")) {
      const schemas = refSiblings && keyword && SCHEMA_LISTS.has(key);
      for (let i = 0; i < value.length; i++) {
        const item = schemas ? refWithSiblings(value[i]) : value[i];
        const child2 = normalize(item, String(i), false, owner, depth + 1);
        if (out === null && child2 !== value[i])
          out = value.slice(0, i);
        if (out !== null)
          out.push(child2);
      }
    } else if (out !== null) {
      out.push(...value);
    }
    if (keyword && SET_KEYS.has(key) && (out ?? value).length > 1) {
      const keys2 = setKeys(out ?? value, filling);
      if (keys2 === null)
        deferred.push(out);
      const set = keys2 === null ? null : asSet(out ?? value, keys2);
      if (set !== null) {
        if (out === null)
          return set;
        out.length = 0;
        out.push(...set);
      }
    }
    return out ?? value;
  };
  const normalizeObject = (value, fresh, key, inNameMap, owner, depth) => {
    const isNameMap = !inNameMap && NAME_MAPS.has(key);
    let out = fresh;
    let index = 0;
    const schemas = refSiblings && (isNameMap ? SCHEMA_MAPS.has(key) : true);
    for (const childKey in value) {
      const i = index++;
      const written = value[childKey];
      const item = schemas && (isNameMap || SCHEMA_KEYS.has(childKey)) ? refWithSiblings(written) : written;
      let child2 = item;
      let drop = false;
      if (!isNameMap && childKey.startsWith("x-")) {
        drop = isParserAnnotation(childKey);
      } else if (typeof item === "object" && item !== null) {
        if (!isNameMap && EMPTY_MEANS_ABSENT.has(childKey) && isEmptyContainer(item))
          drop = true;
        else if (isNameMap || !LITERAL_KEYS.has(childKey))
          child2 = normalize(item, childKey, isNameMap, owner, depth + 1);
      }
      if (out === null && (drop || child2 !== written))
        out = copyKeys(value, i);
      if (out !== null && !drop)
        setOwn(out, childKey, child2);
    }
    return out ?? value;
  };
  const normalizeComponents = (components) => {
    if (!isRecord(components))
      return normalize(components, "components", false, "", 1);
    const sections = /* @__PURE__ */ new Map();
    const named = /* @__PURE__ */ new Map();
    for (const section in components) {
      const entries = components[section];
      const sectionPointer = childPointer("/components", section);
      if (!isRecord(entries) || !NAME_MAPS.has(section)) {
        if (!section.startsWith("x-"))
          sections.set(section, normalize(entries, section, false, "", 2));
        continue;
      }
      const normalized = /* @__PURE__ */ new Map();
      const pointers = [];
      for (const name in entries) {
        const pointer = childPointer(sectionPointer, name);
        const entry = refSiblings && section === "schemas" ? refWithSiblings(entries[name]) : entries[name];
        normalized.set(name, memo.get(pointer) ?? normalize(entry, name, true, pointer, 3));
        pointers.push(pointer);
      }
      named.set(section, { normalized, pointers });
    }
    for (const [section, { normalized, pointers }] of named) {
      let i = 0;
      for (const name of normalized.keys()) {
        const done = memo.get(pointers[i++]);
        if (done !== void 0)
          normalized.set(name, done);
      }
      sections.set(section, rebuild(components[section], normalized, false));
    }
    return rebuild(components, sections, true);
  };
  const top = /* @__PURE__ */ new Map();
  for (const key in doc)
    if (key !== "components" && !key.startsWith("x-"))
      top.set(key, normalize(doc[key], key, false, "", 1));
  if (Object.hasOwn(doc, "components"))
    top.set("components", normalizeComponents(doc.components));
  const root = rebuild(doc, top, true);
  const keys = deferred.map((items) => setKeys(items, null));
  deferred.forEach((items, i) => {
    const set = asSet(items, keys[i]);
    if (set !== null)
      items.splice(0, items.length, ...set);
  });
  return { root, source: doc, origins, usedComponents: reachable(uses), targets, refHolders, written: /* @__PURE__ */ new Map() };
}
function rebuild(value, children, keywords) {
  let out = null;
  let index = 0;
  for (const key in value) {
    const i = index++;
    const item = value[key];
    const drop = keywords && (isParserAnnotation(key) || EMPTY_MEANS_ABSENT.has(key) && isEmptyContainer(item));
    const child2 = children.has(key) ? children.get(key) : item;
    if (out === null && (drop || child2 !== item))
      out = copyKeys(value, i);
    if (out !== null && !drop)
      setOwn(out, key, child2);
  }
  return out ?? value;
}
function reachable(uses) {
  const used = /* @__PURE__ */ new Set();
  const queue = [""];
  while (queue.length > 0) {
    for (const component of uses.get(queue.pop()) ?? []) {
      if (used.has(component))
        continue;
      used.add(component);
      queue.push(component);
    }
  }
  return used;
}
function copyKeys(value, count2) {
  const out = {};
  let i = 0;
  for (const key in value) {
    if (i++ >= count2)
      break;
    setOwn(out, key, value[key]);
  }
  return out;
}
function internalRef(value) {
  if (!isRecord(value) || !Object.hasOwn(value, "$ref"))
    return null;
  const ref = value.$ref;
  return typeof ref === "string" && ref.startsWith("#") ? ref : null;
}
function contextOf(pointer) {
  let key = "";
  let inNameMap = false;
  for (const seg of parsePointer(pointer) ?? []) {
    inNameMap = !inNameMap && NAME_MAPS.has(key);
    key = seg;
  }
  return { key, inNameMap, component: componentOf(pointer) };
}
function componentOf(pointer) {
  if (!pointer.startsWith("/components/"))
    return "";
  const parts = pointer.split("/", 4);
  return parts.length === 4 ? parts.join("/") : "";
}
function setKeys(items, pending) {
  const keys = [];
  for (const item of items) {
    if (typeof item === "string")
      keys.push(`s${item}`);
    else if (typeof item !== "object" || item === null)
      keys.push(`j${JSON.stringify(item) ?? "undefined"}`);
    else {
      const canonical = new Canonical(null, false, pending !== null && pending.size > 0 ? pending : null);
      const text2 = canonical.text(item);
      if (canonical.metPending)
        return null;
      keys.push(`j${text2}`);
    }
  }
  return keys;
}
function asSet(items, keys) {
  if (items.length < 2)
    return null;
  const keyed2 = items.map((item, i) => ({ key: keys[i], item }));
  const inOrder = keyed2.every((entry, i) => i === 0 || keyed2[i - 1].key < entry.key);
  if (inOrder)
    return null;
  keyed2.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return keyed2.filter((entry, i) => i === 0 || keyed2[i - 1]?.key !== entry.key).map((entry) => entry.item);
}
const MAX_EXPANDED_NODES = 1e6;
class ExpansionError extends InputError {
  side;
  constructor(side, file) {
    super({
      file,
      message: `${file !== void 0 ? "its" : side === null ? "the document's" : `the ${side} document's`} \`$ref\`s expand to more than ${MAX_EXPANDED_NODES} nodes (references that each reach the next one several times)`
    });
    this.side = side;
  }
}
function expandsTooFar(side) {
  throw new ExpansionError(side);
}
function canonicalText(value, side = null) {
  if (typeof value !== "object" || value === null)
    return JSON.stringify(value) ?? "undefined";
  return new Canonical(side).text(value);
}
const DOCUMENTATION = /* @__PURE__ */ new Set(["description", "title", "summary", "example", "examples", "externalDocs", "$comment"]);
function shapeText(value, side = null) {
  if (typeof value !== "object" || value === null)
    return JSON.stringify(value) ?? "undefined";
  return new Canonical(side, true).text(value);
}
class Canonical {
  side;
  shape;
  pending;
  ancestors = /* @__PURE__ */ new Set();
  /** Shared nodes whose walk came back to none of their ancestors: the same text wherever they are met. */
  made = /* @__PURE__ */ new Map();
  /** Ancestors met again so far: a node's text depends on where it stands when this grew during its walk. */
  cycles = 0;
  /** Nodes of the value as spelled out (MAX_EXPANDED_NODES). */
  nodes = 0;
  /** Whether the walk met a node of `pending`. */
  metPending = false;
  /**
   * `side`: the document the value is in, for the error; `shape`: leave documentation out;
   * `pending`: nodes not whole yet (written as a marker, and noted in `metPending`).
   */
  constructor(side, shape = false, pending = null) {
    this.side = side;
    this.shape = shape;
    this.pending = pending;
  }
  /** `names`: the value is a map of names (`properties`), whose keys are no keywords. */
  text(value, names = false) {
    if (typeof value !== "object" || value === null)
      return JSON.stringify(value) ?? "null";
    if (this.pending?.has(value)) {
      this.metPending = true;
      return '"<pending>"';
    }
    const shared = isShared(value);
    const known2 = shared ? this.made.get(value) : void 0;
    if (known2 !== void 0) {
      this.grow(known2.nodes);
      return known2.text;
    }
    if (this.ancestors.has(value)) {
      this.cycles++;
      return '"<cycle>"';
    }
    this.grow(1);
    const cyclesBefore = this.cycles;
    const nodesBefore = this.nodes;
    this.ancestors.add(value);
    const text2 = Array.isArray(value) ? `[${value.map((v) => this.text(v)).join(",")}]` : `{${Object.keys(value).filter((k) => !this.shape || names || !(DOCUMENTATION.has(k) || k.startsWith("x-"))).sort().map((k) => `${JSON.stringify(k)}:${this.text(value[k], this.shape && !names && NAME_MAPS.has(k))}`).join(",")}}`;
    this.ancestors.delete(value);
    if (shared && this.cycles === cyclesBefore)
      this.made.set(value, { text: text2, nodes: this.nodes - nodesBefore + 1 });
    return text2;
  }
  grow(nodes) {
    this.nodes += nodes;
    if (this.nodes > MAX_EXPANDED_NODES)
      expandsTooFar(this.side);
  }
}
function displayValue(doc, value, pointer) {
  return display(doc.origins, value, pointer, 0);
}
function display(origins, value, expected, depth) {
  if (typeof value !== "object" || value === null)
    return value;
  const origin2 = origins.get(value);
  if (origin2 !== void 0 && (origin2 !== expected || depth > MAX_DEPTH$1))
    return { $ref: `#${encodeFragment(origin2)}` };
  if (depth > MAX_DEPTH$1)
    return null;
  if (Array.isArray(value))
    return value.map((item, i) => display(origins, item, childPointer(expected, i), depth + 1));
  const out = {};
  for (const key of Object.keys(value))
    setOwn(out, key, display(origins, value[key], childPointer(expected, key), depth + 1));
  return out;
}
function encodeFragment(pointer) {
  return pointer.split("/").map((segment) => encodeURIComponent(segment).replace(/%7B/g, "{").replace(/%7D/g, "}").replace(/%24/g, "$")).join("/");
}
function valueAtPointer(doc, pointer) {
  const segments = parsePointer(pointer);
  if (segments === null)
    return void 0;
  let node = doc.root;
  for (const seg of segments) {
    if (Array.isArray(node))
      node = isArrayIndex(seg) ? node[Number(seg)] : void 0;
    else if (isRecord(node))
      node = ownValue(node, seg);
    else
      return void 0;
  }
  return node;
}
const recordOf$6 = (v) => isRecord(v) ? v : {};
const placeOf$1 = (doc, node, natural) => (typeof node === "object" && node !== null ? doc.origins.get(node) : void 0) ?? natural;
function elementOf(node, pointer, omit) {
  const fields = {};
  if (isRecord(node)) {
    for (const key in node)
      if (!omit.has(key))
        setOwn(fields, key, node[key]);
  }
  return { pointer, fields, fieldPointers: {} };
}
function applyTraits(doc, el, traits, objectWins) {
  if (!Array.isArray(traits) || traits.length === 0)
    return;
  const sources = traits.map((trait, i) => {
    const fields = {};
    for (const [key, value] of Object.entries(recordOf$6(trait)))
      if (!key.startsWith("x-parser-"))
        setOwn(fields, key, value);
    return { fields, at: placeOf$1(doc, trait, childPointer(childPointer(el.pointer, "traits"), i)) };
  });
  const own2 = { fields: { ...el.fields }, at: null };
  const order = objectWins ? [...sources, own2] : [own2, ...sources];
  const merged2 = {};
  const from = {};
  const places = {};
  for (const { fields, at: at2 } of order)
    for (const [key, value] of Object.entries(fields)) {
      const place = at2 === null ? childPointer(el.pointer, key) : childPointer(at2, key);
      if (value === null && at2 !== null) {
        delete merged2[key];
        delete from[key];
      } else if (Object.hasOwn(merged2, key) && isRecord(merged2[key]) && isRecord(value)) {
        const before = merged2[key];
        setOwn(merged2, key, mergePatch(doc, before, placeOf$1(doc, before, places[key]), value, place));
        from[key] = at2 === null ? null : place;
      } else {
        setOwn(merged2, key, value);
        from[key] = at2 === null ? null : place;
      }
      places[key] = place;
    }
  for (const key of Object.keys(el.fields))
    if (!Object.hasOwn(merged2, key))
      el.fields[key] = void 0;
  for (const [key, value] of Object.entries(merged2)) {
    setOwn(el.fields, key, value);
    const at2 = from[key];
    if (at2 !== null && at2 !== void 0)
      el.fieldPointers[key] = at2;
  }
}
function mergePatch(doc, target2, targetAt, patch, patchAt, merging = /* @__PURE__ */ new Map()) {
  const into = merging.get(target2) ?? /* @__PURE__ */ new Set();
  if (into.has(patch))
    return patch;
  merging.set(target2, into.add(patch));
  const out = {};
  for (const [key, value] of Object.entries(target2)) {
    setOwn(out, key, value);
    keepPlace(doc, value, childPointer(targetAt, key));
  }
  const patchPlace = doc.origins.get(patch) ?? patchAt;
  for (const [key, value] of Object.entries(patch)) {
    const at2 = childPointer(patchPlace, key);
    if (value === null)
      delete out[key];
    else if (Object.hasOwn(out, key) && isRecord(out[key]) && isRecord(value)) {
      const before = out[key];
      const beforeAt = doc.origins.get(before) ?? doc.written.get(before) ?? childPointer(targetAt, key);
      setOwn(out, key, mergePatch(doc, before, beforeAt, value, at2, merging));
    } else {
      setOwn(out, key, value);
      keepPlace(doc, value, at2);
    }
  }
  into.delete(patch);
  return out;
}
const keepPlace = (doc, node, at2) => {
  if (typeof node === "object" && node !== null && !doc.origins.has(node) && !doc.written.has(node))
    doc.written.set(node, at2);
};
function takeSchema(el, key) {
  if (!Object.hasOwn(el.fields, key))
    return null;
  const schema2 = el.fields[key];
  el.fields[key] = void 0;
  const natural = Object.hasOwn(el.fieldPointers, key) ? el.fieldPointers[key] : childPointer(el.pointer, key);
  return { schema: schema2, pointer: natural };
}
function componentName(doc, node, section) {
  const origin2 = typeof node === "object" && node !== null ? doc.origins.get(node) : void 0;
  const prefix = `/components/${section}/`;
  if (origin2 === void 0 || !origin2.startsWith(prefix))
    return null;
  const name = origin2.slice(prefix.length);
  return name.includes("/") ? null : name.replace(/~1/g, "/").replace(/~0/g, "~");
}
function keepMalformed(root, top, keys) {
  for (const key of keys) {
    const v = ownValue(top, key);
    if (v !== void 0 && !isRecord(v))
      root.fields[key] = v;
  }
}
function messageIds(doc, node, name, key) {
  const out = [];
  if (typeof name === "string")
    out.push(`name:${name}`);
  const component = componentName(doc, node, "messages");
  if (component !== null)
    out.push(`component:${component}`);
  if (key !== null)
    out.push(`key:${key}`);
  return out;
}
function canonicalSecurity(el) {
  const list2 = el.fields.security;
  if (!Array.isArray(list2))
    return;
  el.fields.security = list2.map((r) => isRecord(r) ? Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Array.isArray(v) ? sortedScopes(v) : asText(v)])) : r);
}
const sortedScopes = (scopes2) => scopes2.map(asText).sort();
const asText = (v) => typeof v === "string" ? v : canonicalText(v);
function schemeNames(requirements, into) {
  if (!Array.isArray(requirements))
    return;
  for (const r of requirements)
    if (isRecord(r))
      for (const k of Object.keys(r))
        into.add(k);
}
const stringOr = (v, fallback) => typeof v === "string" ? v : fallback;
function rawAt(root, pointer) {
  let node = root;
  for (const seg of parsePointer(pointer) ?? []) {
    node = followRaw(root, node);
    if (Array.isArray(node))
      node = isArrayIndex(seg) ? node[Number(seg)] : void 0;
    else
      node = isRecord(node) ? ownValue(node, seg) : void 0;
  }
  return node;
}
function followRaw(root, node) {
  for (let hops = 0; hops < 8; hops++) {
    const ref = isRecord(node) ? ownValue(node, "$ref") : void 0;
    if (typeof ref !== "string" || !ref.startsWith("#/"))
      return node;
    let next = root;
    for (const seg of parsePointer(ref.slice(1)) ?? [])
      next = isRecord(next) ? ownValue(next, seg) : void 0;
    node = next;
  }
  return node;
}
const DIRECTIONS = ["client-receives", "client-sends"];
const opposite = (d) => d === "client-receives" ? "client-sends" : "client-receives";
const readAs = (written, perspective) => perspective === "client" ? opposite(written) : written;
const fieldPointer = (el, key) => Object.hasOwn(el.fieldPointers, key) ? el.fieldPointers[key] : childPointer(el.pointer, key);
const SUPPORTED$1 = /^(2\.[0-6]\.\d+|3\.[01]\.\d+)$/;
function majorVersion(doc, file) {
  const version = Object.hasOwn(doc, "asyncapi") ? doc.asyncapi : void 0;
  if (typeof version === "string" && SUPPORTED$1.test(version))
    return version.startsWith("2.") ? 2 : 3;
  const shown2 = version === void 0 ? "no `asyncapi` version" : typeof version === "string" ? `AsyncAPI version ${JSON.stringify(version)}` : `a non-string \`asyncapi\` version (${JSON.stringify(version) ?? String(version)})`;
  throw new InputError({
    ...file !== void 0 ? { file } : {},
    pointer: "/asyncapi",
    message: `${shown2} is not supported (this tool reads AsyncAPI 2.0.0\u20132.6.0 and 3.0.0\u20133.1.0)`
  });
}
const WORDS = ["subscribe", "publish"];
const v2Direction = (word, perspective) => readAs(word === "subscribe" ? "client-receives" : "client-sends", perspective);
const ROOT_OMIT$1 = /* @__PURE__ */ new Set(["asyncapi", "components", "channels", "servers"]);
const SERVER_OMIT$1 = /* @__PURE__ */ new Set();
const CHANNEL_OMIT$1 = /* @__PURE__ */ new Set(["parameters", "subscribe", "publish"]);
const PARAMETER_OMIT$1 = /* @__PURE__ */ new Set();
const OPERATION_OMIT$1 = /* @__PURE__ */ new Set(["message", "traits", "operationId"]);
const MESSAGE_OMIT$1 = /* @__PURE__ */ new Set(["traits", "messageId"]);
function urlWithoutScheme(url) {
  const at2 = url.indexOf("://");
  return at2 < 0 ? url : url.slice(at2 + 3);
}
function readV2(doc, version, cross, perspective) {
  const top = doc.root;
  const root = elementOf(top, "", ROOT_OMIT$1);
  const schemesInUse = /* @__PURE__ */ new Set();
  const servers = Object.entries(recordOf$6(ownValue(top, "servers"))).map(([name, node]) => {
    const el = elementOf(node, placeOf$1(doc, node, childPointer("/servers", name)), SERVER_OMIT$1);
    if (cross && typeof el.fields.url === "string")
      el.fields.url = urlWithoutScheme(el.fields.url);
    canonicalSecurity(el);
    schemeNames(el.fields.security, schemesInUse);
    return { pointer: el.pointer, fields: el.fields, fieldPointers: el.fieldPointers, name };
  });
  const channels = [];
  const operations = [];
  keepMalformed(root, top, ["servers", "channels"]);
  for (const [address, node] of Object.entries(recordOf$6(ownValue(top, "channels")))) {
    const pointer = placeOf$1(doc, node, childPointer("/channels", address));
    const el = elementOf(node, pointer, CHANNEL_OMIT$1);
    const parameters = Object.entries(recordOf$6(ownValue(recordOf$6(node), "parameters"))).map(([name, p]) => {
      const pel = elementOf(p, placeOf$1(doc, p, childPointer(childPointer(pointer, "parameters"), name)), PARAMETER_OMIT$1);
      let schema2 = takeSchema(pel, "schema");
      if (cross && schema2 !== null) {
        const examples = ownValue(recordOf$6(schema2.schema), "examples");
        if (examples !== void 0 && pel.fields.examples === void 0) {
          pel.fields.examples = examples;
          pel.fieldPointers.examples = childPointer(placeOf$1(doc, schema2.schema, schema2.pointer), "examples");
        }
        schema2 = { ...schema2, schema: parameterAsV3(schema2.schema) };
      }
      return { pointer: pel.pointer, fields: pel.fields, fieldPointers: pel.fieldPointers, name, schema: schema2 };
    });
    channels.push({
      pointer,
      fields: el.fields,
      fieldPointers: el.fieldPointers,
      key: address,
      address,
      parameters,
      unused: []
    });
    for (const word of WORDS) {
      const op = ownValue(recordOf$6(node), word);
      if (op === void 0)
        continue;
      const oel = elementOf(op, placeOf$1(doc, op, childPointer(pointer, word)), OPERATION_OMIT$1);
      applyTraits(doc, oel, ownValue(recordOf$6(op), "traits"), false);
      canonicalSecurity(oel);
      schemeNames(oel.fields.security, schemesInUse);
      operations.push({
        pointer: oel.pointer,
        fields: oel.fields,
        fieldPointers: oel.fieldPointers,
        key: cross ? null : stringOr(ownValue(recordOf$6(op), "operationId"), null),
        name: stringOr(ownValue(recordOf$6(op), "operationId"), null),
        word,
        direction: v2Direction(word, perspective),
        channel: address,
        channelKey: address,
        messages: messagesOf$1(doc, op, childPointer(oel.pointer, "message")),
        reply: null
      });
    }
  }
  return { major: 2, version, doc, root, servers, channels, operations, schemesInUse };
}
function messagesOf$1(doc, op, at2) {
  const message2 = ownValue(recordOf$6(op), "message");
  if (message2 === void 0 || noneOf(doc, at2))
    return [];
  const oneOf = isRecord(message2) ? ownValue(message2, "oneOf") : void 0;
  const list2 = Array.isArray(oneOf) ? oneOf.map((m, i) => [m, childPointer(childPointer(placeOf$1(doc, message2, at2), "oneOf"), i)]) : [[message2, at2]];
  return list2.map(([node, natural]) => {
    const el = elementOf(node, placeOf$1(doc, node, natural), MESSAGE_OMIT$1);
    applyTraits(doc, el, ownValue(recordOf$6(node), "traits"), false);
    const payload = takeSchema(el, "payload");
    const headers = takeSchema(el, "headers");
    const messageId = stringOr(ownValue(recordOf$6(node), "messageId"), null);
    return {
      pointer: el.pointer,
      fields: el.fields,
      fieldPointers: el.fieldPointers,
      key: messageId,
      name: stringOr(el.fields.name, null),
      // The converter makes a messageId the 3.x message key: it pairs messages across versions too.
      ids: messageIds(doc, node, el.fields.name, messageId),
      payload,
      headers
    };
  });
}
function noneOf(doc, at2) {
  const written = followRaw(doc.source, rawAt(doc.source, at2));
  const oneOf = isRecord(written) ? ownValue(written, "oneOf") : void 0;
  return Array.isArray(oneOf) && oneOf.length === 0;
}
const PARAMETER_SCHEMA_KEYS = ["enum", "default"];
function parameterAsV3(schema2) {
  const out = { type: "string" };
  for (const key of PARAMETER_SCHEMA_KEYS) {
    const v = ownValue(recordOf$6(schema2), key);
    if (v !== void 0)
      out[key] = v;
  }
  return out;
}
const ROOT_OMIT = /* @__PURE__ */ new Set(["asyncapi", "components", "channels", "servers", "operations"]);
const SERVER_OMIT = /* @__PURE__ */ new Set();
const CHANNEL_OMIT = /* @__PURE__ */ new Set(["address", "parameters", "messages"]);
const PARAMETER_OMIT = new Set(PARAMETER_SCHEMA_KEYS);
const OPERATION_OMIT = /* @__PURE__ */ new Set(["action", "channel", "messages", "reply", "traits"]);
const MESSAGE_OMIT = /* @__PURE__ */ new Set(["traits"]);
const REPLY_OMIT = /* @__PURE__ */ new Set(["channel", "messages"]);
const DIRECTION = { send: "client-receives", receive: "client-sends" };
const lookup = (doc, byPointer, node) => {
  const origin2 = typeof node === "object" && node !== null ? doc.origins.get(node) : void 0;
  return origin2 === void 0 ? void 0 : byPointer.get(origin2);
};
function readV3(doc, version, cross, perspective) {
  const top = doc.root;
  const root = elementOf(top, "", ROOT_OMIT);
  const info = ownValue(top, "info");
  if (isRecord(info)) {
    const rest = {};
    for (const [key, value] of Object.entries(info)) {
      if (key === "tags" || key === "externalDocs") {
        root.fields[key] = value;
        root.fieldPointers[key] = childPointer("/info", key);
      } else
        rest[key] = value;
    }
    root.fields.info = rest;
  }
  keepMalformed(root, top, ["servers", "channels", "operations"]);
  const schemesInUse = /* @__PURE__ */ new Set();
  const servers = Object.entries(recordOf$6(ownValue(top, "servers"))).map(([name, node]) => {
    const el = elementOf(node, placeOf$1(doc, node, childPointer("/servers", name)), SERVER_OMIT);
    if (cross)
      urlAsV2(el);
    securityOf(doc, el, schemesInUse);
    return { pointer: el.pointer, fields: el.fields, fieldPointers: el.fieldPointers, name };
  });
  const byNode = /* @__PURE__ */ new Map();
  const channels = [];
  for (const [key, node] of Object.entries(recordOf$6(ownValue(top, "channels")))) {
    const pointer = placeOf$1(doc, node, childPointer("/channels", key));
    const el = elementOf(node, pointer, CHANNEL_OMIT);
    const address = stringOr(ownValue(recordOf$6(node), "address"), key);
    if (Array.isArray(el.fields.servers))
      el.fields.servers = el.fields.servers.map((s) => serverName(doc, s) ?? s);
    const parameters = Object.entries(recordOf$6(ownValue(recordOf$6(node), "parameters"))).map(([name, p]) => {
      const pel = elementOf(p, placeOf$1(doc, p, childPointer(childPointer(pointer, "parameters"), name)), PARAMETER_OMIT);
      const schema2 = { type: "string" };
      for (const k of PARAMETER_SCHEMA_KEYS)
        if (ownValue(recordOf$6(p), k) !== void 0)
          schema2[k] = recordOf$6(p)[k];
      return {
        pointer: pel.pointer,
        fields: pel.fields,
        fieldPointers: pel.fieldPointers,
        name,
        schema: { schema: schema2, pointer: pel.pointer }
      };
    });
    const channel = {
      pointer,
      fields: el.fields,
      fieldPointers: el.fieldPointers,
      key,
      address,
      parameters,
      unused: []
    };
    channels.push(channel);
    const messages = /* @__PURE__ */ new Map();
    for (const [mkey, m] of Object.entries(recordOf$6(ownValue(recordOf$6(node), "messages")))) {
      const at2 = placeOf$1(doc, m, childPointer(childPointer(pointer, "messages"), mkey));
      if (!messages.has(at2))
        messages.set(at2, { key: mkey, node: m });
    }
    byNode.set(pointer, { el: channel, messages, used: /* @__PURE__ */ new Set() });
  }
  const operations = [];
  for (const [key, node] of Object.entries(recordOf$6(ownValue(top, "operations")))) {
    const pointer = placeOf$1(doc, node, childPointer("/operations", key));
    const el = elementOf(node, pointer, OPERATION_OMIT);
    applyTraits(doc, el, ownValue(recordOf$6(node), "traits"), true);
    securityOf(doc, el, schemesInUse);
    const channel = lookup(doc, byNode, ownValue(recordOf$6(node), "channel"));
    const written = DIRECTION[stringOr(ownValue(recordOf$6(node), "action"), "")] ?? "client-receives";
    const direction2 = readAs(written, perspective);
    operations.push({
      pointer: el.pointer,
      fields: el.fields,
      fieldPointers: el.fieldPointers,
      key: cross ? null : key,
      name: key,
      word: key,
      direction: direction2,
      channel: channel?.el.address ?? stringOr(ownValue(recordOf$6(ownValue(recordOf$6(node), "channel")), "$ref"), key),
      channelKey: channel?.el.key ?? null,
      messages: messagesOf(doc, ownValue(recordOf$6(node), "messages"), channel, childPointer(pointer, "messages")),
      reply: replyOf(doc, ownValue(recordOf$6(node), "reply"), channel, byNode, childPointer(pointer, "reply"))
    });
  }
  for (const { el, messages, used } of byNode.values())
    for (const [pointer, { key, node }] of messages)
      if (!used.has(key))
        el.unused.push(keyed(message(doc, node, key, pointer), el, key));
  return { major: 3, version, doc, root, servers, channels, operations, schemesInUse };
}
function keyed(el, channel, key) {
  el.fieldPointers.key = childPointer(childPointer(channel.pointer, "messages"), key);
  return el;
}
function messagesOf(doc, listed, channel, at2) {
  const entries = Array.isArray(listed) ? listed.map((m, i) => {
    const pointer = placeOf$1(doc, m, childPointer(at2, i));
    const key = channelMessageKey(rawAt(doc.source, childPointer(at2, i))) ?? channel?.messages.get(pointer)?.key ?? [...channel?.messages.values() ?? []].find((c) => dataEqual(c.node, m))?.key ?? null;
    return [m, key, pointer];
  }) : [...channel?.messages ?? /* @__PURE__ */ new Map()].map(([pointer, k]) => [
    k.node,
    k.key,
    pointer
  ]);
  return entries.map(([node, key, pointer]) => {
    const el = message(doc, node, key, pointer);
    if (key === null || channel === void 0)
      return el;
    channel.used.add(key);
    return keyed(el, channel.el, key);
  });
}
function message(doc, node, key, pointer) {
  const el = elementOf(node, pointer, MESSAGE_OMIT);
  applyTraits(doc, el, ownValue(recordOf$6(node), "traits"), true);
  let payload = takeSchema(el, "payload");
  if (payload !== null && isRecord(payload.schema) && Object.hasOwn(payload.schema, "schemaFormat")) {
    const wrapped = payload.schema;
    const wrapper = placeOf$1(doc, wrapped, payload.pointer);
    if (el.fields.schemaFormat === void 0) {
      el.fields.schemaFormat = wrapped.schemaFormat;
      el.fieldPointers.schemaFormat = childPointer(wrapper, "schemaFormat");
    }
    payload = { schema: ownValue(wrapped, "schema"), pointer: childPointer(wrapper, "schema") };
  }
  const headers = takeSchema(el, "headers");
  return {
    pointer: el.pointer,
    fields: el.fields,
    fieldPointers: el.fieldPointers,
    key,
    name: stringOr(el.fields.name, null),
    ids: messageIds(doc, node, el.fields.name, key),
    payload,
    headers
  };
}
function replyOf(doc, node, channel, byNode, at2) {
  if (!isRecord(node))
    return null;
  const pointer = placeOf$1(doc, node, at2);
  const el = elementOf(node, pointer, REPLY_OMIT);
  const replyChannel = lookup(doc, byNode, ownValue(node, "channel")) ?? channel;
  if (el.fields.address === void 0 && replyChannel !== void 0 && ownValue(node, "channel") !== void 0)
    el.fields.channel = replyChannel.el.address;
  return {
    pointer: el.pointer,
    fields: el.fields,
    fieldPointers: el.fieldPointers,
    messages: messagesOf(doc, ownValue(node, "messages"), replyChannel, childPointer(pointer, "messages"))
  };
}
function channelMessageKey(entry) {
  const ref = isRecord(entry) ? ownValue(entry, "$ref") : void 0;
  const segs = typeof ref === "string" && ref.startsWith("#") ? parsePointer(ref.slice(1)) : null;
  return segs !== null && segs.length === 4 && segs[0] === "channels" && segs[2] === "messages" ? segs[3] : null;
}
function inlineSchemeName(doc, scheme) {
  const { scopes: _, ...rest } = recordOf$6(scheme);
  const components = recordOf$6(ownValue(recordOf$6(ownValue(doc.root, "components")), "securitySchemes"));
  const names = Object.keys(components).filter((name) => dataEqual(rest, components[name])).sort();
  return names[0] ?? null;
}
function schemeAsV2(scheme) {
  const flows = ownValue(recordOf$6(scheme), "flows");
  if (!isRecord(flows))
    return scheme;
  const out = {};
  for (const [kind, flow] of Object.entries(flows)) {
    const { availableScopes, ...rest } = recordOf$6(flow);
    out[kind] = availableScopes === void 0 ? flow : { ...rest, scopes: availableScopes };
  }
  return { ...recordOf$6(scheme), flows: out };
}
function urlAsV2(el) {
  const { host, pathname } = el.fields;
  if (typeof host !== "string" || !(pathname === void 0 || typeof pathname === "string"))
    return;
  el.fields.url = host + (pathname ?? "");
  el.fieldPointers.url = fieldPointer(el, "host");
  el.fields.host = void 0;
  el.fields.pathname = void 0;
}
function serverName(doc, node) {
  const origin2 = typeof node === "object" && node !== null ? doc.origins.get(node) : void 0;
  const m = origin2 === void 0 ? null : /^\/servers\/([^/]+)$/.exec(origin2);
  return m === null ? null : m[1].replace(/~1/g, "/").replace(/~0/g, "~");
}
function securityOf(doc, el, inUse) {
  const list2 = el.fields.security;
  if (!Array.isArray(list2))
    return;
  const inlineTypes = list2.map((s) => stringOr(ownValue(recordOf$6(s), "type"), "scheme"));
  el.fields.security = list2.map((scheme, i) => {
    const type = inlineTypes[i];
    const shared = inlineTypes.filter((t) => t === type).length > 1;
    const name = componentName(doc, scheme, "securitySchemes") ?? inlineSchemeName(doc, scheme) ?? (shared ? `${type} (inline ${canonicalText(scheme)})` : `${type} (inline)`);
    const scopes2 = ownValue(recordOf$6(scheme), "scopes");
    return { [name]: Array.isArray(scopes2) ? sortedScopes(scopes2) : [] };
  });
  schemeNames(el.fields.security, inUse);
}
const NOT_A_CHANGE = "not a change to the API";
const FIRESTONE_ROWS = {
  "firestone.model.dangling": {
    defect: "OA-1",
    title: "firestone referred to a Create\u2026/Update\u2026 schema it did not write; the generated spec defines it",
    type: "non-breaking",
    message: `firestone referred to schema {name} without writing it; the generated spec defines it{detail} (firestone defect OA-1, ${NOT_A_CHANGE})`
  },
  "firestone.model.unused": {
    defect: "OA-1",
    title: "firestone wrote a Create\u2026/Update\u2026 schema no operation uses; the generated spec leaves it out",
    type: "non-breaking",
    message: `firestone wrote schema {name}, which no operation uses; the generated spec leaves it out (firestone defect OA-1, ${NOT_A_CHANGE})`
  },
  "firestone.property.unwrapped": {
    defect: "OA-2",
    title: "firestone wrote a property as its resource entry ({expose, schema}); the generated spec writes the entry's schema",
    type: "non-breaking",
    message: `firestone wrote property {name} as its resource entry ({keywords}); the generated spec writes the schema itself (firestone defect OA-2, ${NOT_A_CHANGE})`
  },
  "firestone.subresource.inlined": {
    defect: "OA-2",
    title: "firestone copied a whole sub-resource into a schema; the generated spec refers to its items schema",
    type: "non-breaking",
    message: `firestone copied sub-resource {name} whole into the schema; the generated spec refers to the schema of its items (firestone defect OA-2, ${NOT_A_CHANGE})`
  },
  "firestone.keyword.removed": {
    defect: "OA-2",
    title: "firestone copied resource keywords (expose, methods, key, \u2026) into a schema; the generated spec leaves them out",
    type: "non-breaking",
    message: `firestone copied the resource keywords {keywords} into {name}; the generated spec leaves them out (firestone defect OA-2, ${NOT_A_CHANGE})`
  },
  "firestone.path-parameter.key-schema": {
    defect: "OA-3",
    title: "firestone wrote a path parameter as a plain string; the generated spec uses the key's schema and description",
    type: "non-breaking",
    message: `firestone wrote path parameter {parameter} as a plain string; the generated spec uses the key's {detail} (firestone defect OA-3, ${NOT_A_CHANGE})`
  },
  "firestone.path-parameter.spurious": {
    defect: "OA-4",
    title: "firestone added a path parameter the path does not have; the generated spec leaves it out",
    type: "non-breaking",
    message: `firestone added path parameter {parameter}, which is not in the path (its name only occurs in the path's text); the generated spec leaves it out (firestone defect OA-4, ${NOT_A_CHANGE})`
  },
  "firestone.query-parameter.null-description": {
    defect: "OA-5",
    title: "firestone wrote description: null on a query parameter; the generated spec writes no description",
    type: "non-breaking",
    message: `firestone wrote 'description: null' on query parameter {parameter}; the generated spec writes no description (firestone defect OA-5, ${NOT_A_CHANGE})`
  },
  "firestone.query-parameter.default-moved": {
    defect: "OA-6",
    title: "firestone wrote a query parameter's default on the Parameter object; the generated spec puts it in its schema",
    type: "non-breaking",
    message: `firestone wrote the default {after} of query parameter {parameter} on the parameter, where OpenAPI ignores it; the generated spec puts it in its schema (firestone defect OA-6, ${NOT_A_CHANGE})`
  },
  "firestone.default-query-parameter.normalised": {
    defect: "OA-7",
    title: "firestone copied a default query parameter as written; the generated spec writes it like any query parameter",
    type: "non-breaking",
    message: `firestone copied default query parameter {parameter} as written in the resource ({detail}); the generated spec writes it like any query parameter (firestone defect OA-7, ${NOT_A_CHANGE})`
  },
  "firestone.default-query-parameter.filtered": {
    defect: "OA-7",
    title: "firestone added a default query parameter its methods filter or a same-named parameter excludes; the generated spec leaves it out",
    type: "non-breaking",
    message: `firestone added default query parameter {parameter} although {detail}; the generated spec leaves it out (firestone defect OA-7, ${NOT_A_CHANGE})`
  },
  "firestone.security.alternatives-added": {
    defect: "OA-8",
    title: "firestone required only a resource's first security scheme; the generated spec accepts each of them",
    type: "non-breaking",
    message: `firestone required only the security scheme {name}; the generated spec accepts each scheme of the resource ({values}) (firestone defect OA-8, ${NOT_A_CHANGE})`
  }
};
const OPENAPI_ROWS = {
  "openapi.version.changed": {
    title: "openapi version changed (3.0.x \u2194 3.1.x, or a patch)",
    type: "non-breaking",
    message: "The OpenAPI version changed from {before} to {after} (the API itself is compared element by element)"
  },
  "path.added": { title: "path added", type: "non-breaking", message: "Path {path} was added" },
  "path.removed": { title: "path removed", type: "breaking", message: "Path {path} was removed" },
  "path.description.changed": {
    title: "path summary or description changed",
    type: "non-breaking",
    message: "The {keyword} of path {path} changed"
  },
  "operation.endpoint.added": {
    title: "operation (method) added to a path",
    type: "non-breaking",
    message: "Operation {operation} was added"
  },
  "operation.endpoint.removed": {
    title: "operation (method) removed from a path",
    type: "breaking",
    message: "Operation {operation} was removed"
  },
  "operation.endpoint.removed-after-sunset": {
    title: "operation removed after its sunset date",
    type: "non-breaking",
    message: "Operation {operation} was removed after its sunset date {sunset}"
  },
  "operation.id.added": {
    title: "operationId added",
    type: "non-breaking",
    message: "Operation {operation} now has the operationId {after}"
  },
  "operation.sunset.moved-earlier": {
    title: "sunset date of an operation moved earlier",
    type: "breaking",
    message: "The sunset date of operation {operation} moved earlier, from {before} to {after}"
  },
  "operation.sunset.dropped": {
    title: "sunset date of a deprecated operation deleted",
    type: "breaking",
    message: "Operation {operation} is still deprecated but lost its sunset date {before}"
  },
  "operation.sunset.unreadable": {
    title: "x-sunset of an operation set or changed to a value that is no date",
    type: "warning",
    message: "The x-sunset of operation {operation} went from {before} to {after}; {after} is not a date (YYYY-MM-DD or an RFC 3339 date-time), so no sunset is read from it",
    unknownImpact: true
  },
  "operation.stability.lowered": {
    title: "x-stability-level lowered",
    type: "breaking",
    message: "The stability level of operation {operation} went down from {before} to {after}"
  },
  "operation.stability.raised": {
    title: "x-stability-level raised or set",
    type: "non-breaking",
    message: "The stability level of operation {operation} went from {before} to {after}"
  },
  // A level that is none of the four cannot be ranked: say so rather than guess which way it moved.
  "operation.stability.unreadable": {
    title: "x-stability-level changed to or from a value that is no level",
    type: "warning",
    message: "The stability level of operation {operation} went from {before} to {after}, which is not one of {levels}: whether its promise changed cannot be told",
    unknownImpact: true
  },
  "parameter.required-added": {
    title: "required parameter added",
    receive: "non-breaking",
    send: "breaking",
    message: "Operation {operation} has a new required {in} parameter {parameter}"
  },
  "parameter.optional-added": {
    title: "optional parameter added",
    type: "non-breaking",
    message: "Operation {operation} has a new optional {in} parameter {parameter}"
  },
  "parameter.became-required": {
    title: "parameter became required",
    receive: "non-breaking",
    send: "breaking",
    message: "The {in} parameter {parameter} of {operation} is now required"
  },
  "parameter.became-optional": {
    title: "parameter became optional",
    receive: "breaking",
    send: "non-breaking",
    message: "The {in} parameter {parameter} of {operation} is now optional"
  },
  "parameter.dropped": {
    title: "parameter removed (query, header, cookie)",
    type: "warning",
    message: "The {in} parameter {parameter} was removed from {operation} (requests still succeed, but what it did is gone)"
  },
  "parameter.removed-after-sunset": {
    title: "deprecated parameter removed after its sunset date",
    type: "non-breaking",
    message: "The {in} parameter {parameter} was removed from {operation} after its sunset date {sunset}"
  },
  "parameter.serialization.changed": {
    title: "parameter in, style, explode or allowReserved changed",
    type: "breaking",
    message: "The {keyword} of the {in} parameter {parameter} of {operation} changed from {before} to {after}"
  },
  "parameter.default.changed": {
    title: "parameter default added, removed or changed",
    type: "breaking",
    message: "The default of the {in} parameter {parameter} of {operation} changed from {before} to {after} (clients that leave it out get other behaviour)"
  },
  "parameter.deprecated": {
    title: "parameter marked deprecated, or given a sunset date",
    type: "non-breaking",
    message: "The {in} parameter {parameter} of {operation}: {keyword} set to {after}"
  },
  "parameter.sunset.moved-earlier": {
    title: "sunset date of a parameter moved earlier",
    type: "breaking",
    message: "The sunset date of the {in} parameter {parameter} of {operation} moved earlier, from {before} to {after}"
  },
  "parameter.sunset.dropped": {
    title: "sunset date of a deprecated parameter deleted",
    type: "breaking",
    message: "The {in} parameter {parameter} of {operation} is still deprecated but lost its sunset date {before}"
  },
  "parameter.sunset.unreadable": {
    title: "x-sunset of a parameter set or changed to a value that is no date",
    type: "warning",
    message: "The x-sunset of the {in} parameter {parameter} of {operation} went from {before} to {after}; {after} is not a date (YYYY-MM-DD or an RFC 3339 date-time), so no sunset is read from it",
    unknownImpact: true
  },
  "parameter.description.changed": {
    title: "parameter description or examples changed",
    type: "non-breaking",
    message: "The {keyword} of the {in} parameter {parameter} of {operation} changed"
  },
  "parameter.media-type.changed": {
    title: "media type of a parameter written with content changed (or schema moved to or from content)",
    type: "breaking",
    message: "The media type of the {in} parameter {parameter} of {operation} changed from {before} to {after}"
  },
  "request.body.added-required": {
    title: "required request body added",
    receive: "non-breaking",
    send: "breaking",
    message: "Operation {operation} now requires a request body"
  },
  "request.body.added-optional": {
    title: "optional request body added",
    type: "non-breaking",
    message: "Operation {operation} now accepts an optional request body"
  },
  "request.body.became-required": {
    title: "request body became required",
    receive: "non-breaking",
    send: "breaking",
    message: "The request body of {operation} is now required"
  },
  "request.body.became-optional": {
    title: "request body became optional",
    receive: "breaking",
    send: "non-breaking",
    message: "The request body of {operation} is now optional"
  },
  "request.body.removed": {
    title: "request body removed",
    type: "breaking",
    message: "Operation {operation} no longer takes a request body"
  },
  "request.body.description.changed": {
    title: "request body description changed",
    type: "non-breaking",
    message: "The {keyword} of the request body of {operation} changed"
  },
  "request.media-type.added": {
    title: "request media type added",
    type: "non-breaking",
    message: "Operation {operation} now also accepts {mediaType}"
  },
  "request.media-type.removed": {
    title: "request media type removed",
    receive: "non-breaking",
    send: "breaking",
    message: "Operation {operation} no longer accepts {mediaType}"
  },
  "request.encoding.changed": {
    title: "encoding of a request media type changed",
    type: "breaking",
    message: "The encoding of {mediaType} in the request body of {operation} changed"
  },
  "response.success-status.added": {
    title: "success status (2xx) added",
    receive: "warning",
    send: "non-breaking",
    message: "Operation {operation} may now answer {status} (clients may not handle it)"
  },
  "response.success-status.removed": {
    title: "success status (2xx) removed",
    type: "breaking",
    message: "Operation {operation} no longer answers {status}"
  },
  "response.status.added": {
    title: "non-success status or default response added",
    type: "non-breaking",
    message: "Operation {operation} documents a new response {status}"
  },
  "response.status.removed": {
    title: "non-success status or default response removed",
    type: "non-breaking",
    message: "Operation {operation} no longer documents the response {status}"
  },
  "response.description.changed": {
    title: "response description changed",
    type: "non-breaking",
    message: "The {keyword} of the response {status} of {operation} changed"
  },
  "response.media-type.added": {
    title: "response media type added",
    type: "non-breaking",
    message: "The response {status} of {operation} may now be {mediaType}"
  },
  "response.media-type.removed": {
    title: "response media type removed",
    type: "breaking",
    message: "The response {status} of {operation} is no longer {mediaType}"
  },
  "response.links.changed": {
    title: "response links changed",
    type: "non-breaking",
    message: "The links of the response {status} of {operation} changed"
  },
  "header.added": {
    title: "response header added",
    type: "non-breaking",
    message: "The response {status} of {operation} has a new header {header}"
  },
  "header.removed-required": {
    title: "required response header removed",
    receive: "breaking",
    send: "non-breaking",
    message: "The required header {header} was removed from the response {status} of {operation}"
  },
  "header.removed-optional": {
    title: "optional response header removed",
    receive: "warning",
    send: "non-breaking",
    message: "The optional header {header} was removed from the response {status} of {operation}"
  },
  "header.removed-after-sunset": {
    title: "deprecated response header removed after its sunset date",
    type: "non-breaking",
    message: "The header {header} was removed from the response {status} of {operation} after its sunset date {sunset}"
  },
  "header.became-required": {
    title: "response header became required",
    receive: "non-breaking",
    send: "breaking",
    message: "The header {header} of the response {status} of {operation} is now always sent"
  },
  "header.became-optional": {
    title: "response header became optional",
    receive: "breaking",
    send: "non-breaking",
    message: "The header {header} of the response {status} of {operation} is no longer always sent"
  },
  "header.deprecated": {
    title: "response header marked deprecated, or given a sunset date",
    type: "non-breaking",
    message: "The header {header} of the response {status} of {operation}: {keyword} set to {after}"
  },
  "header.sunset.moved-earlier": {
    title: "sunset date of a response header moved earlier",
    type: "breaking",
    message: "The sunset date of the header {header} of the response {status} of {operation} moved earlier, from {before} to {after}"
  },
  "header.sunset.dropped": {
    title: "sunset date of a deprecated response header deleted",
    type: "breaking",
    message: "The header {header} of the response {status} of {operation} is still deprecated but lost its sunset date {before}"
  },
  "header.sunset.unreadable": {
    title: "x-sunset of a response header set or changed to a value that is no date",
    type: "warning",
    message: "The x-sunset of the header {header} of the response {status} of {operation} went from {before} to {after}; {after} is not a date (YYYY-MM-DD or an RFC 3339 date-time), so no sunset is read from it",
    unknownImpact: true
  },
  "header.description.changed": {
    title: "response header description changed",
    type: "non-breaking",
    message: "The {keyword} of the header {header} of the response {status} of {operation} changed"
  },
  "security.scheme.widened": {
    title: "security scheme offers more (a flow or scope added)",
    type: "non-breaking",
    message: "Security scheme {name} now offers more flows or scopes"
  },
  "path.removed-after-sunset": {
    title: "path removed after the sunset date of every operation it had",
    type: "non-breaking",
    message: "Path {path} was removed after its sunset date {sunset}"
  },
  "security.scope.added": {
    title: "scope added to a security requirement",
    type: "breaking",
    message: "{target} now requires the scopes {values} of {name}"
  },
  "security.scope.removed": {
    title: "scope removed from a security requirement",
    type: "non-breaking",
    message: "{target} no longer requires the scopes {values} of {name}"
  },
  "webhook.added": { title: "webhook added", type: "non-breaking", message: "Webhook {path} was added" },
  "webhook.removed": { title: "webhook removed", type: "breaking", message: "Webhook {path} was removed" },
  "callback.added": {
    title: "callback added",
    type: "non-breaking",
    message: "Operation {operation} has a new callback {name}"
  },
  "callback.removed": {
    title: "callback removed",
    type: "breaking",
    message: "The callback {name} was removed from operation {operation}"
  }
};
const OPENAPI_REMOVED_AFTER_SUNSET = {
  "path.removed": "path.removed-after-sunset",
  "operation.endpoint.removed": "operation.endpoint.removed-after-sunset",
  "parameter.dropped": "parameter.removed-after-sunset",
  "header.removed-required": "header.removed-after-sunset",
  "header.removed-optional": "header.removed-after-sunset"
};
const isDirected = (rule) => "send" in rule;
function verdictOf(rule, direction2, mode = "backward") {
  if (!isDirected(rule))
    return rule.type;
  if (direction2 === null || mode === "full")
    return worse$1(rule.receive, rule.send);
  if (mode === "forward")
    return rule[direction2 === "send" ? "receive" : "send"];
  return rule[direction2];
}
const SEVERITY = { breaking: 3, warning: 2, "non-breaking": 1, unclassified: 0 };
const severity = (type) => SEVERITY[type];
const worse$1 = (a, b) => SEVERITY[b] > SEVERITY[a] ? b : a;
const SCHEMA_ROWS = {
  "property.added-optional": {
    title: "optional property added",
    receive: "non-breaking",
    send: "non-breaking",
    message: "Optional property {name} was added to {subject} {where}"
  },
  "property.required-added": {
    title: "required property added",
    receive: "non-breaking",
    send: "breaking",
    message: "Property {name} of {subject} is now required {where}"
  },
  "property.became-required": {
    title: "property became required",
    receive: "non-breaking",
    send: "breaking",
    message: "Property {name} of {subject} changed from optional to required {where}"
  },
  "property.became-optional": {
    title: "property became optional",
    receive: "breaking",
    send: "non-breaking",
    message: "Property {name} of {subject} changed from required to optional {where}"
  },
  "property.removed-optional": {
    title: "optional property removed",
    receive: "warning",
    send: "non-breaking",
    message: "Optional property {name} was removed from {subject} {where}"
  },
  // Receivers see an optional property go (the mildest removal); senders that still send it are refused.
  "property.removed-closed": {
    title: "property removed from an object that accepts no undeclared properties (additionalProperties: false)",
    receive: "warning",
    send: "breaking",
    message: "Property {name} was removed from {subject}, which accepts no undeclared properties {where}"
  },
  "property.deprecated": {
    title: "marked deprecated, or given a sunset date",
    receive: "non-breaking",
    send: "non-breaking",
    message: "{subject}: {keyword} set to {after} {where}"
  },
  "property.removed-after-sunset": {
    title: "deprecated property removed after its sunset date",
    receive: "non-breaking",
    send: "non-breaking",
    message: "Property {name} was removed from {subject} after its sunset date {sunset} {where}"
  },
  "property.sunset.moved-earlier": {
    title: "sunset date moved earlier",
    receive: "breaking",
    send: "breaking",
    message: "The sunset date of {subject} moved earlier, from {before} to {after} {where}"
  },
  "property.sunset.dropped": {
    title: "sunset date of a deprecated schema deleted",
    receive: "breaking",
    send: "breaking",
    message: "{subject} is still deprecated but lost its sunset date {before} {where}"
  },
  "property.sunset.unreadable": {
    title: "x-sunset set or changed to a value that is no date",
    receive: "warning",
    send: "warning",
    message: "The x-sunset of {subject} went from {before} to {after} {where}; {after} is not a date (YYYY-MM-DD or an RFC 3339 date-time), so no sunset is read from it",
    unknownImpact: true
  },
  // x-stability-level (oasdiff's extension) is read in OpenAPI documents only.
  "property.stability.lowered": {
    title: "x-stability-level lowered",
    receive: "breaking",
    send: "breaking",
    message: "The stability level of {subject} went down from {before} to {after} {where}",
    openapi: true
  },
  "property.stability.raised": {
    title: "x-stability-level raised or set",
    receive: "non-breaking",
    send: "non-breaking",
    message: "The stability level of {subject} went from {before} to {after} {where}",
    openapi: true
  },
  "property.stability.unreadable": {
    title: "x-stability-level changed to or from a value that is no level",
    receive: "warning",
    send: "warning",
    message: "The stability level of {subject} went from {before} to {after} {where}; one of them is not draft, alpha, beta or stable, so whether its promise changed cannot be told",
    openapi: true,
    unknownImpact: true
  },
  "property.removed-required": {
    title: "required property removed",
    receive: "breaking",
    send: "non-breaking",
    message: "Required property {name} was removed from {subject} {where}"
  },
  // readOnly/writeOnly (OpenAPI, docs/classification.md): a property that stops travelling one way
  // is judged like one removed on that side, one that starts like one added.
  "property.became-read-only": {
    title: "property became readOnly (clients no longer send it: like a removed property there)",
    receive: "non-breaking",
    send: "non-breaking",
    message: "Property {name} of {subject} became read-only; clients no longer send it {where}",
    openapi: true
  },
  "property.became-writable": {
    title: "optional property no longer readOnly (clients may now send it)",
    receive: "non-breaking",
    send: "non-breaking",
    message: "Property {name} of {subject} is no longer read-only; clients may send it {where}",
    openapi: true
  },
  "property.required-became-writable": {
    title: "required property no longer readOnly (clients must now send it)",
    receive: "non-breaking",
    send: "breaking",
    message: "Required property {name} of {subject} is no longer read-only; clients must send it {where}",
    openapi: true
  },
  "property.became-write-only": {
    title: "optional property became writeOnly (clients no longer receive it)",
    receive: "warning",
    send: "non-breaking",
    message: "Property {name} of {subject} became write-only; clients no longer receive it {where}",
    openapi: true
  },
  "property.required-became-write-only": {
    title: "required property became writeOnly (clients no longer receive it)",
    receive: "breaking",
    send: "non-breaking",
    message: "Required property {name} of {subject} became write-only; clients no longer receive it {where}",
    openapi: true
  },
  "property.became-readable": {
    title: "property no longer writeOnly (clients now receive it)",
    receive: "non-breaking",
    send: "non-breaking",
    message: "Property {name} of {subject} is no longer write-only; clients receive it {where}",
    openapi: true
  },
  "property.access.inapplicable": {
    title: "change to a property that does not travel this way (readOnly where clients send, writeOnly where they receive)",
    receive: "non-breaking",
    send: "non-breaking",
    message: "The {keyword} of {subject} changed at {path}; the property does not travel this way (readOnly properties only reach clients, writeOnly ones only come from them) {where}",
    openapi: true
  },
  "type.changed": {
    title: "type changed to an unrelated type",
    receive: "breaking",
    send: "breaking",
    message: "The {keyword} of {subject} changed from {before} to {after} {where}"
  },
  "type.widened": {
    title: "type widened",
    receive: "breaking",
    send: "non-breaking",
    message: "The {keyword} of {subject} was widened from {before} to {after} {where}"
  },
  "type.narrowed": {
    title: "type narrowed",
    receive: "non-breaking",
    send: "breaking",
    message: "The {keyword} of {subject} was narrowed from {before} to {after} {where}"
  },
  "null.allowed": {
    title: "null allowed",
    receive: "breaking",
    send: "non-breaking",
    message: "{subject} now allows null {where}"
  },
  "null.disallowed": {
    title: "null no longer allowed",
    receive: "non-breaking",
    send: "breaking",
    message: "{subject} no longer allows null {where}"
  },
  "enum.value-added": {
    title: "enum value added",
    receive: "warning",
    send: "non-breaking",
    message: "The enum of {subject} gained {values} {where}"
  },
  "enum.value-removed": {
    title: "enum value removed",
    receive: "non-breaking",
    send: "breaking",
    message: "The enum of {subject} lost {values} {where}"
  },
  "enum.added": {
    title: "enum introduced",
    receive: "non-breaking",
    send: "breaking",
    message: "{subject} is now limited to {values} {where}"
  },
  "enum.removed": {
    title: "enum dropped",
    receive: "warning",
    send: "non-breaking",
    message: "{subject} is no longer limited to {values} {where}"
  },
  "bound.tightened": {
    title: "bound tightened",
    receive: "non-breaking",
    send: "breaking",
    message: "The {keyword} of {subject} was tightened from {before} to {after} {where}"
  },
  "bound.loosened": {
    title: "bound loosened",
    receive: "warning",
    send: "non-breaking",
    message: "The {keyword} of {subject} was loosened from {before} to {after} {where}"
  },
  // Neither tighter nor looser (multipleOf 2 \u2192 3, const 'a' \u2192 'b'): the worse of both rows.
  "bound.changed": {
    title: "bound changed",
    receive: "warning",
    send: "breaking",
    message: "The {keyword} of {subject} changed from {before} to {after} {where}"
  },
  "pattern.added": {
    title: "pattern added",
    receive: "non-breaking",
    send: "breaking",
    message: "{subject} must now match the pattern {after} {where}"
  },
  "pattern.changed": {
    title: "pattern changed",
    receive: "warning",
    send: "breaking",
    message: "The pattern of {subject} changed from {before} to {after} {where}"
  },
  "pattern.removed": {
    title: "pattern removed",
    receive: "warning",
    send: "non-breaking",
    message: "The pattern {before} of {subject} was removed {where}"
  },
  "additional-properties.closed": {
    title: "additionalProperties true\u2192false",
    receive: "non-breaking",
    send: "breaking",
    message: "{subject} no longer accepts undeclared properties {where}"
  },
  "additional-properties.opened": {
    title: "additionalProperties false\u2192true",
    receive: "warning",
    send: "non-breaking",
    message: "{subject} now accepts undeclared properties {where}"
  },
  "branch.added": {
    title: "oneOf/anyOf branch added",
    receive: "warning",
    send: "non-breaking",
    message: "The {keyword} of {subject} gained a branch {where}"
  },
  "branch.removed": {
    title: "oneOf/anyOf branch removed",
    receive: "non-breaking",
    send: "breaking",
    message: "The {keyword} of {subject} lost a branch {where}"
  },
  // allOf is the opposite of oneOf: one more branch is one more constraint.
  "all-of.added": {
    title: "allOf branch added",
    receive: "non-breaking",
    send: "breaking",
    message: "The allOf of {subject} gained a constraint {where}"
  },
  "all-of.removed": {
    title: "allOf branch removed",
    receive: "warning",
    send: "non-breaking",
    message: "The allOf of {subject} lost a constraint {where}"
  },
  // `if`, a changed `not`, `dependencies`, an unresolved `$ref` ...: no cheap way to tell tighter from looser.
  "constraint.changed": {
    title: "other validation keyword changed",
    receive: "breaking",
    send: "breaking",
    message: "The {keyword} constraint of {subject} changed {where}"
  },
  "doc.changed": {
    title: "description, title, examples or x-* changed",
    receive: "non-breaking",
    send: "non-breaking",
    message: "The {keyword} of {subject} changed {where}"
  },
  "keyword.inapplicable": {
    title: "keyword that does not apply to the schema type (constrains nothing)",
    receive: "non-breaking",
    send: "non-breaking",
    message: "The {keyword} of {subject} changed; it does not apply to its type, so it constrains nothing {where}"
  },
  "keyword.unknown": {
    title: "keyword JSON Schema does not define (ignored by validators)",
    receive: "non-breaking",
    send: "non-breaking",
    message: "The unknown keyword {keyword} of {subject} changed; validators ignore it {where}"
  },
  "firestone-keyword.changed": {
    title: "firestone keyword changed (not message content)",
    receive: "non-breaking",
    send: "non-breaking",
    message: "The firestone keyword {keyword} of {subject} changed; it is not message content (its effect shows as channel, parameter or binding changes)",
    openapiMessage: "The firestone keyword {keyword} of {subject} changed; it is a resource keyword, not body content (its effect shows as path, operation or parameter changes)"
  }
};
const SCHEMA_RULES = Object.keys(SCHEMA_ROWS).map((kind) => ({
  kind,
  ...SCHEMA_ROWS[kind]
}));
const FAMILIES = {
  payload: { noun: "messages", fixed: null },
  header: { noun: "headers", fixed: null },
  query: { noun: "query parameters", fixed: "send" },
  parameter: { noun: "parameters", fixed: null },
  request: { noun: "request bodies", fixed: null, bothWays: "request and response bodies" },
  response: { noun: "responses", fixed: null, bothWays: "request and response bodies" }
};
const OPENAPI_FAMILIES = /* @__PURE__ */ new Set(["parameter", "request", "response", "header"]);
const familyRuleId = (family, kind) => `${family}.${kind}`;
function familyRules(family) {
  return SCHEMA_RULES.filter((r) => r.openapi !== true || OPENAPI_FAMILIES.has(family)).map((r) => ({
    id: familyRuleId(family, r.kind),
    title: `${FAMILIES[family].noun}: ${r.title}`,
    receive: r.receive,
    send: r.send,
    message: (family === "request" || family === "response" ? r.openapiMessage : void 0) ?? r.message,
    ...r.unknownImpact ? { unknownImpact: true } : {}
  }));
}
const DOCUMENT_ROWS = {
  "channel.added": { title: "channel added", type: "non-breaking", message: "Channel {channel} was added" },
  "channel.removed": {
    title: "channel removed or its address changed",
    type: "breaking",
    message: "Channel {channel} was removed"
  },
  "channel.description.changed": {
    title: "channel description changed",
    type: "non-breaking",
    message: "The {keyword} of channel {channel} changed"
  },
  "channel.servers.added": {
    title: "channel offered on more servers",
    type: "non-breaking",
    message: "Channel {channel} is now offered on more servers ({values})"
  },
  "channel.servers.removed": {
    title: "channel no longer offered on a server",
    type: "breaking",
    message: "Channel {channel} is no longer offered on {values}"
  },
  "operation.added": {
    title: "operation added",
    type: "non-breaking",
    message: "Operation {operation} was added to channel {channel}"
  },
  "operation.removed": {
    title: "operation removed",
    type: "breaking",
    message: "Operation {operation} was removed from channel {channel}"
  },
  "operation.id.changed": {
    title: "operationId changed",
    type: "warning",
    message: "The operationId of {operation} on {channel} changed from {before} to {after}"
  },
  "operation.tags.changed": {
    title: "operation tags changed",
    type: "warning",
    message: "The tags of {operation} on {channel} changed from {before} to {after}"
  },
  "operation.description.changed": {
    title: "operation description changed",
    type: "non-breaking",
    message: "The {keyword} of {operation} on {channel} changed"
  },
  "message.added": {
    title: "message added to an operation",
    receive: "warning",
    send: "non-breaking",
    message: "Message {message} was added to {operation} on {channel} {where}"
  },
  "message.removed": {
    title: "message removed from an operation",
    receive: "non-breaking",
    send: "breaking",
    message: "Message {message} was removed from {operation} on {channel} {where}"
  },
  "message.deprecated": {
    title: "message marked deprecated or given a sunset date",
    type: "non-breaking",
    message: "Message {message} of the operation {operation} on {channel}: {keyword} set to {after}"
  },
  "message.removed-after-sunset": {
    title: "message removed after its sunset date",
    type: "non-breaking",
    message: "Message {message} was removed from the operation {operation} on {channel} after its sunset date {sunset}"
  },
  "message.name.changed": {
    title: "message name changed",
    type: "warning",
    message: "The name of the message of {operation} on {channel} changed from {before} to {after}"
  },
  "message.id.changed": {
    title: "messageId changed, with its name or not",
    type: "warning",
    message: "The messageId of {message} on {channel} ({operation}) changed from {before} to {after}{also}"
  },
  "message.content-type.changed": {
    title: "message contentType changed",
    type: "breaking",
    message: "The content type of {message} on {channel} ({operation}) changed from {before} to {after}"
  },
  "message.tags.changed": {
    title: "message tags changed",
    type: "warning",
    message: "The tags of {message} on {channel} ({operation}) changed from {before} to {after}"
  },
  "message.description.changed": {
    title: "message description changed",
    type: "non-breaking",
    message: "The {keyword} of {message} on {channel} ({operation}) changed"
  },
  "message.schema-format.changed": {
    title: "message schemaFormat changed",
    type: "breaking",
    message: "The schemaFormat of {message} on {channel} ({operation}) changed from {before} to {after}"
  },
  "message.correlation-id.changed": {
    title: "message correlationId changed",
    type: "warning",
    message: "The correlationId of {message} on {channel} ({operation}) changed"
  },
  "parameter.added": {
    title: "channel parameter added",
    type: "breaking",
    message: "Channel {channel} has a new parameter {parameter} clients must fill in"
  },
  "parameter.removed": {
    title: "channel parameter removed",
    type: "non-breaking",
    message: "Parameter {parameter} was removed from channel {channel}"
  },
  "parameter.location.changed": {
    title: "channel parameter location changed",
    type: "breaking",
    message: "The location of parameter {parameter} of channel {channel} changed from {before} to {after}"
  },
  "binding.ws.method.changed": {
    title: "ws binding method changed",
    type: "breaking",
    message: "The WebSocket method of {target} changed from {before} to {after}"
  },
  "binding.added": {
    title: "binding added",
    type: "non-breaking",
    message: "The {keyword} binding of {target} was added"
  },
  "binding.removed": {
    title: "binding removed",
    type: "warning",
    message: "The {keyword} binding of {target} was removed"
  },
  "binding.changed": {
    title: "binding changed",
    type: "warning",
    message: "The {keyword} binding of {target} changed"
  },
  "binding.doc.changed": {
    title: "binding documentation changed (description, examples, x-*)",
    type: "non-breaking",
    message: "The documentation of the {keyword} binding of {target} changed"
  },
  "server.added": { title: "server added", type: "non-breaking", message: "Server {server} was added" },
  "server.removed": { title: "server removed", type: "breaking", message: "Server {server} was removed" },
  "server.deprecated": {
    title: "server marked deprecated or given a sunset date",
    type: "non-breaking",
    message: "Server {server}: {keyword} set to {after}"
  },
  "server.removed-after-sunset": {
    title: "server removed after its sunset date",
    type: "non-breaking",
    message: "Server {server} was removed after its sunset date {sunset}"
  },
  "server.url.changed": {
    title: "server url changed",
    type: "breaking",
    message: "The url of server {server} changed from {before} to {after}"
  },
  "server.protocol.changed": {
    title: "server protocol changed",
    type: "breaking",
    message: "The {keyword} of server {server} changed from {before} to {after}"
  },
  "server.description.changed": {
    title: "server description changed",
    type: "non-breaking",
    message: "The {keyword} of server {server} changed"
  },
  "server.variable.added": {
    title: "server variable added",
    type: "non-breaking",
    message: "Server {server} has a new variable {variable}"
  },
  "server.variable.removed": {
    title: "server variable removed",
    type: "breaking",
    message: "Variable {variable} of server {server} was removed"
  },
  "server.variable.enum-narrowed": {
    title: "server variable enum narrowed",
    type: "breaking",
    message: "Variable {variable} of server {server} no longer allows {values}"
  },
  "server.variable.enum-widened": {
    title: "server variable enum widened",
    type: "non-breaking",
    message: "Variable {variable} of server {server} now also allows {values}"
  },
  "server.variable.default-changed": {
    title: "server variable default changed",
    type: "warning",
    message: "The default of variable {variable} of server {server} changed from {before} to {after}"
  },
  "security.added": {
    title: "security requirement added",
    type: "breaking",
    message: "{target} now requires {values}"
  },
  "security.removed": {
    title: "security requirement removed",
    type: "non-breaking",
    message: "{target} no longer requires {values}"
  },
  "security.scheme.changed": {
    title: "security scheme changed",
    type: "breaking",
    message: "Security scheme {name} changed"
  },
  "channel.renamed": {
    title: "channel key changed, same address (3.x)",
    type: "warning",
    message: "Channel {channel} was renamed from {before} to {after} (generated code names move)"
  },
  "channel.deprecated": {
    title: "channel marked deprecated or given a sunset date",
    type: "non-breaking",
    message: "Channel {channel}: {keyword} set to {after}"
  },
  "channel.removed-after-sunset": {
    title: "channel removed after its sunset date",
    type: "non-breaking",
    message: "Channel {channel} was removed after its sunset date {sunset}"
  },
  "operation.renamed": {
    title: "operation key changed, same channel, action and messages (3.x)",
    type: "warning",
    message: "The operation {operation} on {channel} was renamed from {before} to {after} (generated code names move)"
  },
  "operation.deprecated": {
    title: "operation marked deprecated or given a sunset date",
    type: "non-breaking",
    message: "The operation {operation} on {channel}: {keyword} set to {after}"
  },
  "operation.removed-after-sunset": {
    title: "operation removed after its sunset date",
    type: "non-breaking",
    message: "The operation {operation} was removed from channel {channel} after its sunset date {sunset}"
  },
  "operation.reply.added": {
    title: "reply added to an operation",
    type: "non-breaking",
    message: "The operation {operation} on {channel} now has a reply"
  },
  "operation.reply.removed": {
    title: "reply removed from an operation",
    type: "breaking",
    message: "The operation {operation} on {channel} no longer has a reply"
  },
  "operation.reply.address.changed": {
    title: "reply address or channel changed",
    type: "breaking",
    message: "The reply address of the operation {operation} on {channel} changed from {before} to {after}"
  },
  "message.renamed": {
    title: "message key changed (3.x), with its name or not",
    type: "warning",
    message: "The key of {message} on {channel} ({operation}) changed from {before} to {after}{also}"
  },
  "security.alternative.added": {
    title: "security alternative added to a non-empty list",
    type: "non-breaking",
    message: "{target} now also accepts {values}"
  },
  "security.alternative.removed": {
    title: "security alternative removed",
    type: "breaking",
    message: "{target} no longer accepts {values}"
  },
  "security.scheme.added": {
    title: "security scheme added (its use is judged where a requirement names it)",
    type: "non-breaking",
    message: "Security scheme {name} was added"
  },
  "security.scheme.removed": {
    title: "security scheme removed (its use is judged where a requirement named it)",
    type: "non-breaking",
    message: "Security scheme {name} was removed"
  },
  "security.scheme.doc.changed": {
    title: "security scheme description changed",
    type: "non-breaking",
    message: "The {keyword} of security scheme {name} changed"
  },
  "info.changed": { title: "info changed", type: "non-breaking", message: "The {keyword} of the document changed" },
  "default-content-type.changed": {
    title: "defaultContentType changed for messages without their own",
    type: "breaking",
    message: "defaultContentType changed from {before} to {after}, which changes the content type of messages that have none of their own"
  },
  "default-content-type.changed-unused": {
    title: "defaultContentType changed, no message relies on it",
    type: "non-breaking",
    message: "defaultContentType changed from {before} to {after}; every message sets its own contentType"
  },
  "message.unused.changed": {
    title: "channel message no operation uses changed (3.x)",
    type: "non-breaking",
    message: "{detail} (no operation uses this message)"
  },
  "component.unused.changed": {
    title: "component nothing uses changed",
    type: "non-breaking",
    message: "{detail} (nothing in the spec uses it)"
  },
  "asyncapi.version.bumped": {
    title: "asyncapi version bumped",
    type: "non-breaking",
    message: "The AsyncAPI version went from {before} to {after}"
  },
  "asyncapi.version.downgraded": {
    title: "asyncapi version downgraded",
    type: "breaking",
    message: "The AsyncAPI version went down from {before} to {after}"
  },
  "asyncapi.version.changed": {
    title: "asyncapi major version changed (2.x \u2194 3.x)",
    type: "non-breaking",
    message: "The AsyncAPI version changed from {before} to {after}, another major version (the API itself is compared element by element)"
  },
  "extension.changed": {
    title: "x-* extension changed",
    type: "non-breaking",
    message: "Extension {keyword} at {path} changed"
  },
  unclassified: { title: "no rule matched", type: "unclassified", message: "A change at {path} matches no rule" }
};
const DOCUMENT_RULES = [
  ...Object.keys(DOCUMENT_ROWS).map((id) => ({ id, ...DOCUMENT_ROWS[id] })),
  ...Object.keys(OPENAPI_ROWS).map((id) => ({ id, ...OPENAPI_ROWS[id] })),
  ...Object.keys(FIRESTONE_ROWS).map((id) => ({
    id,
    title: FIRESTONE_ROWS[id].title,
    type: FIRESTONE_ROWS[id].type,
    message: FIRESTONE_ROWS[id].message
  }))
];
const RULES = [
  ...familyRules("payload"),
  ...familyRules("header"),
  ...familyRules("query"),
  ...familyRules("parameter"),
  ...familyRules("request"),
  ...familyRules("response"),
  ...DOCUMENT_RULES
];
const RULE_IDS = RULES.map((r) => r.id);
const RETIRED_RULES = {
  "operation.traits.changed": "operation traits are now applied to their operations, so a trait edit shows as the changes it makes to those operations",
  "message.traits.changed": "message traits are now applied to their messages, so a trait edit shows as the changes it makes to those messages"
};
const BY_ID = new Map(RULES.map((r) => [r.id, r]));
const FAMILY_OF = new Map([
  ...Object.keys(FAMILIES).flatMap((family) => familyRules(family).map((r) => [r.id, family])),
  ...DOCUMENT_RULES.filter(isDirected).map((r) => [r.id, "payload"])
]);
const familyOf = (id) => FAMILY_OF.get(id);
function ruleById(id) {
  const rule = BY_ID.get(id);
  if (rule === void 0)
    throw new Error(`no rule ${id}`);
  return rule;
}
const hasUnknownImpact = (id) => BY_ID.get(id)?.unknownImpact === true;
function describeRule(id) {
  const rule = BY_ID.get(id);
  if (rule === void 0)
    return void 0;
  const verdict2 = !isDirected(rule) ? rule.type : rule.receive === rule.send ? `${rule.receive} whichever way the data travels` : `${rule.receive} where clients receive the data, ${rule.send} where they send it`;
  return {
    title: rule.title,
    help: `${rule.title}: ${verdict2} (compatibility backward; docs/rules.md lists every rule id and its columns)`
  };
}
const OP = "/channels/*/client-receives|client-sends/*";
const REPLY = `${OP}/reply`;
const MSG = `${OP}/messages/*`;
const REPLY_MSG = `${REPLY}/messages/*`;
function bindingRules(prefix) {
  return [
    { pattern: `${prefix}/bindings`, each: true },
    { pattern: `${prefix}/bindings/*`, special: "binding" },
    { pattern: `${prefix}/bindings/ws/method`, any: "binding.ws.method.changed" }
  ];
}
function lifecycleRules(prefix, mark, documentation) {
  return [
    { pattern: `${prefix}/deprecated`, mark, any: documentation },
    { pattern: `${prefix}/x-deprecated|x-sunset`, mark, any: "extension.changed" }
  ];
}
const REMOVED_AFTER_SUNSET = {
  "channel.removed": "channel.removed-after-sunset",
  "operation.removed": "operation.removed-after-sunset",
  "message.removed": "message.removed-after-sunset",
  "server.removed": "server.removed-after-sunset",
  ...OPENAPI_REMOVED_AFTER_SUNSET
};
function messageRules(msg) {
  return [
    { pattern: `${msg}`, add: "message.added", remove: "message.removed" },
    { pattern: `${msg}/name`, any: "message.name.changed" },
    { pattern: `${msg}/messageId`, any: "message.id.changed" },
    { pattern: `${msg}/key`, any: "message.renamed" },
    { pattern: `${msg}/contentType`, special: "content-type" },
    { pattern: `${msg}/tags`, any: "message.tags.changed" },
    { pattern: `${msg}/title|summary|description|examples|externalDocs`, any: "message.description.changed" },
    { pattern: `${msg}/schemaFormat`, any: "message.schema-format.changed" },
    { pattern: `${msg}/correlationId`, any: "message.correlation-id.changed" },
    ...bindingRules(msg),
    // Before `x-*`: of two patterns as long, the first wins.
    ...lifecycleRules(msg, "message.deprecated", "message.description.changed"),
    { pattern: `${msg}/x-*`, any: "extension.changed" }
  ];
}
const PATH_RULES = [
  { pattern: "/id", any: "info.changed" },
  { pattern: "/info", any: "info.changed" },
  { pattern: "/info/*", any: "info.changed" },
  { pattern: "/tags", any: "info.changed" },
  { pattern: "/externalDocs", any: "info.changed" },
  { pattern: "/defaultContentType", special: "default-content-type" },
  { pattern: "/servers", each: true },
  { pattern: "/servers/*", add: "server.added", remove: "server.removed" },
  { pattern: "/servers/*/url|host|pathname", any: "server.url.changed" },
  { pattern: "/servers/*/protocol|protocolVersion", any: "server.protocol.changed" },
  { pattern: "/servers/*/description|summary|title|tags|externalDocs", any: "server.description.changed" },
  { pattern: "/servers/*/variables", each: true },
  { pattern: "/servers/*/variables/*", add: "server.variable.added", remove: "server.variable.removed" },
  { pattern: "/servers/*/variables/*/enum", special: "variable-enum" },
  { pattern: "/servers/*/variables/*/default", any: "server.variable.default-changed" },
  { pattern: "/servers/*/variables/*/description|examples", any: "server.description.changed" },
  { pattern: "/servers/*/security", special: "security" },
  ...lifecycleRules("/servers/*", "server.deprecated", "server.description.changed"),
  ...bindingRules("/servers/*"),
  { pattern: "/channels", each: true },
  { pattern: "/channels/*", add: "channel.added", remove: "channel.removed" },
  { pattern: "/channels/*/key", any: "channel.renamed" },
  { pattern: "/channels/*/description|summary|title|tags|externalDocs", any: "channel.description.changed" },
  ...lifecycleRules("/channels/*", "channel.deprecated", "channel.description.changed"),
  { pattern: "/channels/*/servers", special: "channel-servers" },
  { pattern: "/channels/*/parameters", each: true },
  { pattern: "/channels/*/parameters/*", add: "parameter.added", remove: "parameter.removed" },
  { pattern: "/channels/*/parameters/*/description|examples", any: "parameter.doc.changed" },
  { pattern: "/channels/*/parameters/*/location", any: "parameter.location.changed" },
  ...bindingRules("/channels/*"),
  { pattern: "/channels/*/client-receives|client-sends", each: true },
  { pattern: OP, add: "operation.added", remove: "operation.removed" },
  { pattern: `${OP}/operationId`, any: "operation.id.changed" },
  { pattern: `${OP}/key`, any: "operation.renamed" },
  { pattern: `${OP}/tags`, any: "operation.tags.changed" },
  { pattern: `${OP}/title|summary|description|externalDocs`, any: "operation.description.changed" },
  ...lifecycleRules(OP, "operation.deprecated", "operation.description.changed"),
  { pattern: `${OP}/security`, special: "security" },
  ...bindingRules(OP),
  { pattern: REPLY, add: "operation.reply.added", remove: "operation.reply.removed" },
  { pattern: `${REPLY}/address|channel`, any: "operation.reply.address.changed" },
  { pattern: `${REPLY}/description|summary|title`, any: "operation.description.changed" },
  { pattern: `${REPLY}/messages`, each: true },
  ...messageRules(REPLY_MSG),
  { pattern: `${OP}/messages`, each: true },
  ...messageRules(MSG),
  ...["", "/servers/*", "/servers/*/variables/*", "/channels/*", "/channels/*/parameters/*", OP, REPLY].map((p) => ({ pattern: `${p}/x-*`, any: "extension.changed" }))
];
function sunsetOf(v) {
  if (v instanceof Date && !Number.isNaN(v.getTime()))
    return v.toISOString().slice(0, 10);
  if (typeof v !== "string")
    return null;
  const day = validDay(v);
  if (day !== null || !/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}/.test(v))
    return day;
  const t = new Date(v);
  return Number.isNaN(t.getTime()) ? null : t.toISOString().slice(0, 10);
}
const isMark = (v) => v === true || sunsetOf(v) !== null;
const ELEMENT_FLAGS = ["deprecated", "x-deprecated"];
function lifecycleOf(node, flags = ["deprecated"]) {
  if (!isRecord(node))
    return void 0;
  const sunset = sunsetOf(ownValue(node, "x-sunset"));
  if (sunset !== null)
    return { sunset };
  return flags.some((f) => ownValue(node, f) === true) ? { sunset: null } : void 0;
}
function sunsetChange(before, after, stillDeprecated) {
  const a = sunsetOf(before);
  const b = sunsetOf(after);
  if (b !== null && (a === null || b > a))
    return "mark";
  if (a !== null && b !== null && b < a)
    return "earlier";
  if (a !== null && b === null && stillDeprecated)
    return "dropped";
  if (after !== void 0 && b === null)
    return "unreadable";
  return a === b ? "doc" : "extension";
}
const STABILITY = ["draft", "alpha", "beta", "stable"];
const stabilityRank = (node) => {
  const v = isRecord(node) ? ownValue(node, "x-stability-level") : void 0;
  if (v === void 0)
    return STABILITY.length - 1;
  const i = typeof v === "string" ? STABILITY.indexOf(v) : -1;
  return i < 0 ? null : i;
};
function stabilityChange(before, after) {
  const a = stabilityRank(before);
  const b = stabilityRank(after);
  if (a === null || b === null)
    return "unreadable";
  return b < a ? "lowered" : "raised";
}
const isDraft = (node) => (stabilityRank(node) ?? STABILITY.length - 1) <= 1;
function inDirection(d, direction2) {
  if (travelsIn(d, direction2))
    return d;
  return { ...d, kinds: ["property.access.inapplicable"] };
}
const travelsIn = (d, direction2) => d.travels === void 0 || direction2 === null || d.travels.includes(direction2);
const KEYWORD_GROUP = {
  type: "type",
  nullable: "type",
  format: "format",
  enum: "enum",
  const: "bound",
  maxLength: "bound",
  maximum: "bound",
  maxItems: "bound",
  maxProperties: "bound",
  maxContains: "bound",
  exclusiveMaximum: "bound",
  minLength: "bound",
  minimum: "bound",
  minItems: "bound",
  minProperties: "bound",
  minContains: "bound",
  exclusiveMinimum: "bound",
  multipleOf: "bound",
  uniqueItems: "bound",
  pattern: "pattern",
  properties: "properties",
  required: "properties",
  additionalProperties: "additional",
  items: "items",
  prefixItems: "items",
  oneOf: "branches",
  anyOf: "branches",
  allOf: "all-of",
  description: "doc",
  title: "doc",
  examples: "doc",
  example: "doc",
  default: "doc",
  readOnly: "doc",
  writeOnly: "doc",
  deprecated: "lifecycle",
  "x-sunset": "lifecycle",
  externalDocs: "doc",
  // OpenAPI `xml` shapes only XML bodies: the media type is judged outside the schema.
  xml: "doc",
  discriminator: "discriminator",
  // Definitions count where a `$ref` uses them (normalization puts them there).
  $defs: "doc",
  definitions: "doc",
  $dynamicAnchor: "doc",
  $vocabulary: "doc",
  $comment: "doc",
  $id: "doc",
  $schema: "doc",
  $anchor: "doc",
  // firestone's own keywords, copied into component schemas by the generator: not message content.
  key: "firestone",
  expose: "firestone",
  methods: "firestone",
  descriptions: "firestone",
  query_params: "firestone",
  schema: "firestone",
  // 2020-12 (OpenAPI 3.1) keywords, each by the table row it is like (docs/classification.md).
  not: "negation",
  if: "constraint",
  then: "subschema",
  else: "subschema",
  contains: "subschema",
  propertyNames: "subschema",
  additionalItems: "subschema",
  unevaluatedItems: "subschema",
  unevaluatedProperties: "unevaluated",
  dependencies: "constraint",
  dependentRequired: "dependent-required",
  dependentSchemas: "schema-map",
  patternProperties: "schema-map",
  // Like `format`: what the string holds.
  contentEncoding: "format",
  contentMediaType: "format",
  contentSchema: "constraint",
  $dynamicRef: "constraint",
  // A $ref left in place could not be resolved (another file, a broken pointer): its text is all there is.
  $ref: "constraint"
};
const groupOf = (key) => Object.hasOwn(KEYWORD_GROUP, key) ? KEYWORD_GROUP[key] : key.startsWith("x-") ? "doc" : "unknown";
const UPPER_BOUNDS = /* @__PURE__ */ new Set(["maxLength", "maximum", "maxItems", "maxProperties", "maxContains", "exclusiveMaximum"]);
const ANY = Object.freeze({});
class SchemaDiffer {
  oldDoc;
  newDoc;
  options;
  memo = /* @__PURE__ */ new WeakMap();
  /** Memos of pairs compared with a context (contextKey \u2192 memo), beside `memo` for plain pairs. */
  memos = /* @__PURE__ */ new Map();
  /** The same delta with the same directions is one object, however often a shared schema is met. */
  annotated = /* @__PURE__ */ new WeakMap();
  /** How a property's schema is compared: with `readWriteOnly`, its readOnly/writeOnly are judged at the property. */
  inProperty;
  constructor(oldDoc, newDoc, options = {}) {
    this.oldDoc = oldDoc;
    this.newDoc = newDoc;
    this.options = options;
    this.inProperty = options.readWriteOnly === true ? { ...PLAIN, skip: ["readOnly", "writeOnly"] } : PLAIN;
  }
  /**
   * Deltas between two schemas at the places `oldPointer`/`newPointer` (where each is written, a
   * `$ref` included). Two nodes a `$ref` put there report at the places they were written instead,
   * so a shared component has one set of paths. When only one side is such a node (a property that
   * went from an inline schema to a `$ref`), the component did not change: the place did, and the
   * change is reported there.
   */
  compare(oldSchema, newSchema, oldPointer, newPointer, ctx = PLAIN) {
    if (oldSchema === newSchema && ctx.oldNull === null === (ctx.newNull === null))
      return [];
    const o = asSchema(oldSchema);
    const n = asSchema(newSchema);
    const oldOrigin = this.pathOf(o, "old");
    const newOrigin = this.pathOf(n, "new");
    const targets = oldOrigin !== void 0 && newOrigin !== void 0;
    if (targets && oldOrigin === newOrigin && ctx.oldNull === null === (ctx.newNull === null) && this.options.unchanged?.(oldOrigin) === true)
      return [];
    const op = targets ? oldOrigin : oldPointer;
    const np = targets ? newOrigin : newPointer;
    if (o === null || n === null)
      return this.compareOpaque(oldSchema, newSchema, op, np);
    if (oldOrigin === void 0 && newOrigin === void 0)
      return this.compareObjects(o, n, op, np, ctx);
    const memo = this.memoOf(ctx);
    let inner = memo.get(o);
    if (inner === void 0)
      memo.set(o, inner = /* @__PURE__ */ new WeakMap());
    let pair = inner.get(n);
    if (pair === void 0)
      inner.set(n, pair = { done: /* @__PURE__ */ new Map(), active: false });
    const at2 = targets ? "" : `${op}\0${np}`;
    const cached = pair.done.get(at2);
    if (cached !== void 0)
      return cached;
    if (pair.active)
      return [];
    pair.active = true;
    const result = unique(this.compareObjects(o, n, op, np, ctx));
    pair.active = false;
    pair.done.set(at2, result);
    return result;
  }
  /** How a keyword is compared here: `x-stability-level` is a lifecycle keyword where stability levels count. */
  groupOf(key) {
    return key === "x-stability-level" && this.options.stabilityLevels === true ? "lifecycle" : groupOf(key);
  }
  /** The memo for pairs compared in `ctx` (what a wrapper passed down changes the result). */
  memoOf(ctx) {
    if (ctx === PLAIN)
      return this.memo;
    const key = contextKey(ctx);
    let memo = this.memos.get(key);
    if (memo === void 0)
      this.memos.set(key, memo = /* @__PURE__ */ new WeakMap());
    return memo;
  }
  pathOf(node, side) {
    if (typeof node !== "object" || node === null)
      return void 0;
    const doc = side === "old" ? this.oldDoc : this.newDoc;
    return doc.origins.get(node) ?? doc.written.get(node);
  }
  display(value, side, pointer) {
    return displayValue(side === "old" ? this.oldDoc : this.newDoc, value, pointer);
  }
  /** `false`, or anything that is not a schema object: compared as a whole. */
  compareOpaque(o, n, op, np) {
    if (dataEqual(o, n))
      return [];
    const kind = o === false ? "type.widened" : n === false ? "type.narrowed" : "type.changed";
    return [this.delta([kind], np, np, "new", "schema", this.display(o, "old", op), this.display(n, "new", np))];
  }
  compareObjects(o0, n0, op, np, ctx) {
    const wo = this.unwrap(o0, n0, op, "old");
    const wn = this.unwrap(n0, o0, np, "new");
    if (wo !== null || wn !== null)
      return this.compareUnwrapped(wo ?? plainWrap(o0, op), wn ?? plainWrap(n0, np), ctx);
    const o = canonicalBounds(o0);
    const n = canonicalBounds(n0);
    const groups = /* @__PURE__ */ new Map();
    for (const key of /* @__PURE__ */ new Set([...Object.keys(o), ...Object.keys(n)])) {
      const a = ownValue(o, key);
      const b = ownValue(n, key);
      if (a === b || ctx.skip.includes(key))
        continue;
      const group = this.groupOf(key);
      if (group === "type")
        continue;
      groups.set(group, [...groups.get(group) ?? [], key]);
    }
    const out = this.typeDeltas(o, n, op, np, ctx);
    const types = [typesOf(o), typesOf(n)];
    for (const [group, groupKeys] of groups) {
      let keys = groupKeys;
      const idle = keys.filter((k) => inapplicable(k, types[0], types[1], o, n));
      for (const key of idle.sort())
        if (!dataEqual(ownValue(o, key), ownValue(n, key)))
          out.push(...this.simple("keyword.inapplicable", key, o, n, op, np));
      if (idle.length > 0) {
        keys = keys.filter((k) => !idle.includes(k));
        if (keys.length === 0)
          continue;
        if (group === "properties" && !keys.includes("properties") && !keys.includes("required"))
          continue;
      }
      if (group === "properties")
        out.push(...this.propertyDeltas(o, n, op, np));
      else if (group === "doc")
        out.push(...this.docDeltas(keys, o, n, op, np));
      else
        for (const key of keys.sort())
          out.push(...this.keywordDeltas(group, key, o, n, op, np));
    }
    return out;
  }
  /**
   * `allOf: [X]`, or `oneOf`/`anyOf` of X and `{type: 'null'}` branches, with nothing beside
   * but documentation: X, plus where null was allowed. Not when the other side uses the same
   * keyword (then its branches are compared one by one), unless X is the other side itself
   * written without the wrapper (a 3.1 `$ref` with keywords beside it).
   */
  unwrap(schema2, other, at2, side) {
    for (const key of WRAPPERS) {
      const list2 = ownValue(schema2, key);
      if (!Array.isArray(list2))
        continue;
      const nulls = key === "allOf" ? [] : list2.flatMap((m, i) => isNullOnly(m) ? [i] : []);
      if (list2.length - nulls.length !== 1)
        continue;
      const index = list2.findIndex((_, i) => !nulls.includes(i));
      const member = list2[index];
      const origin2 = this.pathOf(member, side);
      if (Object.hasOwn(other, key) && (origin2 === void 0 || origin2 !== this.pathOf(other, side === "old" ? "new" : "old")))
        continue;
      const shell = {};
      for (const k of Object.keys(schema2)) {
        if (k === key)
          continue;
        if (!SHELL_KEYS.has(groupOf(k)) && k !== "nullable")
          return null;
        if (k !== "nullable")
          shell[k] = ownValue(schema2, k);
      }
      const listAt = childPointer(at2, key);
      const nullAt = nulls[0];
      const mark = nullAt !== void 0 ? { schemaPath: at2, path: childPointer(listAt, nullAt), key, value: list2[nullAt] } : ownValue(schema2, "nullable") === true ? { schemaPath: at2, path: childPointer(at2, "nullable"), key: "nullable", value: true } : null;
      return { core: member, coreAt: origin2 ?? childPointer(listAt, index), mark, shell, shellAt: at2 };
    }
    return null;
  }
  /** Two schemas of which one at least was unwrapped: the documentation beside, then the members. */
  compareUnwrapped(a, b, ctx) {
    const out = [];
    const keys = [.../* @__PURE__ */ new Set([...Object.keys(a.shell), ...Object.keys(b.shell)])].filter((k) => !ctx.skip.includes(k)).sort();
    const effective = (w, key) => Object.hasOwn(w.shell, key) ? [w.shell, w.shellAt] : [isRecord(w.core) ? w.core : {}, this.pathOf(w.core, w === a ? "old" : "new") ?? w.coreAt];
    for (const key of keys) {
      const [x, xAt] = effective(a, key);
      const [y, yAt] = effective(b, key);
      if (dataEqual(ownValue(x, key), ownValue(y, key)))
        continue;
      const only = (s) => Object.hasOwn(s, key) ? { [key]: ownValue(s, key) } : {};
      out.push(...this.keywordDeltas(this.groupOf(key), key, only(x), only(y), xAt, yAt));
    }
    const inner = {
      oldNull: a.mark ?? ctx.oldNull,
      newNull: b.mark ?? ctx.newNull,
      skip: [.../* @__PURE__ */ new Set([...ctx.skip, ...keys])].sort()
    };
    out.push(...this.compare(a.core, b.core, a.coreAt, b.coreAt, inner));
    return out;
  }
  /** Documentation keywords; `example` and `examples` say the same when they hold the same values. */
  docDeltas(keys, o, n, op, np) {
    const rest = keys.filter((k) => k !== "example" && k !== "examples").sort();
    const out = rest.flatMap((key2) => this.keywordDeltas("doc", key2, o, n, op, np));
    if (rest.length === keys.length)
      return out;
    const a = examplesOf(o);
    const b = examplesOf(n);
    if (dataEqual(a, b))
      return out;
    const key = Object.hasOwn(n, "examples") || !Object.hasOwn(n, "example") && Object.hasOwn(o, "examples") ? "examples" : "example";
    const side = Object.hasOwn(n, key) ? "new" : "old";
    const at2 = side === "new" ? np : op;
    out.push(this.delta(["doc.changed"], at2, childPointer(at2, key), side, key, this.display(a, "old", childPointer(op, key)), this.display(b, "new", childPointer(np, key))));
    return out;
  }
  keywordDeltas(group, key, o, n, op, np) {
    const a = ownValue(o, key);
    const b = ownValue(n, key);
    switch (group) {
      case "format":
        return this.simple(formatKind(a, b), key, o, n, op, np);
      case "enum":
        return this.enumDeltas(a, b, o, n, op, np);
      case "bound":
        return this.simple(boundKind(key, a, b), key, o, n, op, np);
      case "pattern": {
        const pa = matchesEverything(a) ? void 0 : a;
        const pb = matchesEverything(b) ? void 0 : b;
        if (pa === pb)
          return [];
        return this.simple(byPresence(pa, pb, "pattern.added", "pattern.removed", "pattern.changed"), key, o, n, op, np);
      }
      case "additional":
        return this.additionalDeltas(a, b, o, n, op, np);
      case "unevaluated":
        if (a === false !== (b === false))
          return this.simple(a === false ? "additional-properties.opened" : "additional-properties.closed", key, o, n, op, np);
        return this.subschemaDeltas(key, a, b, o, n, op, np);
      case "subschema":
        return this.subschemaDeltas(key, a, b, o, n, op, np);
      case "negation":
        if (dataEqual(a, b))
          return [];
        return this.simple(byPresence(a, b, "bound.tightened", "bound.loosened", "constraint.changed"), key, o, n, op, np);
      case "schema-map":
        return this.schemaMapDeltas(key, a, b, o, n, op, np);
      case "dependent-required":
        return this.dependentRequiredDeltas(a, b, o, n, op, np);
      case "discriminator":
        return this.discriminatorDeltas(a, b, o, n, op, np);
      case "items":
        return this.itemsDeltas(key, a, b, o, n, op, np);
      case "branches":
      case "all-of":
        return this.branchDeltas(group, key, a, b, o, n, op, np);
      case "doc":
        return dataEqual(a, b) ? [] : this.simple("doc.changed", key, o, n, op, np);
      case "firestone":
        return dataEqual(a, b) ? [] : this.simple("firestone-keyword.changed", key, o, n, op, np);
      case "constraint":
        if (key === "if" && !(conditional(o) && conditional(n)))
          return [];
        return dataEqual(a, b) ? [] : this.simple("constraint.changed", key, o, n, op, np);
      case "lifecycle":
        return this.lifecycleDeltas(key, a, b, o, n, op, np);
      default:
        return dataEqual(a, b) ? [] : this.simple("keyword.unknown", key, o, n, op, np);
    }
  }
  /**
   * `deprecated`, `x-sunset` and (OpenAPI) `x-stability-level` of a schema, as for operations and
   * parameters (docs/classification.md, "Lifecycle"): marking deprecated or setting a sunset date
   * is its own non-breaking rule, taking a mark back documentation; a sunset date moved earlier, or
   * deleted while the schema stays deprecated, and a lowered stability level are breaking.
   */
  lifecycleDeltas(key, a, b, o, n, op, np) {
    if (dataEqual(a, b))
      return [];
    if (key === "deprecated")
      return this.simple(b === true ? "property.deprecated" : "doc.changed", key, o, n, op, np);
    if (key === "x-stability-level") {
      return this.simple(`property.stability.${stabilityChange(o, n)}`, key, o, n, op, np);
    }
    const KINDS2 = {
      mark: "property.deprecated",
      earlier: "property.sunset.moved-earlier",
      dropped: "property.sunset.dropped",
      unreadable: "property.sunset.unreadable",
      doc: "doc.changed",
      extension: "doc.changed"
    };
    return this.simple(KINDS2[sunsetChange(a, b, ownValue(n, "deprecated") === true)], key, o, n, op, np);
  }
  /** A change of one keyword's value, reported at the keyword. */
  simple(kind, key, o, n, op, np, values) {
    if (kind === null)
      return [];
    const inNew = Object.hasOwn(n, key);
    const at2 = inNew ? childPointer(np, key) : childPointer(op, key);
    const before = this.display(ownValue(o, key), "old", childPointer(op, key));
    const after = this.display(ownValue(n, key), "new", childPointer(np, key));
    return [this.delta([kind], inNew ? np : op, at2, inNew ? "new" : "old", key, before, after, values)];
  }
  delta(kinds, schemaPath, path2, side, name, before, after, values) {
    return values === void 0 ? { kinds, schemaPath, path: path2, side, name, before, after } : { kinds, schemaPath, path: path2, side, name, before, after, values };
  }
  /**
   * The type and null, however written: `type` (a string or a list, with or without "null"), 3.0
   * `nullable`, or a `{type: 'null'}` branch of a wrapper already unwrapped (`ctx`).
   */
  typeDeltas(o, n, op, np, ctx) {
    const ta = typesOf(o);
    const tb = typesOf(n);
    let kind = typeKind(withNull(ta, ctx.oldNull), withNull(tb, ctx.newNull));
    if (kind === null && (ta === null || tb === null) && (ctx.oldNull !== null || ctx.newNull !== null)) {
      const na = ctx.oldNull !== null || (ta === null ? ownValue(o, "nullable") === true : ta.has("null"));
      const nb = ctx.newNull !== null || (tb === null ? ownValue(n, "nullable") === true : tb.has("null"));
      if (na !== nb)
        kind = nb ? "null.allowed" : "null.disallowed";
    }
    if (kind === null) {
      return [];
    }
    const mark = kind === "null.allowed" ? ctx.newNull : kind === "null.disallowed" ? ctx.oldNull : null;
    if (mark !== null) {
      const side = kind === "null.allowed" ? "new" : "old";
      const shown2 = this.display(mark.value, side, mark.path);
      return [
        this.delta([kind], mark.schemaPath, mark.path, side, mark.key, side === "old" ? shown2 : null, side === "new" ? shown2 : null)
      ];
    }
    const key = !dataEqual(ownValue(o, "type"), ownValue(n, "type")) ? "type" : "nullable";
    return this.simple(kind, key, o, n, op, np);
  }
  enumDeltas(a, b, o, n, op, np) {
    if (!Array.isArray(a) || !Array.isArray(b)) {
      if (a !== void 0 && !Array.isArray(a))
        return this.simple("constraint.changed", "enum", o, n, op, np);
      if (b !== void 0 && !Array.isArray(b))
        return this.simple("constraint.changed", "enum", o, n, op, np);
      return a === void 0 ? this.simple("enum.added", "enum", o, n, op, np, b) : this.simple("enum.removed", "enum", o, n, op, np, a);
    }
    const added = difference(b, a);
    const removed = difference(a, b);
    return [
      ...removed.length > 0 ? this.simple("enum.value-removed", "enum", o, n, op, np, removed) : [],
      ...added.length > 0 ? this.simple("enum.value-added", "enum", o, n, op, np, added) : []
    ];
  }
  propertyDeltas(o, n, op, np) {
    const po = recordOr(ownValue(o, "properties"));
    const pn = recordOr(ownValue(n, "properties"));
    const ro = stringSet(ownValue(o, "required"));
    const rn = stringSet(ownValue(n, "required"));
    const propsO = childPointer(op, "properties");
    const propsN = childPointer(np, "properties");
    const out = [];
    const names = [.../* @__PURE__ */ new Set([...Object.keys(po), ...Object.keys(pn), ...ro, ...rn])].sort();
    for (const name of names) {
      const start = out.length;
      const inO = Object.hasOwn(po, name);
      const inN = Object.hasOwn(pn, name);
      const a = inO ? po[name] : void 0;
      const b = inN ? pn[name] : void 0;
      const at2 = (side) => childPointer(side === "old" ? propsO : propsN, name);
      if (inN && !inO && !ro.has(name)) {
        const kind = rn.has(name) ? "property.required-added" : "property.added-optional";
        out.push(this.delta([kind], np, at2("new"), "new", name, null, this.display(b, "new", at2("new"))));
      } else if (inO && !inN && !rn.has(name)) {
        const kind = ro.has(name) ? "property.removed-required" : "property.removed-optional";
        const kinds = refuses(n, name) ? ["property.removed-closed", kind] : [kind];
        const removed = this.delta(kinds, op, at2("old"), "old", name, this.display(a, "old", at2("old")), null);
        const lifecycle = lifecycleOf(a);
        out.push(lifecycle === void 0 ? removed : { ...removed, lifecycle });
      } else {
        if (a !== b)
          out.push(...this.compare(a ?? ANY, b ?? ANY, at2("old"), at2("new"), this.inProperty));
        if (ro.has(name) !== rn.has(name)) {
          const kind = rn.has(name) ? "property.became-required" : "property.became-optional";
          const side = inN || !inO ? "new" : "old";
          out.push(this.delta([kind], side === "new" ? np : op, at2(side), side, name, ro.has(name), rn.has(name)));
        }
      }
      if (this.options.readWriteOnly === true)
        this.accessDeltas(out, start, name, [a, b], [ro.has(name), rn.has(name)], [op, np], [at2("old"), at2("new")]);
    }
    return out;
  }
  /**
   * readOnly and writeOnly (docs/classification.md): the deltas of property `name` (from `start`)
   * learn where the property travels, and a property that starts or stops travelling one way is a
   * change of its own, judged like a property added or removed on that side.
   */
  accessDeltas(out, start, name, [a, b], [reqO, reqN], [op, np], [atO, atN]) {
    const ta = travelsOf(a);
    const tb = travelsOf(b);
    for (let i = start; i < out.length; i++) {
      const d = out[i];
      const travels = a === void 0 ? tb : b === void 0 ? ta : tb.filter((x) => ta.includes(x));
      out[i] = this.travelling(d, travels);
    }
    if (a === void 0 || b === void 0)
      return;
    const change = (kind, key) => {
      const side = ownValue(recordOr(b), key) !== void 0 ? "new" : "old";
      const at2 = childPointer(this.pathOf(side === "new" ? b : a, side) ?? (side === "new" ? atN : atO), key);
      const before = accessFlag(a, key);
      const after = accessFlag(b, key);
      out.push(this.delta([kind], side === "new" ? np : op, at2, side, name, before, after));
    };
    const sends = [ta.includes("send"), tb.includes("send")];
    const receives = [ta.includes("receive"), tb.includes("receive")];
    if (sends[0] && !sends[1])
      change("property.became-read-only", "readOnly");
    if (!sends[0] && sends[1])
      change(reqN ? "property.required-became-writable" : "property.became-writable", "readOnly");
    if (receives[0] && !receives[1])
      change(reqO ? "property.required-became-write-only" : "property.became-write-only", "writeOnly");
    if (!receives[0] && receives[1])
      change("property.became-readable", "writeOnly");
  }
  /** `d` where data travels only in `travels` (the same object when that is both ways, or no narrower than it knew). */
  travelling(d, travels) {
    const narrowed = d.travels === void 0 ? travels : d.travels.filter((x) => travels.includes(x));
    if (narrowed.length === 2 || d.travels !== void 0 && narrowed.length === d.travels.length)
      return d;
    let byKey = this.annotated.get(d);
    if (byKey === void 0)
      this.annotated.set(d, byKey = /* @__PURE__ */ new Map());
    const key = narrowed.join(",");
    let found = byKey.get(key);
    if (found === void 0)
      byKey.set(key, found = { ...d, travels: narrowed });
    return found;
  }
  additionalDeltas(a, b, o, n, op, np) {
    const closedA = a === false;
    const closedB = b === false;
    if (closedA && !closedB)
      return this.simple("additional-properties.opened", "additionalProperties", o, n, op, np);
    if (!closedA && closedB)
      return this.simple("additional-properties.closed", "additionalProperties", o, n, op, np);
    if (closedA && closedB)
      return [];
    return this.compare(openSchema(a), openSchema(b), childPointer(op, "additionalProperties"), childPointer(np, "additionalProperties"));
  }
  itemsDeltas(key, a, b, o, n, op, np) {
    const pa = childPointer(op, key);
    const pb = childPointer(np, key);
    const ta = a ?? [];
    const tb = b ?? [];
    if (Array.isArray(ta) && Array.isArray(tb)) {
      const out = ta.length === tb.length ? [] : this.simple(tb.length > ta.length ? "bound.tightened" : "bound.loosened", key, o, n, op, np);
      for (let i = 0; i < Math.min(ta.length, tb.length); i++)
        out.push(...this.compare(ta[i], tb[i], childPointer(pa, i), childPointer(pb, i)));
      return out;
    }
    if (Array.isArray(a) || Array.isArray(b))
      return this.simple("constraint.changed", key, o, n, op, np);
    return this.compare(openSchema(a), openSchema(b), pa, pb);
  }
  /**
   * A keyword holding one schema that constrains part of the value (`contains`, `propertyNames`,
   * `then`/`else`, `unevaluatedItems`): introduced is a tighter bound, dropped a looser one, and
   * its schema changing is judged inside it, where narrower still means tighter.
   */
  subschemaDeltas(key, a, b, o, n, op, np) {
    if (a === void 0 || b === void 0)
      return this.simple(a === void 0 ? "bound.tightened" : "bound.loosened", key, o, n, op, np);
    return this.compare(a, b, childPointer(op, key), childPointer(np, key));
  }
  /** `patternProperties`, `dependentSchemas`: an entry is a subschema (see subschemaDeltas). */
  schemaMapDeltas(key, a, b, o, n, op, np) {
    if (!isRecord(a) || !isRecord(b)) {
      if (a !== void 0 && !isRecord(a) || b !== void 0 && !isRecord(b))
        return dataEqual(a, b) ? [] : this.simple("constraint.changed", key, o, n, op, np);
      return this.simple(a === void 0 ? "bound.tightened" : "bound.loosened", key, o, n, op, np);
    }
    const pa = childPointer(op, key);
    const pb = childPointer(np, key);
    const out = [];
    for (const name of [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      const x = ownValue(a, name);
      const y = ownValue(b, name);
      if (x === void 0 || y === void 0) {
        const side = x === void 0 ? "new" : "old";
        const at2 = childPointer(side === "new" ? pb : pa, name);
        const shown2 = this.display(side === "new" ? y : x, side, at2);
        out.push(this.delta([side === "new" ? "bound.tightened" : "bound.loosened"], side === "new" ? np : op, at2, side, key, side === "old" ? shown2 : null, side === "new" ? shown2 : null));
      } else
        out.push(...this.compare(x, y, childPointer(pa, name), childPointer(pb, name)));
    }
    return out;
  }
  /** `dependentRequired`: each (property \u2192 also required) pair is a requirement; more is tighter. */
  dependentRequiredDeltas(a, b, o, n, op, np) {
    const pairs = (v) => isRecord(v) ? Object.keys(v).flatMap((k) => [...stringSet(ownValue(v, k))].map((r) => JSON.stringify([k, r]))) : [];
    const before = pairs(a);
    const after = pairs(b);
    const added = after.filter((p) => !before.includes(p));
    const removed = before.filter((p) => !after.includes(p));
    const values = (list2) => list2.map((p) => JSON.parse(p).join(" \u2192 "));
    if (added.length === 0 && removed.length === 0)
      return dataEqual(a, b) ? [] : this.simple("constraint.changed", "dependentRequired", o, n, op, np);
    return [
      ...added.length > 0 ? this.simple("bound.tightened", "dependentRequired", o, n, op, np, values(added)) : [],
      ...removed.length > 0 ? this.simple("bound.loosened", "dependentRequired", o, n, op, np, values(removed)) : []
    ];
  }
  /**
   * OpenAPI `discriminator`: documentation, except its `propertyName` (another property picks the
   * schema: unrelated) and `mapping` (a value that picks a schema is like a oneOf branch).
   */
  discriminatorDeltas(a, b, o, n, op, np) {
    if (dataEqual(a, b))
      return [];
    const da = recordOr(a);
    const db = recordOr(b);
    if (a !== void 0 && b !== void 0 && !dataEqual(ownValue(da, "propertyName"), ownValue(db, "propertyName")))
      return this.simple("type.changed", "discriminator", o, n, op, np);
    const ma = recordOr(ownValue(da, "mapping"));
    const mb = recordOr(ownValue(db, "mapping"));
    const added = Object.keys(mb).filter((k) => !Object.hasOwn(ma, k));
    const removed = Object.keys(ma).filter((k) => !Object.hasOwn(mb, k));
    const moved = Object.keys(ma).filter((k) => Object.hasOwn(mb, k) && !dataEqual(ma[k], mb[k]));
    const out = [
      ...moved.length > 0 ? this.simple("type.changed", "discriminator", o, n, op, np, moved.sort()) : [],
      ...removed.length > 0 ? this.simple("branch.removed", "discriminator", o, n, op, np, removed.sort()) : [],
      ...added.length > 0 ? this.simple("branch.added", "discriminator", o, n, op, np, added.sort()) : []
    ];
    return out.length > 0 ? out : this.simple("doc.changed", "discriminator", o, n, op, np);
  }
  /**
   * oneOf/anyOf/allOf branches are a set: equal branches pair up, then branches from the same
   * component or of the same type, then a single leftover on each side is one edited branch.
   */
  branchDeltas(group, key, a, b, o, n, op, np) {
    if (group === "all-of") {
      a ??= [];
      b ??= [];
    }
    if (!Array.isArray(a) || !Array.isArray(b))
      return dataEqual(a, b) ? [] : this.simple("constraint.changed", key, o, n, op, np);
    const pa = childPointer(op, key);
    const pb = childPointer(np, key);
    const branch = (schema2, side, place) => ({
      schema: schema2,
      at: this.pathOf(schema2, side) ?? place,
      place
    });
    const left = a.map((schema2, i) => branch(schema2, "old", childPointer(pa, i)));
    const right = b.map((schema2, i) => branch(schema2, "new", childPointer(pb, i)));
    const pairs = [];
    const take = (match) => {
      for (const x of [...left]) {
        const j = right.findIndex((y) => match(x, y));
        if (j < 0)
          continue;
        pairs.push([x, right[j]]);
        right.splice(j, 1);
        left.splice(left.indexOf(x), 1);
      }
    };
    take((x, y) => dataEqual(x.schema, y.schema));
    take((x, y) => x.at === y.at);
    if (left.length === 1 && right.length === 1)
      take(() => true);
    take((x, y) => typeSignature(x.schema) === typeSignature(y.schema));
    const out = [];
    for (const [x, y] of pairs)
      out.push(...this.compare(x.schema, y.schema, x.place, y.place));
    const added = group === "all-of" ? ["all-of.added"] : ["branch.added"];
    const removed = group === "all-of" ? ["all-of.removed"] : ["branch.removed"];
    const docOnly = (schema2) => group === "all-of" && annotationOnly(schema2);
    for (const y of right) {
      const kinds = docOnly(y.schema) ? ["doc.changed"] : group !== "all-of" && isNullOnly(y.schema) ? ["null.allowed", ...added] : added;
      out.push(this.delta(kinds, np, y.at, "new", key, null, this.display(y.schema, "new", y.at)));
    }
    for (const x of left) {
      const kinds = docOnly(x.schema) ? ["doc.changed"] : group !== "all-of" && isNullOnly(x.schema) ? ["null.disallowed", ...removed] : removed;
      out.push(this.delta(kinds, op, x.at, "old", key, this.display(x.schema, "old", x.at), null));
    }
    return out;
  }
}
const PLAIN = { oldNull: null, newNull: null, skip: [] };
const contextKey = (ctx) => ctx === PLAIN ? "" : `\0${ctx.oldNull?.path ?? "-"}\0${ctx.newNull?.path ?? "-"}\0${ctx.skip.join(",")}`;
const plainWrap = (schema2, at2) => ({
  core: schema2,
  coreAt: at2,
  mark: null,
  shell: {},
  shellAt: at2
});
const WRAPPERS = ["allOf", "oneOf", "anyOf"];
const SHELL_KEYS = /* @__PURE__ */ new Set(["doc", "lifecycle"]);
function withNull(types, mark) {
  if (types === null || mark === null || types.has("null"))
    return types;
  return /* @__PURE__ */ new Set([...types, "null"]);
}
function examplesOf(schema2) {
  const list2 = ownValue(schema2, "examples");
  if (list2 !== void 0)
    return list2;
  return Object.hasOwn(schema2, "example") ? [ownValue(schema2, "example")] : void 0;
}
function canonicalBounds(schema2) {
  let out = null;
  for (const [exclusive, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"]
  ]) {
    const flag = ownValue(schema2, exclusive);
    if (typeof flag !== "boolean")
      continue;
    const value = ownValue(schema2, bound);
    if (flag && typeof value !== "number")
      continue;
    out ??= { ...schema2 };
    delete out[exclusive];
    if (flag) {
      delete out[bound];
      out[exclusive] = value;
    }
  }
  return out ?? schema2;
}
function accessFlag(schema2, key) {
  let node = schema2;
  for (let depth = 0; depth < 16 && isRecord(node); depth++) {
    if (ownValue(node, key) === true)
      return true;
    const wrapper = node;
    const list2 = WRAPPERS.map((k) => ownValue(wrapper, k)).find(Array.isArray);
    const members = list2?.filter((m) => !isNullOnly(m));
    if (members?.length !== 1)
      return false;
    node = members[0];
  }
  return false;
}
function travelsOf(schema2) {
  if (schema2 === void 0)
    return ["receive", "send"];
  const out = [];
  if (!accessFlag(schema2, "writeOnly"))
    out.push("receive");
  if (!accessFlag(schema2, "readOnly"))
    out.push("send");
  return out;
}
function unique(deltas) {
  const set = new Set(deltas);
  return set.size === deltas.length ? deltas : [...set];
}
function asSchema(value) {
  if (value === true)
    return ANY;
  return isRecord(value) ? value : null;
}
function openSchema(value) {
  return value === void 0 || value === true ? ANY : value;
}
const recordOr = (value) => isRecord(value) ? value : {};
function matchesEverything(pattern) {
  if (typeof pattern !== "string" || /\$|\(\?|\\[bB]/.test(pattern))
    return false;
  try {
    return new RegExp(pattern, "u").test("");
  } catch {
    return false;
  }
}
const byPresence = (a, b, introduced, dropped, changed) => a === void 0 ? introduced : b === void 0 ? dropped : changed;
const annotationOnly = (schema2) => isRecord(schema2) && Object.keys(schema2).every((key) => groupOf(key) === "doc");
const conditional = (schema2) => ownValue(schema2, "then") !== void 0 || ownValue(schema2, "else") !== void 0;
function refuses(schema2, name) {
  if (ownValue(schema2, "additionalProperties") !== false && ownValue(schema2, "unevaluatedProperties") !== false)
    return false;
  return Object.keys(recordOr(ownValue(schema2, "patternProperties"))).every((pattern) => {
    try {
      return !new RegExp(pattern, "u").test(name);
    } catch {
      return false;
    }
  });
}
const stringSet = (value) => new Set(Array.isArray(value) ? value.filter((v) => typeof v === "string") : []);
function difference(a, b) {
  const keys = new Set(b.map((v) => canonicalText(v)));
  return a.filter((v) => !keys.has(canonicalText(v)));
}
function typesOf(schema2) {
  const t = ownValue(schema2, "type");
  let types;
  if (typeof t === "string")
    types = /* @__PURE__ */ new Set([t]);
  else if (Array.isArray(t))
    types = new Set(t.filter((x) => typeof x === "string"));
  else
    types = null;
  if (types !== null && ownValue(schema2, "nullable") === true)
    types.add("null");
  return types;
}
const typeSignature = (schema2) => {
  const types = isRecord(schema2) ? typesOf(schema2) : null;
  return types === null ? "*" : [...types].sort().join(",");
};
const isNullOnly = (schema2) => {
  const types = isRecord(schema2) ? typesOf(schema2) : null;
  return types !== null && types.size === 1 && types.has("null");
};
const admits = (types, t) => types === null || types.has(t) || t === "integer" && types.has("number");
const covers = (wide, narrow) => wide === null || narrow !== null && [...narrow].every((t) => admits(wide, t));
function withoutNull(types) {
  if (types === null)
    return null;
  const out = new Set(types);
  out.delete("null");
  return out;
}
function typeKind(a, b) {
  if (covers(a, b) && covers(b, a))
    return null;
  const coreA = withoutNull(a);
  const coreB = withoutNull(b);
  if (covers(coreA, coreB) && covers(coreB, coreA))
    return admits(b, "null") ? "null.allowed" : "null.disallowed";
  if (covers(b, a))
    return "type.widened";
  if (covers(a, b))
    return "type.narrowed";
  return "type.changed";
}
const KEYWORD_TYPE = {
  properties: "object",
  required: "object",
  additionalProperties: "object",
  patternProperties: "object",
  propertyNames: "object",
  minProperties: "object",
  maxProperties: "object",
  dependentRequired: "object",
  dependentSchemas: "object",
  unevaluatedProperties: "object",
  items: "array",
  prefixItems: "array",
  additionalItems: "array",
  minItems: "array",
  maxItems: "array",
  uniqueItems: "array",
  contains: "array",
  minContains: "array",
  maxContains: "array",
  unevaluatedItems: "array",
  minLength: "string",
  maxLength: "string",
  pattern: "string",
  format: "string",
  contentEncoding: "string",
  contentMediaType: "string",
  minimum: "number",
  maximum: "number",
  exclusiveMinimum: "number",
  exclusiveMaximum: "number",
  multipleOf: "number"
};
const ANNOTATION_FORMATS = /* @__PURE__ */ new Set(["password"]);
function inapplicable(key, a, b, o, n) {
  if (key === "format") {
    const values = [ownValue(o, key), ownValue(n, key)].filter((v) => v !== void 0);
    if (values.every((v) => typeof v === "string" && ANNOTATION_FORMATS.has(v)))
      return true;
  }
  const t = Object.hasOwn(KEYWORD_TYPE, key) ? KEYWORD_TYPE[key] : void 0;
  if (t === void 0)
    return false;
  const idle = (types, schema2) => ownValue(schema2, key) === void 0 || types !== null && !types.has(t) && !(t === "number" && types.has("integer"));
  return idle(a, o) && idle(b, n);
}
function formatKind(a, b) {
  if (a === b)
    return null;
  if (a === void 0)
    return "type.narrowed";
  if (b === void 0)
    return "type.widened";
  return "type.changed";
}
function boundKind(key, a, b) {
  if (dataEqual(a, b))
    return null;
  if (key === "uniqueItems" || typeof a === "boolean" || typeof b === "boolean") {
    return b === true ? "bound.tightened" : a === true ? "bound.loosened" : "bound.changed";
  }
  if (a === void 0)
    return "bound.tightened";
  if (b === void 0)
    return "bound.loosened";
  if (typeof a !== "number" || typeof b !== "number")
    return "bound.changed";
  if (key === "multipleOf") {
    if (a !== 0 && b % a === 0)
      return "bound.tightened";
    if (b !== 0 && a % b === 0)
      return "bound.loosened";
    return "bound.changed";
  }
  const tighter = UPPER_BOUNDS.has(key) ? b < a : b > a;
  return tighter ? "bound.tightened" : "bound.loosened";
}
const METHOD = /^(get|put|post|delete|options|head|patch|trace)$/;
function openApiPlace(segs) {
  const at2 = (i2) => segs[i2] ?? "";
  if (at2(0) !== "paths" && at2(0) !== "webhooks" || segs.length < 3)
    return null;
  const path2 = `'${at2(1)}'`;
  const hasMethod = METHOD.test(at2(2));
  const op = hasMethod ? `${at2(2).toUpperCase()} ${at2(0) === "webhooks" ? `of webhook ${path2}` : path2}` : `${at2(0) === "webhooks" ? "webhook" : "path"} ${path2}`;
  const i = hasMethod ? 3 : 2;
  const schemaAt = segs.indexOf("schema", i);
  if (schemaAt < 0)
    return null;
  const start = schemaAt + 1;
  if (at2(i) === "parameters")
    return { base: `a parameter of ${op}`, start };
  if (at2(i) === "requestBody")
    return { base: `the request body of ${op}`, start };
  if (at2(i) === "responses" && at2(i + 2) === "headers")
    return { base: `header '${at2(i + 3)}' of the response ${at2(i + 1)} of ${op}`, start };
  if (at2(i) === "responses")
    return { base: `the response ${at2(i + 1)} of ${op}`, start };
  if (at2(i) === "callbacks")
    return { base: `a callback of ${op}`, start };
  return null;
}
const ruleDirection = (d) => d === null ? null : d === "client-receives" ? "receive" : "send";
const DIRECTION_WORDS = {
  "client-receives": "clients receive",
  "client-sends": "clients send"
};
function formatValue(value) {
  if (value === void 0)
    return "(none)";
  if (typeof value === "string")
    return `'${value.length > 80 ? `${value.slice(0, 77)}...` : value}'`;
  if (Array.isArray(value)) {
    const shown2 = value.slice(0, 10).map(formatValue);
    return `[${shown2.join(", ")}${value.length > 10 ? `, ... ${value.length - 10} more` : ""}]`;
  }
  let text2;
  try {
    text2 = JSON.stringify(value) ?? String(value);
  } catch {
    text2 = cyclicText(value, 80);
  }
  return text2.length > 80 ? `${text2.slice(0, 77)}...` : text2;
}
function cyclicText(value, limit) {
  let out = "";
  const ancestors = /* @__PURE__ */ new Set();
  const write = (v) => {
    if (out.length > limit)
      return;
    if (typeof v !== "object" || v === null) {
      out += JSON.stringify(v) ?? "null";
      return;
    }
    if (ancestors.has(v)) {
      out += '"<cycle>"';
      return;
    }
    ancestors.add(v);
    if (Array.isArray(v)) {
      out += "[";
      v.forEach((item, i) => {
        if (i > 0)
          out += ",";
        write(item);
      });
      out += "]";
    } else {
      const entries = Object.entries(v).filter(([, item]) => item !== void 0);
      out += "{";
      entries.forEach(([key, item], i) => {
        out += `${i > 0 ? "," : ""}${JSON.stringify(key)}:`;
        write(item);
      });
      out += "}";
    }
    ancestors.delete(v);
  };
  write(value);
  return out;
}
const formatList = (values) => values.map(formatValue).join(", ");
const quote$2 = (s) => `'${s}'`;
function subjectOf(pointer, spread, perspective = "application") {
  const segs = parsePointer(pointer) ?? [];
  const at2 = (i) => segs[i] ?? "";
  let base = null;
  let start;
  if (at2(0) === "components" && segs.length >= 3) {
    const messagePart = at2(1) === "messages" && (at2(3) === "payload" || at2(3) === "headers");
    if (messagePart) {
      base = `the ${at2(3)} of message ${quote$2(at2(2))}`;
      start = 4;
    } else {
      return quote$2(at2(2) + chainOf(segs.slice(3)));
    }
  } else if (at2(0) === "channels" && segs.length >= 3) {
    const op = V2_WORDS.has(at2(2)) ? DIRECTION_WORDS[v2Direction(at2(2), perspective)] : null;
    const where = spread === void 0 ? `${quote$2(at2(1))}${op === null ? "" : ` (${op})`}` : `${spread} ${op === null ? "channels" : "operations"}`;
    const rest = op === null ? 2 : 3;
    if (op === null && at2(2) === "messages" && segs.length >= 5) {
      base = `the ${at2(4)} of message ${quote$2(at2(3))} of channel ${where}`;
      start = 5;
    } else if (op !== null && at2(3) === "message") {
      const payloadAt = segs.findIndex((s, i) => i > 3 && (s === "payload" || s === "headers"));
      base = payloadAt < 0 ? `the message of ${where}` : `the ${at2(payloadAt)} of ${where}`;
      start = payloadAt < 0 ? segs.length : payloadAt + 1;
    } else if (at2(rest) === "bindings" && at2(rest + 1) === "ws") {
      const what2 = at2(rest + 2) === "query" ? "query" : "connection headers";
      base = `the ${what2} of ${where}`;
      start = rest + 3;
    } else if (at2(2) === "parameters") {
      base = `parameter ${quote$2(at2(3))} of ${spread === void 0 ? `channel ${where}` : where}`;
      start = at2(4) === "schema" ? 5 : 4;
    } else {
      return quote$2(pointer);
    }
  } else if (openApiPlace(segs) !== null) {
    ({ base, start } = openApiPlace(segs));
  } else if (at2(0) === "operations" && segs.length >= 2) {
    const payloadAt = segs.findIndex((s) => s === "payload" || s === "headers");
    if (payloadAt < 0)
      return quote$2(pointer);
    base = `the ${at2(payloadAt)} of operation ${quote$2(at2(1))}`;
    start = payloadAt + 1;
  } else {
    return quote$2(pointer);
  }
  const chain = chainOf(segs.slice(start)).replace(/^\./, "");
  return chain === "" ? base : `${quote$2(chain)} in ${base}`;
}
const V2_WORDS = /* @__PURE__ */ new Set(["subscribe", "publish"]);
function chainOf(rest) {
  let out = "";
  for (let i = 0; i < rest.length; i++) {
    const seg = rest[i];
    const next = rest[i + 1];
    if ((seg === "properties" || seg === "patternProperties") && next !== void 0) {
      out += `.${next}`;
      i++;
    } else if (seg === "items") {
      out += "[]";
    } else if (seg === "additionalProperties") {
      out += "{}";
    } else if (seg === "allOf" && next !== void 0) {
      i++;
    } else if (["oneOf", "anyOf", "prefixItems"].includes(seg) && next !== void 0) {
      out += `.${seg}[${next}]`;
      i++;
    } else {
      out += `.${seg}`;
    }
  }
  return out;
}
function wherePhrase(family, usages) {
  if (family === void 0)
    return "";
  const info = FAMILIES[family];
  const dirs = new Set(usages.map((u) => info.fixed ?? u.direction).filter((d) => d !== null));
  if (dirs.size === 2 && info.bothWays !== void 0)
    return `in ${info.bothWays}`;
  const verb = dirs.size === 2 ? "send and receive" : dirs.has("receive") ? "receive" : "send";
  return `in ${info.noun} clients ${verb}`;
}
function fill(template, vars) {
  const text2 = template.replace(/\{(\w+)\}/g, (_, k) => vars[k] ?? "").replace(/\s+/g, " ").replace(/ ([,;.)])/g, "$1").trim();
  return template.startsWith("{") ? text2.charAt(0).toUpperCase() + text2.slice(1) : text2;
}
function deltaVars(d, perspective) {
  const vars = {
    name: quote$2(d.name),
    keyword: d.name,
    subject: subjectOf(d.schemaPath, void 0, perspective),
    before: formatValue(d.before),
    after: formatValue(d.after),
    path: d.path
  };
  if (d.values !== void 0)
    vars.values = formatList(d.values);
  return vars;
}
const deltaRules = (family, d) => d.kinds.map((k) => k === "unclassified" ? "unclassified" : familyRuleId(family, k));
const deltaKey = (d) => `${d.kinds.join("|")}\0${d.path}`;
function inlineKey(slot, d, rules) {
  if (slot.family !== "query" && slot.family !== "parameter")
    return null;
  const base = d.side === "old" ? slot.oldPointer : slot.newPointer;
  if (!base.startsWith("/channels/") || d.path !== base && !d.path.startsWith(`${base}/`))
    return null;
  const parameter = slot.family === "parameter" ? parsePointer(base)?.at(-2) ?? "" : "";
  const rest = d.path.slice(base.length);
  return [rules.join("|"), slot.family, parameter, d.side, rest, canonicalText(d.before), canonicalText(d.after)].join("\0");
}
function schemaFindings(slots, differ, perspective = "application") {
  const claimed = /* @__PURE__ */ new Set();
  const grouped = /* @__PURE__ */ new Map();
  const compared2 = slots.map((slot) => ({
    slot,
    deltas: differ.compare(slot.old, slot.new, slot.oldPointer, slot.newPointer)
  }));
  const travelled = new Set(compared2.flatMap(({ slot, deltas }) => deltas.filter((d) => travelsIn(d, ruleDirection(slot.direction))).map(deltaKey)));
  for (const { slot, deltas } of compared2) {
    const usage2 = { direction: ruleDirection(slot.direction), location: slot.location };
    for (const raw of deltas) {
      claimed.add(deltaKey(raw));
      if (!travelsIn(raw, usage2.direction) && travelled.has(deltaKey(raw)))
        continue;
      const d = inDirection(raw, usage2.direction);
      const rules = deltaRules(slot.family, d);
      const inline = inlineKey(slot, d, rules);
      const key = inline ?? `${rules.join("|")}\0${d.path}`;
      const found = grouped.get(key);
      if (found === void 0) {
        const finding = {
          rules,
          path: d.path,
          identity: d.path,
          ...d.lifecycle === void 0 ? {} : { lifecycle: d.lifecycle },
          side: d.side,
          usages: [usage2],
          before: d.before,
          after: d.after,
          vars: deltaVars(d, perspective),
          family: slot.family
        };
        grouped.set(key, { finding, delta: d, inline: inline !== null });
      } else {
        found.finding.usages.push(usage2);
        if (d.path < found.finding.path)
          grouped.set(key, {
            ...found,
            finding: { ...found.finding, path: d.path, vars: deltaVars(d, perspective) },
            delta: d
          });
      }
    }
  }
  return { findings: [...grouped.values()].map((g) => spreadOut(g, perspective)), claimed };
}
function spreadOut({ finding, delta, inline }, perspective) {
  const places = new Set(finding.usages.map((u) => locationKey(u.location))).size;
  if (!inline || places < 2)
    return finding;
  return { ...finding, vars: { ...finding.vars, subject: subjectOf(delta.schemaPath, places, perspective) } };
}
const recordOf$5 = (v) => isRecord(v) ? v : {};
function componentFindings(oldModel, newModel, differ, claimed) {
  const oldDoc = oldModel.doc;
  const newDoc = newModel.doc;
  const out = [];
  const usedOld = oldDoc.usedComponents;
  const usedNew = newDoc.usedComponents;
  const schemesOld = oldModel.schemesInUse;
  const schemesNew = newModel.schemesInUse;
  const compA = recordOf$5(ownValue(oldDoc.root, "components"));
  const compB = recordOf$5(ownValue(newDoc.root, "components"));
  const cross = oldModel.major !== newModel.major;
  for (const section of union$2(compA, compB)) {
    if (cross && !CROSS_SECTIONS.has(section))
      continue;
    const asV2 = (model, v) => cross && isRecord(v) ? Object.fromEntries(Object.entries(v).map(([k, c]) => [k, neutralComponent(section, model.major, c)])) : v;
    const a = asV2(oldModel, ownValue(compA, section));
    const b = asV2(newModel, ownValue(compB, section));
    const sectionPointer = childPointer("/components", section);
    if (section.startsWith("x-") || !(isRecord(a) || a === void 0) || !(isRecord(b) || b === void 0)) {
      if (dataEqual(a, b))
        continue;
      const rule = section.startsWith("x-") ? "extension.changed" : "unclassified";
      out.push(plainFinding(rule, sectionPointer, b === void 0 ? "old" : "new", oldDoc, newDoc, { keyword: section }));
      continue;
    }
    for (const name of union$2(recordOf$5(a), recordOf$5(b))) {
      const x = ownValue(recordOf$5(a), name);
      const y = ownValue(recordOf$5(b), name);
      const pointer = childPointer(sectionPointer, name);
      if (x === y || dataEqual(x, y))
        continue;
      const side = y === void 0 ? "old" : "new";
      const inUse = side === "old" ? usedOld.has(pointer) : usedNew.has(pointer);
      if (section === "schemas" && x !== void 0 && y !== void 0) {
        const seen2 = /* @__PURE__ */ new Set();
        let retargeted = false;
        for (const d of differ.compare(x, y, pointer, pointer)) {
          const key = deltaKey(d);
          if (claimed.has(key) || seen2.has(key))
            continue;
          seen2.add(key);
          if (d.path !== pointer && !d.path.startsWith(`${pointer}/`))
            retargeted = true;
          else
            out.push(unusedSchemaFinding(d));
        }
        if (retargeted)
          out.push(plainFinding("component.unused.changed", pointer, "new", oldDoc, newDoc, {
            detail: `Component ${quote$2(name)} (${section}) now refers to other components`
          }));
      } else if (section === "securitySchemes" && (side === "old" ? schemesOld : schemesNew).has(name)) {
        const rule = x === void 0 ? "security.scheme.added" : y === void 0 ? "security.scheme.removed" : onlyDocumentation(x, y) ? "security.scheme.doc.changed" : "security.scheme.changed";
        out.push(plainFinding(rule, pointer, side, oldDoc, newDoc, { name: quote$2(name), keyword: "description" }));
      } else if (!inUse && !sameButForSchemas(x, y, oldDoc, newDoc)) {
        const what2 = x === void 0 ? "was added" : y === void 0 ? "was removed" : "changed";
        out.push(plainFinding("component.unused.changed", pointer, side, oldDoc, newDoc, {
          detail: `Component ${quote$2(name)} (${section}) ${what2}`
        }));
      }
    }
  }
  return out;
}
const CROSS_SECTIONS = /* @__PURE__ */ new Set(["schemas", "securitySchemes", "messages"]);
function neutralComponent(section, major, component) {
  if (section === "securitySchemes")
    return major === 3 ? schemeAsV2(component) : component;
  if (section !== "messages" || !isRecord(component))
    return component;
  const { messageId: _, ...rest } = component;
  if (major === 2)
    return rest;
  const payload = ownValue(rest, "payload");
  if (!isRecord(payload) || !Object.hasOwn(payload, "schemaFormat"))
    return rest;
  return { ...rest, schemaFormat: ownValue(payload, "schemaFormat"), payload: ownValue(payload, "schema") };
}
function sameButForSchemas(x, y, oldDoc, newDoc) {
  const seen2 = /* @__PURE__ */ new Set();
  const schemaOf2 = (doc, v) => {
    if (typeof v !== "object" || v === null || !doc.targets.has(v))
      return void 0;
    const at2 = doc.origins.get(v);
    return at2 !== void 0 && /^\/components\/schemas\/[^/]+$/.test(at2) ? at2 : void 0;
  };
  const same2 = (a, b) => {
    const [sa, sb] = [schemaOf2(oldDoc, a), schemaOf2(newDoc, b)];
    if (sa !== void 0 || sb !== void 0)
      return sa === sb;
    const container = (v) => typeof v === "object" && v !== null;
    if (!container(a) || !container(b) || Array.isArray(a) !== Array.isArray(b))
      return dataEqual(a, b);
    if (seen2.has(a))
      return dataEqual(a, b);
    seen2.add(a);
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && same2(a[k], b[k]));
  };
  return x !== void 0 && y !== void 0 && same2(x, y);
}
function unusedMessageFindings(oldModel, newModel, differ, claimed) {
  const out = [];
  for (const [a, b] of channelPairs(oldModel.channels, newModel.channels)) {
    const address = quote$2((b ?? a)?.address ?? "");
    const keysOf = (c) => new Map((c?.unused ?? []).map((m) => [m.key ?? "", m]));
    const [xs, ys] = [keysOf(a), keysOf(b)];
    const listed = (c, key) => c !== void 0 && Object.hasOwn(recordOf$5(ownValue(recordOf$5(valueAtPointer(c === a ? oldModel.doc : newModel.doc, c.pointer)), "messages")), key);
    for (const key of [.../* @__PURE__ */ new Set([...xs.keys(), ...ys.keys()])].sort()) {
      const x = xs.get(key);
      const y = ys.get(key);
      const detail = (what2) => ({
        detail: `Message ${quote$2(key)} of channel ${address} ${what2}`
      });
      if (x === void 0 || y === void 0) {
        if (listed(x === void 0 ? a : b, key))
          continue;
        const [side, el] = x === void 0 ? ["new", y] : ["old", x];
        const what2 = side === "new" ? "was added" : "was removed";
        out.push(plainFinding("message.unused.changed", el.pointer, side, oldModel.doc, newModel.doc, detail(what2)));
        continue;
      }
      for (const part of ["payload", "headers"]) {
        const [p, q] = [x[part], y[part]];
        if (p === null && q === null)
          continue;
        if (dataEqual(p?.schema, q?.schema))
          continue;
        const at2 = (m, s) => s?.pointer ?? childPointer(m.pointer, part);
        for (const d of differ.compare(p?.schema ?? {}, q?.schema ?? {}, at2(x, p), at2(y, q))) {
          if (claimed.has(deltaKey(d)))
            continue;
          claimed.add(deltaKey(d));
          out.push(unusedSchemaFinding(d, "message.unused.changed"));
        }
      }
      if (!dataEqual(definedFields(x), definedFields(y)))
        out.push(plainFinding("message.unused.changed", y.pointer, "new", oldModel.doc, newModel.doc, detail("changed")));
    }
  }
  return out;
}
const definedFields = (el) => Object.fromEntries(Object.entries(el.fields).filter(([, v]) => v !== void 0));
function channelPairs(xs, ys) {
  const left = new Set(xs.filter((c) => c.unused.length > 0));
  const out = [];
  for (const y of ys) {
    const x = xs.find((c) => c.key === y.key) ?? xs.find((c) => c.address === y.address);
    if (x !== void 0)
      left.delete(x);
    if (y.unused.length > 0 || (x?.unused.length ?? 0) > 0)
      out.push([x, y]);
  }
  for (const x of left)
    out.push([x, void 0]);
  return out;
}
const SCHEME_DOCS$1 = /* @__PURE__ */ new Set(["description", "summary", "title", "externalDocs"]);
function onlyDocumentation(x, y) {
  const a = recordOf$5(x);
  const b = recordOf$5(y);
  return union$2(a, b).every((k) => SCHEME_DOCS$1.has(k) || k.startsWith("x-") || dataEqual(ownValue(a, k), ownValue(b, k)));
}
function unusedSchemaFinding(d, rule = "component.unused.changed") {
  const kind = d.kinds[0] ?? "unclassified";
  const template = SCHEMA_RULES.find((r) => r.kind === kind)?.message ?? "A change at {path}";
  const vars = deltaVars(d, "application");
  return {
    rules: [rule],
    path: d.path,
    identity: d.path,
    side: d.side,
    usages: [],
    before: d.before,
    after: d.after,
    vars: { ...vars, detail: fill(template, vars) }
  };
}
function plainFinding(rule, pointer, side, oldDoc, newDoc, vars) {
  const before = displayAt(oldDoc, pointer);
  const after = displayAt(newDoc, pointer);
  return {
    rules: [rule],
    path: pointer,
    identity: pointer,
    side,
    usages: [],
    before,
    after,
    vars: { path: pointer, before: formatValue(before), after: formatValue(after), ...vars }
  };
}
const displayAt = (doc, pointer) => displayValue(doc, valueAtPointer(doc, pointer), pointer);
const union$2 = (a, b) => [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].sort();
const parseVersion = (v) => {
  const m = typeof v === "string" ? /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(v) : null;
  return m === null ? null : [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
};
function versionFindings(oldDoc, newDoc) {
  const a = ownValue(oldDoc.root, "asyncapi");
  const b = ownValue(newDoc.root, "asyncapi");
  if (dataEqual(a, b))
    return [];
  const va = parseVersion(a);
  const vb = parseVersion(b);
  let rule = "asyncapi.version.changed";
  if (va !== null && vb !== null && va[0] === vb[0]) {
    const cmp = vb[1] - va[1] || vb[2] - va[2];
    rule = cmp >= 0 ? "asyncapi.version.bumped" : "asyncapi.version.downgraded";
  }
  return [plainFinding(rule, "/asyncapi", b === void 0 ? "old" : "new", oldDoc, newDoc, {})];
}
const COMPILED = PATH_RULES.map((rule) => ({
  rule,
  segments: rule.pattern.split("/").slice(1)
}));
const segmentMatches = (pattern, seg) => pattern === "*" || (pattern === "x-*" ? seg.startsWith("x-") : pattern.split("|").includes(seg));
function matchRule(segs) {
  let best = null;
  for (const c of COMPILED) {
    if (c.segments.length > segs.length || best !== null && c.segments.length <= best.segments.length)
      continue;
    if (c.segments.every((p, i) => segmentMatches(p, segs[i])))
      best = c;
  }
  return best;
}
const valueAt$1 = (root, segs) => segs.reduce(childOf, root);
function realPointer(skeleton, segs) {
  let node = skeleton.root;
  let base = "";
  let rest = [];
  for (const seg of segs) {
    const fields = typeof node === "object" && node !== null ? skeleton.fieldPointers.get(node) : void 0;
    node = valueAt$1(node, [seg]);
    const own2 = typeof node === "object" && node !== null ? skeleton.pointers.get(node) : void 0;
    const origin2 = own2 ?? (fields !== void 0 && Object.hasOwn(fields, seg) ? fields[seg] : void 0) ?? (typeof node === "object" && node !== null ? skeleton.model.doc.origins.get(node) : void 0);
    if (origin2 !== void 0) {
      base = origin2;
      rest = [];
    } else
      rest.push(seg);
  }
  return rest.reduce(childPointer, base);
}
function shownValue(skeleton, segs) {
  const value = valueAt$1(skeleton.root, segs);
  if (typeof value !== "object" || value === null || skeleton.pointers.has(value))
    return value;
  const pointer = realPointer(skeleton, segs);
  const node = valueAtPointer(skeleton.model.doc, pointer);
  return node === void 0 || !dataEqual(node, value) ? value : displayValue(skeleton.model.doc, node, pointer);
}
function operationAt(split, segs) {
  if (segs[0] !== "channels" || segs[2] !== "client-receives" && segs[2] !== "client-sends" || segs[3] === void 0)
    return null;
  const opSegs = segs.slice(0, 4);
  const inReply = segs[4] === "reply";
  for (const sk of [split.new, split.old]) {
    const node = valueAt$1(sk.root, opSegs);
    if (!isRecord(node))
      continue;
    const meta = sk.operations.get(node);
    if (meta === void 0)
      continue;
    const reply = inReply ? ownValue(node, "reply") : void 0;
    const replyMeta = isRecord(reply) ? sk.operations.get(reply) : void 0;
    const key = ownValue(node, "key") ?? ownValue(node, "operationId");
    return {
      word: meta.word,
      direction: (replyMeta ?? meta).direction,
      key: typeof key === "string" ? key : null
    };
  }
  return null;
}
const operationPhrase = (op) => `${op.key === null ? "" : `${quote$2(op.key)} `}(${DIRECTION_WORDS[op.direction]})`;
function pathVars(split, segs, before, after) {
  const vars = {
    before: formatValue(before),
    after: formatValue(after),
    keyword: segs[segs.length - 1] ?? ""
  };
  const op = operationAt(split, segs);
  if (segs[0] === "servers" && segs[1] !== void 0) {
    vars.server = quote$2(segs[1]);
    vars.target = `server ${vars.server}`;
    if (segs[2] === "variables" && segs[3] !== void 0)
      vars.variable = quote$2(segs[3]);
  } else if (segs[0] === "channels" && segs[1] !== void 0) {
    vars.channel = quote$2(split.addressOf.get(segs[1]) ?? segs[1]);
    vars.target = op === null ? `channel ${vars.channel}` : `the operation ${operationPhrase(op)} on channel ${vars.channel}`;
    if (op !== null)
      vars.operation = operationPhrase(op);
    if (segs[2] === "parameters" && segs[3] !== void 0) {
      vars.parameter = quote$2(segs[3]);
      vars.subject = `parameter ${vars.parameter} of channel ${vars.channel}`;
    }
    const messagesAt = segs.indexOf("messages");
    if (op !== null && messagesAt > 0 && segs[messagesAt + 1] !== void 0) {
      const msgSegs = segs.slice(0, messagesAt + 2);
      const message2 = [split.new, split.old].map((v) => valueAt$1(v.root, msgSegs)).find(isRecord);
      const name = message2 === void 0 ? void 0 : ownValue(message2, "name") ?? ownValue(message2, "messageId") ?? ownValue(message2, "key");
      vars.message = typeof name === "string" ? quote$2(name) : "the message";
      vars.target = `message ${vars.message} of the operation ${vars.operation} on channel ${vars.channel}`;
    }
  } else {
    vars.target = "the document";
  }
  const bindingsAt = segs.lastIndexOf("bindings");
  if (bindingsAt >= 0) {
    const protocols = segs[bindingsAt + 1] ?? Object.keys(recordOf$5(after ?? before)).join(", ");
    vars.keyword = protocols;
  }
  return vars;
}
const requirementText = (r) => isRecord(r) && Object.keys(r).length > 0 ? Object.keys(r).map(quote$2).join(" and ") : "no authentication";
function special(kind, before, after, ctx) {
  switch (kind) {
    case "default-content-type":
      return [
        [
          ctx.split.implicitMessages.length > 0 ? "default-content-type.changed" : "default-content-type.changed-unused",
          void 0
        ]
      ];
    case "content-type": {
      const msgSegs = ctx.segs.slice(0, -1);
      const a = valueAt$1(ctx.split.old.root, msgSegs);
      const b = valueAt$1(ctx.split.new.root, msgSegs);
      const implicit = isRecord(a) && isRecord(b) && ctx.split.old.implicitContentType.has(a) && ctx.split.new.implicitContentType.has(b);
      return implicit ? [] : [["message.content-type.changed", void 0]];
    }
    case "security": {
      const listBefore = Array.isArray(before) ? before : [];
      const listAfter = Array.isArray(after) ? after : [];
      const added = difference(listAfter, listBefore);
      const removed = difference(listBefore, listAfter);
      const text2 = (list2) => list2.map(requirementText).join(" or ");
      if (listBefore.length === 0)
        return added.length > 0 ? [["security.added", text2(added)]] : [];
      if (listAfter.length === 0)
        return [["security.removed", text2(removed)]];
      const open = listAfter.some((r) => isRecord(r) && Object.keys(r).length === 0);
      const out = [];
      if (added.length > 0)
        out.push(["security.alternative.added", text2(added)]);
      if (removed.length > 0)
        out.push([open ? "security.removed" : "security.alternative.removed", text2(removed)]);
      return out;
    }
    case "variable-enum":
      return allowedList(before, after, ["server.variable.enum-narrowed", "values other than"], ["server.variable.enum-widened", "any value"]);
    case "binding":
      if (before === void 0)
        return [["binding.added", void 0]];
      if (after === void 0)
        return [["binding.removed", void 0]];
      return [
        [dataEqual(withoutDocs(before), withoutDocs(after)) ? "binding.doc.changed" : "binding.changed", void 0]
      ];
    case "channel-servers":
      return allowedList(before, after, ["channel.servers.removed", "servers other than"], ["channel.servers.added", "every server"]);
  }
}
function allowedList(before, after, [narrowed, allBut], [widened, everything]) {
  if (before === void 0)
    return [[narrowed, `${allBut} ${formatList(asArray(after))}`]];
  if (after === void 0)
    return [[widened, everything]];
  const removed = difference(asArray(before), asArray(after));
  const added = difference(asArray(after), asArray(before));
  const out = [];
  if (removed.length > 0)
    out.push([narrowed, formatList(removed)]);
  if (added.length > 0)
    out.push([widened, formatList(added)]);
  return out;
}
const asArray = (v) => Array.isArray(v) ? v : [];
const BINDING_DOCS = /* @__PURE__ */ new Set(["description", "summary", "title", "example", "examples", "externalDocs", "$comment"]);
function withoutDocs(value, names = false) {
  if (Array.isArray(value))
    return value.map((v) => withoutDocs(v));
  if (!isRecord(value))
    return value;
  const out = {};
  for (const [key, v] of Object.entries(value))
    if (names || !(BINDING_DOCS.has(key) || key.startsWith("x-")))
      out[key] = withoutDocs(v, !names && (key === "properties" || key === "patternProperties"));
  return out;
}
function entryPaths(split, segs) {
  if (matchRule(segs)?.rule.each !== true)
    return [segs];
  const before = valueAt$1(split.old.root, segs);
  const after = valueAt$1(split.new.root, segs);
  const entries = isRecord(after) && before === void 0 ? after : isRecord(before) && after === void 0 ? before : null;
  if (entries === null)
    return [segs];
  return Object.keys(entries).flatMap((key) => entryPaths(split, [...segs, key]));
}
function documentFindings(split, raw) {
  const out = /* @__PURE__ */ new Map();
  const done = /* @__PURE__ */ new Set();
  for (const segs of raw.flatMap((c) => entryPaths(split, parsePointer(c.path) ?? []))) {
    const matched = matchRule(segs);
    const prefix = matched === null ? segs : segs.slice(0, matched.segments.length);
    const before = valueAt$1(split.old.root, prefix);
    const after = valueAt$1(split.new.root, prefix);
    const action = before === void 0 ? "add" : after === void 0 ? "remove" : "edit";
    const rule = matched?.rule;
    let judged;
    if (rule?.mark !== void 0 && isMark(after))
      judged = [[rule.mark, void 0]];
    else if (rule?.special !== void 0)
      judged = special(rule.special, before, after, { split, segs: prefix });
    else {
      const id = rule?.any ?? rule?.[action];
      judged = [[id ?? "unclassified", void 0]];
    }
    for (const [id, values] of judged) {
      const at2 = id === "unclassified" ? segs : prefix;
      const seen2 = `${id}\0${at2.join("/")}`;
      if (done.has(seen2))
        continue;
      done.add(seen2);
      const finding = skeletonFinding(split, id, at2, values);
      if (id === "default-content-type.changed")
        finding.usages.push(...split.implicitMessages.map((location2) => ({ direction: ruleDirection(location2.direction), location: location2 })));
      const key = `${id}\0${finding.path}\0${finding.vars.values ?? ""}`;
      const found = out.get(key);
      if (found === void 0)
        out.set(key, finding);
      else
        found.usages.push(...finding.usages);
    }
  }
  return oneRenamePerMessage([...out.values()]);
}
const MESSAGE_NAMES = ["message.renamed", "message.id.changed", "message.name.changed"];
function oneRenamePerMessage(findings) {
  const byMessage = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.rules.length !== 1 || !MESSAGE_NAMES.includes(f.rules[0]))
      continue;
    const message2 = f.identity.slice(0, f.identity.lastIndexOf("/"));
    byMessage.set(message2, [...byMessage.get(message2) ?? [], f]);
  }
  const folded = /* @__PURE__ */ new Set();
  const replaced = /* @__PURE__ */ new Map();
  for (const group of byMessage.values()) {
    if (group.length < 2)
      continue;
    const rank2 = (f) => MESSAGE_NAMES.indexOf(f.rules[0]);
    const [first, ...rest] = [...group].sort((a, b) => rank2(a) - rank2(b));
    const also = rest.map((f) => `; its ${f.vars.keyword} changed from ${f.vars.before} to ${f.vars.after}`).join("");
    for (const f of rest)
      folded.add(f);
    replaced.set(first, { ...first, vars: { ...first.vars, also } });
  }
  return findings.filter((f) => !folded.has(f)).map((f) => replaced.get(f) ?? f);
}
function skeletonFinding(split, id, segs, values) {
  const before = shownValue(split.old, segs);
  const after = shownValue(split.new, segs);
  const side = after === void 0 ? "old" : "new";
  const path2 = realPointer(side === "old" ? split.old : split.new, segs);
  const vars = pathVars(split, segs, before, after);
  vars.path = path2;
  if (values !== void 0)
    vars.values = values;
  const op = operationAt(split, segs);
  const usages = segs[0] === "channels" && segs[1] !== void 0 ? [
    {
      direction: ruleDirection(op?.direction ?? null),
      location: {
        channel: split.addressOf.get(segs[1]) ?? segs[1],
        direction: op?.direction ?? null,
        operation: op?.word ?? null
      }
    }
  ] : [];
  const family = familyOf(id);
  const identity = segs.join("/");
  const lifecycle = Object.hasOwn(REMOVED_AFTER_SUNSET, id) ? lifecycleOf(valueAt$1(split.old.root, segs), ELEMENT_FLAGS) : void 0;
  return {
    rules: [id],
    path: path2,
    identity,
    side,
    usages,
    before,
    after,
    vars,
    ...family === void 0 ? {} : { family },
    ...lifecycle === void 0 ? {} : { lifecycle }
  };
}
const TYPE_ORDER = {
  breaking: 0,
  warning: 1,
  "non-breaking": 2,
  unclassified: 3
};
function checkOverrides(overrides) {
  for (const [id, type] of Object.entries(overrides)) {
    if (!CHANGE_TYPES.includes(type)) {
      throw new InputError({
        message: `rule override for ${id} must be one of ${CHANGE_TYPES.join(", ")} (got ${JSON.stringify(type)})`
      });
    }
  }
}
function judge(f, mode) {
  const fixed2 = f.family === void 0 ? null : FAMILIES[f.family].fixed;
  const directions = fixed2 !== null ? [fixed2] : f.usages.length > 0 ? f.usages.map((u) => u.direction) : [null];
  let best = null;
  for (const direction2 of directions) {
    for (const id of f.rules) {
      const type = verdictOf(ruleById(id), direction2, mode);
      if (best === null || severity(type) > severity(best.type))
        best = { rule: id, type };
    }
  }
  return best ?? { rule: "unclassified", type: "unclassified" };
}
function afterSunset(rule) {
  const element = REMOVED_AFTER_SUNSET[rule];
  if (element !== void 0)
    return element;
  const family = familyOf(rule);
  if (family !== void 0 && (rule.endsWith(".property.removed-optional") || rule.endsWith(".property.removed-required") || rule.endsWith(".property.removed-closed")))
    return familyRuleId(family, "property.removed-after-sunset");
  return void 0;
}
const locationKey = (l) => l === null ? "" : isAsyncApiLocation(l) ? `${l.channel}\0${l.operation ?? ""}\0${l.direction ?? ""}` : [l.path, l.method, l.in, l.status, l.mediaType, l.direction, l.operation].map(String).join("\0");
function locationsOf(usages) {
  const seen2 = /* @__PURE__ */ new Map();
  for (const u of usages)
    if (u.location !== null)
      seen2.set(locationKey(u.location), u.location);
  return [...seen2.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([, l]) => ({ ...l }));
}
function toChanges(findings, options = {}) {
  const overrides = options.overrides ?? {};
  checkOverrides(overrides);
  const mode = options.compatibility ?? "backward";
  const today = options.today ?? utcToday();
  const changes = findings.map((f) => {
    let { rule, type } = judge(f, mode);
    let message2 = fill(ruleById(rule).message, { ...f.vars, where: wherePhrase(f.family, f.usages) });
    if (f.lifecycle !== void 0) {
      const sunset = f.lifecycle.sunset;
      const after = afterSunset(rule);
      if (sunset !== null && sunset <= today && after !== void 0) {
        rule = after;
        type = verdictOf(ruleById(after), null, mode);
        message2 = fill(ruleById(after).message, { ...f.vars, sunset, where: wherePhrase(f.family, f.usages) });
      } else if (sunset !== null)
        message2 = `${message2} (deprecated, but before its sunset date ${sunset})`;
      else
        message2 = `${message2} (it was deprecated, with no sunset date)`;
    }
    const override = Object.hasOwn(overrides, rule) ? overrides[rule] : void 0;
    return {
      rule,
      type: override ?? type,
      message: message2,
      path: f.path,
      identity: f.identity,
      locations: locationsOf(f.usages),
      source: options.locate ? options.locate(f.path, f.side) : null,
      before: f.before === void 0 ? null : f.before,
      after: f.after === void 0 ? null : f.after
    };
  });
  return changes.sort((a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || compareText(a.path, b.path) || compareText(a.rule, b.rule) || compareText(a.message, b.message));
}
const compareText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function buildModel(doc, major, cross, perspective = "application") {
  const version = String(doc.root.asyncapi);
  return major === 2 ? readV2(doc, version, cross, perspective) : readV3(doc, version, cross, perspective);
}
const SKELETON_VERSION = "2.6.0";
const BINDINGS_OMIT = { ws: { query: true, headers: true } };
const FIELD_OMIT = { bindings: BINDINGS_OMIT };
const MAX_COPY_DEPTH = 256;
const isWithin = (node, within) => {
  for (let w = within; w !== null; w = w.up)
    if (w.node === node)
      return true;
  return false;
};
class Side {
  model;
  name;
  pointers = /* @__PURE__ */ new Map();
  fieldPointers = /* @__PURE__ */ new Map();
  operations = /* @__PURE__ */ new Map();
  implicitContentType = /* @__PURE__ */ new Set();
  /** Skeleton node \u2192 the model element it was built from. */
  elements = /* @__PURE__ */ new Map();
  doc;
  /** Nodes copied so far (MAX_EXPANDED_NODES). */
  copied = 0;
  constructor(model, name) {
    this.model = model;
    this.name = name;
    this.doc = model.doc;
  }
  reachesRef(node) {
    return typeof node === "object" && node !== null && (this.doc.targets.has(node) || this.doc.refHolders.has(node));
  }
  /**
   * The value without the omitted parts. Subtrees with nothing to omit and no dereferenced `$ref`
   * inside are shared, not copied (@asyncapi/diff only reads them); a node reached through a
   * `$ref` deep down (or a component schema) is written back as that `$ref`, which keeps it finite.
   * Iterative over an explicit stack, so no document can overflow the JavaScript stack here.
   */
  copy(value, omit) {
    if (typeof value !== "object" || value === null)
      return value;
    const wrap = { v: value };
    const stack = [{ from: value, into: wrap, key: "v", omit, depth: 0, within: null }];
    while (stack.length > 0) {
      const { from, into, key, omit: o, depth, within: w } = stack.pop();
      const put2 = (v) => {
        if (Array.isArray(into))
          into[key] = v;
        else
          setOwn(into, key, v);
      };
      if (typeof from !== "object" || from === null) {
        put2(from);
        continue;
      }
      let within = w;
      if (this.doc.targets.has(from)) {
        const origin2 = this.doc.origins.get(from) ?? "";
        if (depth > 0 && (origin2.startsWith("/components/schemas/") || isWithin(from, within))) {
          put2({ $ref: `#${origin2}` });
          continue;
        }
        within = { node: from, up: within };
      }
      if (depth > MAX_COPY_DEPTH) {
        put2(null);
        continue;
      }
      if (depth > 0 && o === void 0 && !this.doc.refHolders.has(from)) {
        put2(from);
        continue;
      }
      if (++this.copied > MAX_EXPANDED_NODES)
        expandsTooFar(this.name);
      if (Array.isArray(from)) {
        const out2 = new Array(from.length);
        put2(out2);
        from.forEach((item, i) => stack.push({ from: item, into: out2, key: i, omit: void 0, depth: depth + 1, within }));
        continue;
      }
      const out = {};
      put2(out);
      for (const k of Object.keys(from)) {
        const sub = o === void 0 ? void 0 : Object.hasOwn(o, k) ? o[k] : void 0;
        if (sub !== true)
          stack.push({
            from: from[k],
            into: out,
            key: k,
            omit: sub,
            depth: depth + 1,
            within
          });
      }
    }
    return wrap.v;
  }
  /** A skeleton node for an element: its fields, copied, and where it came from. */
  node(el, extra = {}) {
    const out = {};
    for (const key of Object.keys(el.fields)) {
      const value = el.fields[key];
      if (value === void 0)
        continue;
      const omit = Object.hasOwn(FIELD_OMIT, key) ? FIELD_OMIT[key] : void 0;
      const v = this.copy(value, omit);
      if (key === "bindings" && isRecord(v) && isRecord(v.ws) && Object.keys(v.ws).length === 0) {
        delete v.ws;
        if (Object.keys(v).length === 0)
          continue;
      }
      setOwn(out, key, v);
    }
    for (const [key, v] of Object.entries(extra))
      if (v !== void 0)
        setOwn(out, key, v);
    this.pointers.set(out, el.pointer);
    this.elements.set(out, el);
    if (Object.keys(el.fieldPointers).length > 0)
      this.fieldPointers.set(out, el.fieldPointers);
    return out;
  }
}
const recordOf$4 = (v) => isRecord(v) ? v : {};
function pairKeys(mine, theirs, lone, names) {
  if (mine.length === 1 && theirs.length === 1 && lone !== null)
    return [lone];
  const known2 = new Set(theirs.flatMap(names));
  const used = /* @__PURE__ */ new Set();
  return mine.map((x, i) => {
    const own2 = names(x).filter((n) => n !== null);
    let key = own2.find((n) => known2.has(n)) ?? own2[0] ?? `#${i}`;
    if (used.has(key))
      key = `${key}#${i}`;
    used.add(key);
    return key;
  });
}
const messageNames = (which) => (m) => [
  ...m.ids,
  m.payload === null ? null : `payload:${canonicalText(m.payload.schema, which(m))}`,
  m.payload === null ? null : `shape:${shapeText(m.payload.schema, which(m))}`
];
const byChannelAndDirection = (ops) => {
  const out = /* @__PURE__ */ new Map();
  for (const op of ops) {
    const k = op.channelKey ?? op.channel;
    let byDir = out.get(k);
    if (byDir === void 0)
      out.set(k, byDir = {});
    (byDir[op.direction] ??= []).push(op);
  }
  return out;
};
const opsOf = (index, channelKey2, direction2) => index?.get(channelKey2)?.[direction2] ?? [];
function splitModels(oldModel, newModel) {
  const sides = [new Side(oldModel, "old"), new Side(newModel, "new")];
  const sameMajor = oldModel.major === newModel.major;
  const keyed3 = sameMajor && oldModel.major === 3;
  const roots = sides.map((s) => {
    const root = s.node(s.model.root);
    root.asyncapi = SKELETON_VERSION;
    return root;
  });
  const slots = [];
  const implicitMessages = [];
  const defaults = [
    ownValue(oldModel.doc.root, "defaultContentType"),
    ownValue(newModel.doc.root, "defaultContentType")
  ];
  const defaultChanged = !dataEqual(defaults[0], defaults[1]);
  const servers = sides.map((s) => {
    const out = {};
    for (const server of s.model.servers)
      setOwn(out, server.name, s.node(server));
    return out;
  });
  sides.forEach((_, i) => {
    if (Object.keys(servers[i]).length > 0)
      roots[i].servers = servers[i];
  });
  const byAddress = sides.map((s) => {
    const out = /* @__PURE__ */ new Map();
    for (const c of s.model.channels)
      out.set(c.address, [...out.get(c.address) ?? [], c]);
    return out;
  });
  const opMaps = sides.map((s) => byChannelAndDirection(s.model.operations));
  const addresses = [.../* @__PURE__ */ new Set([...byAddress[0].keys(), ...byAddress[1].keys()])].sort();
  const skeletonChannels = [{}, {}];
  const pairs = [];
  for (const address of addresses) {
    const [xs, ys] = [byAddress[0].get(address) ?? [], byAddress[1].get(address) ?? []];
    if (xs.length <= 1 && ys.length <= 1) {
      pairs.push([address, address, xs[0], ys[0]]);
      continue;
    }
    for (const key of [...new Set([...xs, ...ys].map((c) => c.key))].sort())
      pairs.push([`${address} (${key})`, address, xs.find((c) => c.key === key), ys.find((c) => c.key === key)]);
  }
  const addressOf = /* @__PURE__ */ new Map();
  const bothV2 = oldModel.major === 2 && newModel.major === 2;
  for (const [skey, address, a0, b0] of pairs) {
    addressOf.set(skey, address);
    const pair = [a0, b0];
    if ((bothV2 || keyed3) && !defaultChanged && a0 !== void 0 && b0 !== void 0 && sameApartFromSchemas(sides, a0, b0) && (bothV2 || sameOperationsApartFromSchemas(sides, opMaps, a0, b0))) {
      slots.push(...channelSlots(sides, address, a0, b0, pairsByPosition(opMaps, a0, b0), true));
      continue;
    }
    const built = [void 0, void 0];
    for (const i of [0, 1]) {
      const ch = pair[i];
      if (ch === void 0)
        continue;
      const s = sides[i];
      const params = {};
      for (const p of ch.parameters)
        setOwn(params, p.name, s.node(p));
      const node = s.node(ch, {
        key: keyed3 ? ch.key : void 0,
        parameters: ch.parameters.length > 0 ? params : void 0
      });
      const other = pair[1 - i];
      for (const direction2 of DIRECTIONS) {
        const mine = opsOf(opMaps[i], ch.key, direction2);
        const theirs = other === void 0 ? [] : opsOf(opMaps[1 - i], other.key, direction2);
        if (mine.length === 0)
          continue;
        const keys = pairKeys(mine, theirs, "operation", (op) => [op.key, op.word]);
        const ops = {};
        mine.forEach((op, j) => setOwn(ops, keys[j], operationNode(s, op, theirs, keyed3, sameMajor, defaults[i])));
        node[direction2] = ops;
      }
      built[i] = node;
    }
    const [a, b] = pair;
    if (a !== void 0 && b !== void 0) {
      slots.push(...channelSlots(sides, address, a, b, pairsFromSkeletons(sides, built)));
      if (defaultChanged)
        implicitMessages.push(...implicitPairs(sides, address, built));
      if (dataEqual(built[0], built[1]))
        continue;
    }
    if (built[0] !== void 0)
      setOwn(skeletonChannels[0], skey, built[0]);
    if (built[1] !== void 0)
      setOwn(skeletonChannels[1], skey, built[1]);
  }
  for (const i of [0, 1])
    if (Object.keys(skeletonChannels[i]).length > 0)
      roots[i].channels = skeletonChannels[i];
  const skeleton = (i) => ({
    root: roots[i],
    model: sides[i].model,
    pointers: sides[i].pointers,
    fieldPointers: sides[i].fieldPointers,
    operations: sides[i].operations,
    implicitContentType: sides[i].implicitContentType
  });
  return { old: skeleton(0), new: skeleton(1), slots, implicitMessages, addressOf };
}
function operationNode(side, op, theirs, keyed3, sameMajor, defaultType) {
  const otherOp = theirs.length === 1 ? theirs[0] : theirs.find((t) => t.key !== null && t.key === op.key);
  const id = sameMajor ? keyed3 ? null : op.key : crossName(side.model.major, op, otherOp) ?? null;
  const node = side.node(op, {
    key: keyed3 ? op.key : void 0,
    operationId: id ?? void 0,
    messages: messagesNode(side, op.messages, otherOp?.messages ?? [], sameMajor, defaultType)
  });
  const meta = { word: op.word, direction: op.direction };
  side.operations.set(node, meta);
  if (op.reply !== null) {
    const reply = side.node(op.reply, {
      messages: messagesNode(side, op.reply.messages, otherOp?.reply?.messages ?? [], sameMajor, defaultType)
    });
    side.operations.set(reply, { word: op.word, direction: opposite(op.direction), replyOf: meta });
    node.reply = reply;
  }
  return node;
}
function crossName(major, op, other) {
  if (other === void 0)
    return void 0;
  const [v2, v3] = major === 2 ? [op, other] : [other, op];
  if (v2.name === null && (v3.name === null || v3.name === `${v3.channelKey ?? v3.channel}.${v2.word}`))
    return void 0;
  return op.name ?? void 0;
}
function messagesNode(side, mine, theirs, sameMajor, defaultType) {
  if (mine.length === 0)
    return void 0;
  const other = side.name === "old" ? "new" : "old";
  const names = messageNames((m) => mine.includes(m) ? side.name : other);
  const lone = loneMessages(side.name === "old" ? mine : theirs, side.name === "old" ? theirs : mine, names);
  const keys = pairKeys(mine, theirs, lone, names);
  const theirKeys = pairKeys(theirs, mine, lone, names);
  const out = {};
  mine.forEach((m, i) => {
    const partner = theirs[theirKeys.indexOf(keys[i])];
    const v2Id = side.model.major === 2 ? m.key : partner?.key;
    const v3 = side.model.major === 3 ? m : partner;
    const invented = v3?.key === null || v3?.key === void 0 || /\.message(\.\d+)?$/.test(v3.key);
    const crossId = v2Id !== null && v2Id !== void 0 || !invented;
    const keyed2 = m.key !== null && partner?.key !== null && partner?.key !== void 0;
    const skel = side.node(m, {
      messageId: (sameMajor ? side.model.major === 2 : crossId) ? m.key ?? void 0 : void 0,
      key: sameMajor && side.model.major === 3 && keyed2 ? m.key ?? void 0 : void 0
    });
    if (skel.contentType === void 0) {
      side.implicitContentType.add(skel);
      if (defaultType !== void 0)
        skel.contentType = defaultType;
    }
    setOwn(out, keys[i], skel);
  });
  return out;
}
function loneMessages(olds, news, names) {
  const [old, young] = [olds[0], news[0]];
  if (old === void 0 || young === void 0 || lifecycleOf(old.fields, ELEMENT_FLAGS) === void 0)
    return "message";
  const theirs = new Set(names(young));
  return names(old).some((n) => n !== null && theirs.has(n)) ? "message" : null;
}
function implicitPairs(sides, channel, built) {
  const out = [];
  for (const direction2 of DIRECTIONS) {
    const ops = built.map((b) => recordOf$4(ownValue(recordOf$4(b), direction2)));
    for (const opKey of Object.keys(ops[1])) {
      const opNodes = ops.map((o) => recordOf$4(ownValue(o, opKey)));
      const meta = sides[1].operations.get(opNodes[1]);
      const messages = opNodes.map((o) => recordOf$4(ownValue(o, "messages")));
      for (const key of Object.keys(messages[1])) {
        const a = ownValue(messages[0], key);
        const b = ownValue(messages[1], key);
        if (isRecord(a) && isRecord(b) && sides[0].implicitContentType.has(a) && sides[1].implicitContentType.has(b))
          out.push({ channel, direction: direction2, operation: meta?.word ?? null });
      }
    }
  }
  return out;
}
function channelSlots(sides, channel, a, b, opPairs, onlyWithRefs = false) {
  const slots = [];
  const add = (family, direction2, location2, x, y, naturals, defaultType) => {
    if (x === null && y === null)
      return;
    const xs = x?.schema;
    const ys = y?.schema;
    const refs = sides[0].reachesRef(xs) || sides[1].reachesRef(ys);
    if (!refs && (onlyWithRefs || dataEqual(xs, ys)))
      return;
    slots.push({
      family,
      direction: direction2,
      location: location2,
      old: withDefaultType(sides[0], xs, defaultType),
      new: withDefaultType(sides[1], ys, defaultType),
      oldPointer: x?.pointer ?? naturals[0],
      newPointer: y?.pointer ?? naturals[1]
    });
  };
  const channelLocation = { channel, direction: null, operation: null };
  for (const p of b.parameters) {
    const q = a.parameters.find((x) => x.name === p.name);
    if (q === void 0)
      continue;
    add("parameter", "client-sends", channelLocation, q.schema, p.schema, [q.pointer, p.pointer]);
  }
  const wsSlots = (location2, x, y) => {
    const ws = [x, y].map((el) => recordOf$4(ownValue(recordOf$4(el.fields.bindings), "ws")));
    const at2 = (el, key) => `${fieldPointer(el, "bindings")}/ws/${key}`;
    for (const [family, key] of [
      ["query", "query"],
      ["header", "headers"]
    ]) {
      const xs = ownValue(ws[0], key);
      const ys = ownValue(ws[1], key);
      if (xs === void 0 && ys === void 0)
        continue;
      add(family, "client-sends", location2, xs === void 0 ? null : { schema: xs, pointer: at2(x, key) }, ys === void 0 ? null : { schema: ys, pointer: at2(y, key) }, [at2(x, key), at2(y, key)], "object");
    }
  };
  wsSlots(channelLocation, a, b);
  for (const { x, y, direction: direction2, messages } of opPairs) {
    const location2 = { channel, direction: direction2, operation: y.word };
    wsSlots(location2, x, y);
    for (const [dir, mx, my] of messages) {
      const loc = { channel, direction: dir, operation: y.word };
      add("payload", dir, loc, mx.payload, my.payload, [`${mx.pointer}/payload`, `${my.pointer}/payload`]);
      add("header", dir, loc, mx.headers, my.headers, [`${mx.pointer}/headers`, `${my.pointer}/headers`]);
    }
  }
  return slots;
}
function pairsFromSkeletons(sides, built) {
  const out = [];
  for (const direction2 of DIRECTIONS) {
    const ops = built.map((n) => recordOf$4(ownValue(recordOf$4(n), direction2)));
    for (const opKey of Object.keys(ops[1])) {
      const nodes = ops.map((o) => ownValue(o, opKey));
      if (!isRecord(nodes[0]) || !isRecord(nodes[1]))
        continue;
      const x = sides[0].elements.get(nodes[0]);
      const y = sides[1].elements.get(nodes[1]);
      if (x === void 0 || y === void 0)
        continue;
      const messages = [];
      const lists = [
        [direction2, ownValue(nodes[0], "messages"), ownValue(nodes[1], "messages")],
        [
          opposite(direction2),
          ownValue(recordOf$4(ownValue(nodes[0], "reply")), "messages"),
          ownValue(recordOf$4(ownValue(nodes[1], "reply")), "messages")
        ]
      ];
      for (const [dir, ma, mb] of lists) {
        for (const key of Object.keys(recordOf$4(mb))) {
          const mx = sides[0].elements.get(ownValue(recordOf$4(ma), key));
          const my = sides[1].elements.get(ownValue(recordOf$4(mb), key));
          if (mx !== void 0 && my !== void 0)
            messages.push([dir, mx, my]);
        }
      }
      out.push({ x, y, direction: direction2, messages });
    }
  }
  return out;
}
function pairsByPosition(opMaps, a, b) {
  const out = [];
  for (const direction2 of DIRECTIONS) {
    const xs = opsOf(opMaps[0], a.key, direction2);
    const ys = opsOf(opMaps[1], b.key, direction2);
    xs.forEach((x, i) => {
      const y = ys[i];
      if (y === void 0)
        return;
      const byPosition = (dir, mxs, mys) => mxs.flatMap((mx, j) => {
        const my = mys[j];
        return my === void 0 ? [] : [[dir, mx, my]];
      });
      const messages = [
        ...byPosition(direction2, x.messages, y.messages),
        ...byPosition(opposite(direction2), x.reply?.messages ?? [], y.reply?.messages ?? [])
      ];
      out.push({ x, y, direction: direction2, messages });
    });
  }
  return out;
}
const MAX_SAME_DEPTH = 64;
function sameApartFromSchemas(sides, a, b) {
  const node = (side, key) => ownValue(recordOf$4(ownValue(side.doc.root, "channels")), key);
  return same$1(sides[0].doc, sides[1].doc, node(sides[0], a.key), node(sides[1], b.key), 0);
}
function sameOperationsApartFromSchemas(sides, opMaps, a, b) {
  if (a.key !== b.key)
    return false;
  const node = (side, op) => ownValue(recordOf$4(ownValue(side.doc.root, "operations")), op.word);
  return DIRECTIONS.every((direction2) => {
    const xs = opsOf(opMaps[0], a.key, direction2);
    const ys = opsOf(opMaps[1], b.key, direction2);
    return xs.length === ys.length && xs.every((x, i) => {
      const y = ys[i];
      const single = (o) => o.messages.length <= 1 && (o.reply?.messages.length ?? 0) <= 1;
      return x.word === y.word && x.key === y.key && single(x) && single(y) && same$1(sides[0].doc, sides[1].doc, node(sides[0], x), node(sides[1], y), 0);
    });
  });
}
function same$1(oldDoc, newDoc, a, b, depth, seen2 = /* @__PURE__ */ new Map()) {
  if (a === b)
    return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null)
    return false;
  if (depth > MAX_SAME_DEPTH || Array.isArray(a) !== Array.isArray(b))
    return false;
  const oa = oldDoc.targets.has(a) ? oldDoc.origins.get(a) : void 0;
  const ob = newDoc.targets.has(b) ? newDoc.origins.get(b) : void 0;
  if (oa !== void 0 || ob !== void 0) {
    if (oa === void 0 || oa !== ob)
      return false;
    if (oa.startsWith("/components/schemas/"))
      return true;
    let visited = seen2.get(a);
    if (visited?.has(b))
      return true;
    if (visited === void 0)
      seen2.set(a, visited = /* @__PURE__ */ new Set());
    visited.add(b);
  }
  if (Array.isArray(a)) {
    const bb = b;
    if (a.length !== bb.length)
      return false;
    for (let i = 0; i < a.length; i++)
      if (!same$1(oldDoc, newDoc, a[i], bb[i], depth + 1, seen2))
        return false;
    return true;
  }
  const ra = a;
  const rb = b;
  let count2 = 0;
  for (const k in ra) {
    if (!Object.hasOwn(rb, k) || !same$1(oldDoc, newDoc, ra[k], rb[k], depth + 1, seen2))
      return false;
    count2++;
  }
  for (const _ in rb)
    count2--;
  return count2 === 0;
}
function withDefaultType(side, schema2, type) {
  if (schema2 === void 0)
    return type === void 0 ? {} : { type };
  if (type === void 0 || !isRecord(schema2) || ownValue(schema2, "type") !== void 0)
    return schema2;
  const out = { ...schema2, type };
  const origin2 = side.doc.origins.get(schema2);
  if (origin2 !== void 0)
    side.doc.origins.set(out, origin2);
  return out;
}
function rawChanges(oldSkeleton, newSkeleton) {
  const output = asyncApiDiff().diff(oldSkeleton.root, newSkeleton.root).getOutput();
  if (typeof output === "string")
    throw new Error("@asyncapi/diff returned text for JSON output");
  return output.changes.map((c) => ({ action: c.action, path: c.path }));
}
const MAX_DEPTH = 256;
const NOTHING_KNOWN = () => false;
function setAside(oldDoc, newDoc, shape) {
  const docs = [oldDoc, newDoc];
  const none = { docs: [oldDoc, newDoc], unchanged: NOTHING_KNOWN, refsResolve: false };
  if (!shape.applies(docs))
    return none;
  for (const path2 of shape.mustBeEqual)
    if (!dataEqual(valueAt(oldDoc, path2), valueAt(newDoc, path2)))
      return none;
  const graph = refGraph(oldDoc, newDoc, shape);
  if (graph.keepAll)
    return none;
  const unchanged = (pointer) => {
    const unit = graph.unitOfPointer(pointer);
    if (unit === null || !graph.both.has(unit))
      return false;
    if (!graph.dirty.has(unit))
      return true;
    if (graph.cleanParts.size === 0 || pointer.length === unit.length)
      return false;
    const cut2 = pointer.indexOf("/", unit.length + 1);
    return graph.cleanParts.has(cut2 < 0 ? pointer : pointer.slice(0, cut2));
  };
  const groups = shape.groups(docs);
  const clean2 = groups.filter((members) => members.every((m) => graph.units.has(m) && !graph.dirty.has(m)));
  const gone = goneGroups(graph, clean2, shape.prunable);
  const trimmed = trimmedParts(graph, shape, new Set(groups.flat()));
  const refsResolve = graph.refsResolve;
  if (gone.size === 0 && trimmed.size === 0)
    return { docs: [oldDoc, newDoc], unchanged, refsResolve };
  const refs = new Map(graph.refs);
  for (const [unit, keys] of trimmed)
    refs.set(unit, graph.targetsOf([graph.values[0].get(unit), graph.values[1].get(unit)], keys));
  for (const unit of unreachedComponents(graph, refs, gone))
    gone.add(unit);
  const cut = { gone, trimmed, prunable: shape.prunable };
  return { docs: [prune(oldDoc, cut), prune(newDoc, cut)], unchanged, refsResolve };
}
function trimmedParts(graph, shape, paired) {
  const out = /* @__PURE__ */ new Map();
  const parts = shape.parts;
  if (parts === void 0 || graph.cleanParts.size === 0)
    return out;
  for (const unit of graph.dirty) {
    if (!paired.has(unit))
      continue;
    const [x, y] = [graph.values[0].get(unit), graph.values[1].get(unit)];
    if (!isRecord(x) || !isRecord(y) || (graph.referrers.get(unit)?.size ?? 0) > 0)
      continue;
    const clean2 = (key) => graph.cleanParts.has(`${unit}/${escapeSegment(key)}`);
    if (!parts.shared.every((k) => clean2(k) || !Object.hasOwn(x, k) && !Object.hasOwn(y, k)))
      continue;
    const keys = new Set(Object.keys(x).filter((k) => parts.prunable.has(k) && clean2(k)));
    if (keys.size > 0)
      out.set(unit, keys);
  }
  return out;
}
const asyncApiShape = (major) => ({
  applies: (docs) => typeof docs[0].asyncapi === "string" && docs.every((d) => isRecord(d.channels)) && (major === 2 || docs.every((d) => d.operations === void 0 || isRecord(d.operations))),
  mustBeEqual: [["asyncapi"], ["defaultContentType"], ["servers"], ["components", "securitySchemes"]],
  entryMaps: /* @__PURE__ */ new Set(["channels", "operations", "servers"]),
  prunable: /* @__PURE__ */ new Set(["channels", "operations"]),
  groups: (docs) => [...channelGroups(docs, major)].map(([channel, ops]) => [
    `/channels/${escapeSegment(channel)}`,
    ...[...ops].map((o) => `/operations/${escapeSegment(o)}`)
  ])
});
const withoutUnchanged = (oldDoc, newDoc, major) => setAside(oldDoc, newDoc, asyncApiShape(major));
const valueAt = (doc, path2) => path2.reduce(childOf, doc);
function refGraph(oldDoc, newDoc, shape) {
  const { entryMaps, resolves: resolves2 } = shape;
  const [a, b] = [unitsOf(oldDoc, entryMaps), unitsOf(newDoc, entryMaps)];
  const unitLength = (first) => first === void 0 ? 0 : first === "components" ? 3 : entryMaps.has(first) ? 2 : 1;
  const units = /* @__PURE__ */ new Set([...a.keys(), ...b.keys()]);
  const dirty = /* @__PURE__ */ new Set();
  const refs = /* @__PURE__ */ new Map();
  const referrers = /* @__PURE__ */ new Map();
  const targets = /* @__PURE__ */ new Map();
  const targetOf = (ref) => {
    let target2 = targets.get(ref);
    if (target2 === void 0)
      targets.set(ref, target2 = unitOf(ref, unitLength));
    return target2;
  };
  const docs = [oldDoc, newDoc];
  const reached = [/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()];
  const reachesIn = (side, ref) => {
    if (resolves2 === void 0)
      return true;
    let yes = reached[side].get(ref);
    if (yes === void 0)
      reached[side].set(ref, yes = resolves2(docs[side], ref));
    return yes;
  };
  const reaches = (ref) => reachesIn(0, ref) && reachesIn(1, ref);
  let refsResolve = resolves2 !== void 0;
  const link = (unit, ref) => {
    const target2 = targetOf(ref);
    let out = refs.get(unit);
    if (out === void 0)
      refs.set(unit, out = /* @__PURE__ */ new Set());
    out.add(target2);
    let into = referrers.get(target2);
    if (into === void 0)
      referrers.set(target2, into = /* @__PURE__ */ new Set());
    into.add(unit);
  };
  let tooDeep2 = false;
  for (const unit of units) {
    const found = [];
    if (a.has(unit) && b.has(unit) && sameCollecting(a.get(unit), b.get(unit), found, 0)) {
      for (const ref of found)
        link(unit, ref);
      if (found.every(reaches))
        continue;
    }
    dirty.add(unit);
    for (const side of [0, 1]) {
      const own2 = side === 0 ? a : b;
      if (!own2.has(unit))
        continue;
      const found2 = refsIn$1(own2.get(unit));
      if (found2 === null)
        tooDeep2 = true;
      for (const ref of found2 ?? []) {
        link(unit, ref);
        if (refsResolve && !reachesIn(side, ref))
          refsResolve = false;
      }
    }
  }
  let wholeMaps = false;
  for (const target2 of referrers.keys()) {
    if (units.has(target2))
      continue;
    const segments = target2 === UNREADABLE ? null : parsePointer(target2);
    if (segments !== null && (segments.length === 0 || segments.length < unitLength(segments[0])))
      wholeMaps = true;
    const absent = segments !== null && segments.length === unitLength(segments[0]) && valueAt(oldDoc, segments) === void 0 && valueAt(newDoc, segments) === void 0;
    if (!absent)
      dirty.add(target2);
  }
  const queue = [...dirty];
  while (queue.length > 0)
    for (const unit of referrers.get(queue.pop()) ?? [])
      if (!dirty.has(unit)) {
        dirty.add(unit);
        queue.push(unit);
      }
  const both = new Set([...a.keys()].filter((u) => b.has(u)));
  const cleanParts = /* @__PURE__ */ new Set();
  const parts = shape.parts?.maps ?? /* @__PURE__ */ new Set();
  for (const unit of parts.size === 0 ? [] : dirty) {
    const [x, y] = [a.get(unit), b.get(unit)];
    if (!both.has(unit) || !isRecord(x) || !isRecord(y) || !parts.has(parsePointer(unit)?.[0] ?? ""))
      continue;
    for (const key in x) {
      const found = [];
      if (!Object.hasOwn(y, key) || !sameCollecting(x[key], y[key], found, 0))
        continue;
      if (found.every((ref) => reaches(ref) && !dirty.has(targetOf(ref))))
        cleanParts.add(`${unit}/${escapeSegment(key)}`);
    }
  }
  const unitOfPointer = (pointer) => {
    let cut = 0;
    for (let n = unitLength(pointer.slice(1).split("/", 1)[0]); n > 0; n--) {
      cut = pointer.indexOf("/", cut + 1);
      if (cut < 0)
        return n === 1 ? pointer : null;
    }
    return pointer.slice(0, cut);
  };
  const targetsOf2 = (values, without2) => {
    const out = /* @__PURE__ */ new Set();
    for (const value of values)
      if (isRecord(value)) {
        for (const key in value)
          if (!without2.has(key))
            for (const ref of refsIn$1(value[key]) ?? [])
              out.add(targetOf(ref));
      }
    return out;
  };
  return {
    units,
    refsResolve,
    values: [a, b],
    targetsOf: targetsOf2,
    both,
    unitOfPointer,
    cleanParts,
    dirty,
    refs,
    referrers,
    keepAll: wholeMaps || tooDeep2
  };
}
function unitsOf(doc, entryMaps) {
  const units = /* @__PURE__ */ new Map();
  const splits = (value) => isRecord(value) && !Object.hasOwn(value, "$ref");
  for (const key in doc) {
    const value = doc[key];
    const pointer = `/${escapeSegment(key)}`;
    if (!(entryMaps.has(key) || key === "components") || !splits(value)) {
      units.set(pointer, value);
      continue;
    }
    for (const name in value) {
      const entry = value[name];
      const at2 = `${pointer}/${escapeSegment(name)}`;
      if (key === "components" && splits(entry))
        for (const component in entry)
          units.set(`${at2}/${escapeSegment(component)}`, entry[component]);
      else
        units.set(at2, entry);
    }
  }
  return units;
}
function sameCollecting(a, b, refs, depth) {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null)
    return a === b || Number.isNaN(a) && Number.isNaN(b);
  if (depth > MAX_DEPTH || Array.isArray(a) !== Array.isArray(b))
    return false;
  if (Array.isArray(a)) {
    const bb = b;
    if (a.length !== bb.length)
      return false;
    for (let i = 0; i < a.length; i++)
      if (!sameCollecting(a[i], bb[i], refs, depth + 1))
        return false;
    return true;
  }
  const ra = a;
  const rb = b;
  let count2 = 0;
  for (const key in ra) {
    const item = ra[key];
    if (!Object.hasOwn(rb, key) || !sameCollecting(item, rb[key], refs, depth + 1))
      return false;
    if (key === "$ref" && typeof item === "string" && item.startsWith("#"))
      refs.push(item);
    count2++;
  }
  for (const _ in rb)
    count2--;
  return count2 === 0;
}
function refsIn$1(value) {
  const out = [];
  const stack = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop();
    if (typeof node !== "object" || node === null)
      continue;
    if (depth > MAX_DEPTH)
      return null;
    if (Array.isArray(node)) {
      for (const item of node)
        if (typeof item === "object" && item !== null)
          stack.push([item, depth + 1]);
      continue;
    }
    const rec = node;
    for (const key in rec) {
      const item = rec[key];
      if (key === "$ref" && typeof item === "string" && item.startsWith("#"))
        out.push(item);
      else if (typeof item === "object" && item !== null)
        stack.push([item, depth + 1]);
    }
  }
  return out;
}
const UNREADABLE = "\0unreadable";
function refSegments(ref) {
  if (!ref.startsWith("#"))
    return null;
  try {
    return parsePointer(decodeURIComponent(ref.slice(1)));
  } catch {
    return null;
  }
}
function unitOf(ref, unitLength) {
  const segments = refSegments(ref);
  if (segments === null)
    return UNREADABLE;
  let key = "";
  for (const seg of segments.slice(0, unitLength(segments[0])))
    key += `/${escapeSegment(seg)}`;
  return key;
}
function goneGroups(graph, candidates2, prunable) {
  const gone = new Set(candidates2.flat());
  const inPrunableMap = (unit) => prunable.has(parsePointer(unit)?.[0] ?? "");
  const staysOutside = (members, unit) => !members.includes(unit) && !gone.has(unit);
  const held = (members) => members.some((m) => [...graph.referrers.get(m) ?? []].some((from) => staysOutside(members, from)) || [...graph.refs.get(m) ?? []].some((t) => staysOutside(members, t) && graph.units.has(t) && inPrunableMap(t)));
  for (let changed = true; changed; ) {
    changed = false;
    for (const members of candidates2)
      if (gone.has(members[0]) && held(members)) {
        for (const m of members)
          gone.delete(m);
        changed = true;
      }
  }
  return gone;
}
function unreachedComponents(graph, refs, gone) {
  const candidate = (unit) => {
    const from = "/components/".length;
    const cut = unit.startsWith("/components/") ? unit.indexOf("/", from) : -1;
    if (cut < 0 || graph.dirty.has(unit))
      return false;
    const section = unit.slice(from, cut);
    return section !== "securitySchemes" && !section.startsWith("x-");
  };
  const reached = /* @__PURE__ */ new Set();
  const queue = [...graph.units].filter((u) => !gone.has(u) && !candidate(u));
  while (queue.length > 0)
    for (const target2 of refs.get(queue.pop()) ?? [])
      if (!reached.has(target2)) {
        reached.add(target2);
        queue.push(target2);
      }
  return [...graph.units].filter((u) => candidate(u) && !reached.has(u));
}
function prune(doc, cut) {
  const out = {};
  for (const key in doc) {
    const value = doc[key];
    const pointer = `/${escapeSegment(key)}`;
    if (cut.prunable.has(key))
      setOwn(out, key, without(value, pointer, cut));
    else if (key === "components" && isRecord(value)) {
      const sections = {};
      for (const section in value)
        setOwn(sections, section, without(value[section], `${pointer}/${escapeSegment(section)}`, cut));
      setOwn(out, key, sections);
    } else
      setOwn(out, key, value);
  }
  return out;
}
function without(map, pointer, cut) {
  if (!isRecord(map))
    return map;
  const out = {};
  for (const key in map) {
    const unit = `${pointer}/${escapeSegment(key)}`;
    if (cut.gone.has(unit))
      continue;
    const parts = cut.trimmed.get(unit);
    const value = map[key];
    if (parts === void 0 || !isRecord(value))
      setOwn(out, key, value);
    else {
      const kept = {};
      for (const k in value)
        if (!parts.has(k))
          setOwn(kept, k, value[k]);
      setOwn(out, key, kept);
    }
  }
  return out;
}
function channelGroups(docs, major) {
  const groups = /* @__PURE__ */ new Map();
  for (const doc of docs)
    for (const key in doc.channels)
      groups.set(key, /* @__PURE__ */ new Set());
  if (major === 2)
    return groups;
  for (const doc of docs) {
    const channels = doc.channels;
    const byAddress = /* @__PURE__ */ new Map();
    for (const key in channels) {
      const channel = channels[key];
      if (!isRecord(channel) || Object.hasOwn(channel, "$ref")) {
        groups.delete(key);
        continue;
      }
      const address = ownValue(channel, "address");
      const shown2 = typeof address === "string" ? address : key;
      const other = byAddress.get(shown2);
      if (other === void 0)
        byAddress.set(shown2, key);
      else
        for (const k of [other, key])
          groups.delete(k);
    }
  }
  for (const doc of docs) {
    const operations = isRecord(doc.operations) ? doc.operations : {};
    for (const key in operations) {
      const channel = childOf(operations[key], "channel");
      const ref = childOf(channel, "$ref");
      const segments = typeof ref === "string" ? refSegments(ref) : null;
      if (segments?.length === 2 && segments[0] === "channels")
        groups.get(segments[1])?.add(key);
    }
  }
  return groups;
}
function jsonLineFinder(text2) {
  const ends = /* @__PURE__ */ new Map();
  const closingOf = (open) => {
    let end = ends.get(open);
    if (end === void 0)
      ends.set(open, end = closingBracket(text2, open));
    return end;
  };
  const newlines = [];
  let listed = 0;
  const lineOf = (offset) => {
    for (let i = text2.indexOf("\n", listed); i !== -1 && listed <= offset; i = text2.indexOf("\n", i + 1)) {
      newlines.push(i);
      listed = i + 1;
    }
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (newlines[mid] < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
    return lo + 1;
  };
  const skipSpace = (i) => {
    while (i < text2.length && (text2[i] === " " || text2[i] === "\n" || text2[i] === "\r" || text2[i] === "	"))
      i++;
    return i;
  };
  const valueEnd = (i) => {
    const c = text2[i];
    if (c === "{" || c === "[")
      return closingOf(i) + 1;
    if (c === '"')
      return stringEnd(text2, i);
    while (i < text2.length && !",]} \n\r	".includes(text2[i]))
      i++;
    return i;
  };
  const firstItem = (open) => skipSpace(open + 1);
  const nextItem = (end) => {
    const i = skipSpace(end);
    return text2[i] === "," ? skipSpace(i + 1) : -1;
  };
  const entry = (open, seg) => {
    for (let i = firstItem(open); i !== -1 && text2[i] === '"'; ) {
      const keyEnd = stringEnd(text2, i);
      const value = skipSpace(skipSpace(keyEnd) + 1);
      if (keyText(text2, i, keyEnd) === seg)
        return { key: i, value };
      i = nextItem(valueEnd(value));
    }
    return null;
  };
  const item = (open, seg) => {
    if (!/^(0|[1-9][0-9]*)$/.test(seg))
      return null;
    let i = firstItem(open);
    if (text2[i] === "]")
      return null;
    for (let n = Number(seg); n > 0 && i !== -1; n--)
      i = nextItem(valueEnd(i));
    return i === -1 ? null : i;
  };
  const found = /* @__PURE__ */ new Map();
  const step = (node, seg) => {
    if (text2[node] === "{") {
      const e = entry(node, seg);
      return e === null ? null : { at: e.key, node: e.value };
    }
    if (text2[node] !== "[")
      return null;
    const i = item(node, seg);
    return i === null ? null : { at: i, node: i };
  };
  return (segs) => {
    let node = skipSpace(text2.charCodeAt(0) === 65279 ? 1 : 0);
    let at2 = node;
    let prefix = "";
    for (const seg of segs) {
      prefix += `\0${seg}`;
      let next = found.get(prefix);
      if (next === void 0)
        found.set(prefix, next = step(node, seg));
      if (next === null)
        break;
      ({ at: at2, node } = next);
    }
    return lineOf(at2);
  };
}
function stringEnd(text2, i) {
  for (let j = text2.indexOf('"', i + 1); j !== -1; j = text2.indexOf('"', j + 1)) {
    let backslashes = 0;
    while (text2[j - 1 - backslashes] === "\\")
      backslashes++;
    if (backslashes % 2 === 0)
      return j + 1;
  }
  return text2.length;
}
const keyText = (text2, from, to) => {
  const raw = text2.slice(from, to);
  return raw.includes("\\") ? JSON.parse(raw) : raw.slice(1, -1);
};
function closingBracket(text2, open) {
  let depth = 0;
  for (let i = open; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c === 34)
      i = stringEnd(text2, i) - 1;
    else if (c === 123 || c === 91)
      depth++;
    else if ((c === 125 || c === 93) && --depth === 0)
      return i;
  }
  return text2.length;
}
function locatorForGenerated(spec, resources) {
  const byFile = new Map(resources.map((r) => [r.file, r]));
  const find = (pointer) => {
    const segs = parsePointer(pointer);
    if (segs === null)
      return null;
    for (let n = segs.length; n >= 0; n--) {
      const prefix = toPointer(segs.slice(0, n));
      const origin2 = spec.origins.get(prefix);
      if (origin2 === void 0)
        continue;
      const resource = byFile.get(origin2.file);
      if (resource === void 0)
        return null;
      const position = resource.locate(extendPath(resource.data, origin2.path, segs.slice(n)));
      return { file: position.file, line: position.line };
    }
    return null;
  };
  return (pointer) => find(pointer) ?? nearestChannel(pointer, find);
}
function nearestChannel(pointer, find) {
  const segs = parsePointer(pointer);
  if (segs?.[0] !== "channels" || segs[1] === void 0)
    return null;
  for (let address = segs[1]; address.includes("/"); ) {
    address = address.slice(0, address.lastIndexOf("/"));
    const found = address === "" ? null : find(toPointer(["channels", address]));
    if (found)
      return found;
  }
  return null;
}
function extendPath(data, base, rest) {
  let node = data;
  for (const seg of base)
    node = childOf(node, seg);
  const out = [...base];
  for (const seg of rest) {
    const index = Array.isArray(node) && isArrayIndex(seg) ? Number(seg) : null;
    out.push(index ?? seg);
    node = childOf(node, index ?? seg);
  }
  return out;
}
function locatorForText(written, file, options = {}) {
  const repair = firestoneRepair(written);
  const text2 = repair === null ? written : repair.text;
  const asWritten = (line) => repair !== null && line > repair.line ? line - 1 : line;
  let parsed;
  const load = () => {
    if (parsed !== void 0)
      return parsed;
    try {
      const lines = new (yaml()).LineCounter();
      const doc = yaml().parseDocument(text2, { lineCounter: lines, keepSourceTokens: false, uniqueKeys: false });
      parsed = doc.errors.length > 0 ? null : { doc, lines };
    } catch {
      parsed = null;
    }
    return parsed;
  };
  const knownJson = options.json === true && repair === null;
  const flow = /^\s*[{[]/.test(text2.replace(/^(?:\s*#.*\n)*/, ""));
  let fast;
  const finder = () => fast !== void 0 ? fast : fast = !flow ? blockYamlLineFinder(text2) : knownJson || isJson(text2) ? jsonLineFinder(text2) : null;
  return (pointer) => {
    const segs = parsePointer(pointer);
    const find = segs === null ? null : finder();
    const line = segs === null || find === null ? null : find(segs);
    if (line !== null)
      return { file, line: asWritten(line) };
    const source = segs === null ? null : load();
    if (source === null || segs === null)
      return null;
    const offset = offsetOf(source.doc, segs);
    return offset === null ? null : { file, line: asWritten(source.lines.linePos(offset).line) };
  };
}
function isJson(text2) {
  try {
    JSON.parse(text2);
    return true;
  } catch {
    return false;
  }
}
function offsetOf(doc, segs) {
  let node = doc.contents;
  let offset = rangeStart(node);
  for (const seg of segs) {
    if (yaml().isMap(node)) {
      const pair = node.items.find((p) => (yaml().isScalar(p.key) ? String(p.key.value) : String(p.key)) === seg);
      if (pair === void 0)
        break;
      offset = rangeStart(pair.key) ?? rangeStart(pair.value) ?? offset;
      node = pair.value;
    } else if (yaml().isSeq(node)) {
      const item = isArrayIndex(seg) ? node.items[Number(seg)] : void 0;
      if (item === void 0)
        break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      break;
    }
    if (yaml().isAlias(node))
      break;
  }
  return offset ?? null;
}
function rangeStart(node) {
  if (typeof node === "object" && node !== null && "range" in node) {
    const range = node.range;
    return range ? range[0] : void 0;
  }
  return void 0;
}
function compareSpecs(oldDoc, newDoc, options = {}) {
  const oldMajor = majorVersion(oldDoc, options.files?.old);
  const newMajor = majorVersion(newDoc, options.files?.new);
  if (oldMajor !== newMajor)
    return namingFiles(() => compareModels$1(oldDoc, newDoc, oldMajor, newMajor, options, () => false), options);
  const { docs, unchanged } = withoutUnchanged(oldDoc, newDoc, oldMajor);
  return namingFiles(() => compareModels$1(docs[0], docs[1], oldMajor, newMajor, options, unchanged), options);
}
function namingFiles(compare2, options) {
  try {
    return compare2();
  } catch (e) {
    if (!(e instanceof ExpansionError) || e.side === null || options.files?.[e.side] === void 0)
      throw e;
    throw new ExpansionError(e.side, options.files[e.side]);
  }
}
function compareModels$1(oldDoc, newDoc, oldMajor, newMajor, options, unchanged) {
  const cross = oldMajor !== newMajor;
  const oldNorm = normalizeDocument(oldDoc);
  const newNorm = normalizeDocument(newDoc);
  const perspective = options.perspective ?? "application";
  const oldModel = buildModel(oldNorm, oldMajor, cross, perspective);
  const newModel = buildModel(newNorm, newMajor, cross, perspective);
  const split = splitModels(oldModel, newModel);
  const differ = new SchemaDiffer(oldNorm, newNorm, { unchanged });
  const schema2 = schemaFindings(split.slots, differ, perspective);
  const findings = [
    ...versionFindings(oldNorm, newNorm),
    ...documentFindings(split, rawChanges(split.old, split.new)),
    ...schema2.findings,
    // Before components: what these find is claimed, so components do not list it again.
    ...unusedMessageFindings(oldModel, newModel, differ, schema2.claimed),
    ...componentFindings(oldModel, newModel, differ, schema2.claimed)
  ];
  return toChanges(findings, options);
}
const asyncapiKind = {
  kind: "asyncapi",
  generate: (resources, info, target2, warn) => generateAsyncApi(resources, info, { asyncapi: target2.asyncapi, warn }),
  checkVersion: (doc, file) => void majorVersion(doc, file),
  compare: compareSpecs,
  emptyLike(doc) {
    const empty = {
      asyncapi: doc.asyncapi,
      defaultContentType: doc.defaultContentType,
      info: doc.info,
      servers: {},
      components: { schemas: {} },
      channels: {}
    };
    if (Object.hasOwn(doc, "operations"))
      empty.operations = {};
    return empty;
  },
  ruleIds: RULE_IDS,
  describeRule,
  retiredRules: RETIRED_RULES,
  vocabulary: VOCABULARY.asyncapi
};
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const recordOf$3 = (v) => isRecord(v) ? v : {};
const SUPPORTED = /^3\.[01]\.\d+(-[0-9A-Za-z.-]+)?$/;
function openApiVersion(doc, file) {
  const refuse = (message2) => {
    throw new InputError({ ...file === void 0 ? {} : { file }, message: message2 });
  };
  const swagger = ownValue(doc, "swagger");
  if (swagger !== void 0)
    refuse(`this is a Swagger ${String(swagger)} document: convert it to OpenAPI 3 first (only 3.0.x and 3.1.x are compared)`);
  const openapi = ownValue(doc, "openapi");
  if (openapi === void 0) {
    const asyncapi = ownValue(doc, "asyncapi");
    refuse(asyncapi !== void 0 ? `this is an AsyncAPI ${String(asyncapi)} document, not an OpenAPI one: both documents of a comparison must be of the same kind` : "no `openapi` version field: this is not an OpenAPI 3 document");
  }
  if (typeof openapi !== "string" || !SUPPORTED.test(openapi))
    refuse(`OpenAPI version ${JSON.stringify(openapi)} is not supported (3.0.x and 3.1.x are)`);
  return openapi;
}
const templateKey = (path2) => path2.replace(/\{[^}]*\}/g, "{}");
const templateNames$1 = (path2) => [...path2.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
function buildOpenApiModel(doc, version) {
  const root = doc.root;
  const paths = /* @__PURE__ */ new Map();
  const operations = /* @__PURE__ */ new Map();
  const defaultSecurity = ownValue(root, "security");
  const pathsNode = recordOf$3(ownValue(root, "paths"));
  const shapes = /* @__PURE__ */ new Map();
  for (const path2 of Object.keys(pathsNode))
    shapes.set(templateKey(path2), (shapes.get(templateKey(path2)) ?? 0) + 1);
  const pathKey = (path2) => (shapes.get(templateKey(path2)) ?? 0) > 1 ? path2 : templateKey(path2);
  const readPathItem = (scope, path2, item, pointer, reversed) => {
    const pathParams = ownValue(item, "parameters");
    for (const method of METHODS) {
      const node = ownValue(item, method);
      if (!isRecord(node))
        continue;
      const opPointer = childPointer(pointer, method);
      const op = readOperation(doc, {
        key: `${scope}${scope === "" ? pathKey(path2) : path2} ${method}`,
        path: path2,
        method,
        node,
        pointer: opPointer,
        reversed,
        pathParams: { list: pathParams, pointer: childPointer(pointer, "parameters") },
        defaultSecurity
      });
      operations.set(op.key, op);
      for (const [name, expressions] of op.callbacks)
        for (const [expression, at2] of expressions) {
          const cb = recordOf$3(ownValue(recordOf$3(ownValue(recordOf$3(ownValue(node, "callbacks")), name)), expression));
          readPathItem(`${op.key} callback ${name} `, expression, cb, at2, !reversed);
        }
    }
  };
  for (const path2 of Object.keys(pathsNode)) {
    if (path2.startsWith("x-"))
      continue;
    const pointer = childPointer("/paths", path2);
    const item = recordOf$3(pathsNode[path2]);
    const key = pathKey(path2);
    paths.set(key, { key, path: path2, node: item, pointer, webhook: false });
    readPathItem("", path2, item, pointer, false);
  }
  const webhooks = recordOf$3(ownValue(root, "webhooks"));
  for (const name of Object.keys(webhooks)) {
    const pointer = childPointer("/webhooks", name);
    const item = recordOf$3(webhooks[name]);
    const key = `webhook:${name}`;
    paths.set(key, { key, path: name, node: item, pointer, webhook: true });
    readPathItem("webhook:", name, item, pointer, true);
  }
  return { doc, version, paths, operations };
}
function readOperation(doc, input) {
  const { node, pointer, path: path2 } = input;
  const parameters = /* @__PURE__ */ new Map();
  const names = templateNames$1(path2);
  const addParams = (list3, at2) => {
    if (!Array.isArray(list3))
      return;
    list3.forEach((p, i) => {
      const param = readParameter(p, childPointer(at2, i), names);
      if (param !== null)
        parameters.set(param.key, param);
    });
  };
  addParams(input.pathParams.list, input.pathParams.pointer);
  addParams(ownValue(node, "parameters"), childPointer(pointer, "parameters"));
  const body = ownValue(node, "requestBody");
  const bodyPointer = childPointer(pointer, "requestBody");
  const requestBody = isRecord(body) ? {
    node: body,
    pointer: bodyPointer,
    required: ownValue(body, "required") === true,
    content: readContent(ownValue(body, "content"), childPointer(bodyPointer, "content"))
  } : null;
  const responses = /* @__PURE__ */ new Map();
  const responsesNode = recordOf$3(ownValue(node, "responses"));
  for (const status of Object.keys(responsesNode)) {
    if (status.startsWith("x-"))
      continue;
    const r = recordOf$3(responsesNode[status]);
    const at2 = childPointer(childPointer(pointer, "responses"), status);
    const headers = /* @__PURE__ */ new Map();
    const headersNode = recordOf$3(ownValue(r, "headers"));
    for (const name of Object.keys(headersNode)) {
      const h = recordOf$3(headersNode[name]);
      const hp = childPointer(childPointer(at2, "headers"), name);
      headers.set(name.toLowerCase(), { name, node: h, pointer: hp, schema: schemaOf(h, hp, "header").schema });
    }
    responses.set(status.toUpperCase(), {
      status,
      node: r,
      pointer: at2,
      headers,
      content: readContent(ownValue(r, "content"), childPointer(at2, "content"))
    });
  }
  const callbacks = /* @__PURE__ */ new Map();
  const callbacksNode = recordOf$3(ownValue(node, "callbacks"));
  for (const name of Object.keys(callbacksNode)) {
    if (name.startsWith("x-"))
      continue;
    const expressions = /* @__PURE__ */ new Map();
    const cb = recordOf$3(callbacksNode[name]);
    const at2 = childPointer(childPointer(pointer, "callbacks"), name);
    for (const expression of Object.keys(cb))
      if (!expression.startsWith("x-"))
        expressions.set(expression, childPointer(at2, expression));
    callbacks.set(name, expressions);
  }
  const own2 = Object.hasOwn(node, "security") || Array.isArray(childOf(rawNode(doc.source, pointer), "security"));
  const list2 = own2 ? ownValue(node, "security") ?? [] : input.defaultSecurity;
  const requirements = Array.isArray(list2) && list2.length > 0 ? list2.map(recordOf$3) : null;
  const operationId2 = ownValue(node, "operationId");
  return {
    key: input.key,
    path: path2,
    method: input.method,
    node,
    pointer,
    operationId: typeof operationId2 === "string" ? operationId2 : null,
    reversed: input.reversed,
    parameters,
    requestBody,
    responses,
    security: { requirements, pointer: own2 ? childPointer(pointer, "security") : "/security" },
    callbacks
  };
}
function readParameter(p, pointer, names) {
  if (!isRecord(p))
    return null;
  const name = ownValue(p, "name");
  const where = ownValue(p, "in");
  if (typeof name !== "string" || typeof where !== "string")
    return null;
  let key;
  if (where === "path") {
    const index = names.indexOf(name);
    key = index < 0 ? `path:${name}` : `path:#${index}`;
  } else
    key = `${where}:${where === "header" ? name.toLowerCase() : name}`;
  const { schema: schema2, mediaType } = schemaOf(p, pointer, "parameter");
  return { key, name, in: where, node: p, pointer, schema: schema2, mediaType };
}
function schemaOf(node, pointer, what2) {
  if (Object.hasOwn(node, "schema"))
    return { schema: { schema: node.schema, pointer: childPointer(pointer, "schema") }, mediaType: null };
  const content = recordOf$3(ownValue(node, "content"));
  const types = Object.keys(content);
  if (types.length > 1)
    throw new InputError({
      pointer: childPointer(pointer, "content"),
      message: `the ${what2}'s content has ${types.length} media types (${types.join(", ")}); the OpenAPI specification allows exactly one`
    });
  const [type] = types;
  if (type === void 0)
    return { schema: null, mediaType: null };
  const at2 = childPointer(childPointer(pointer, "content"), type);
  const media = recordOf$3(content[type]);
  return {
    schema: Object.hasOwn(media, "schema") ? { schema: media.schema, pointer: childPointer(at2, "schema") } : null,
    mediaType: type
  };
}
function readContent(content, pointer) {
  const out = /* @__PURE__ */ new Map();
  const node = recordOf$3(content);
  for (const type of Object.keys(node)) {
    const media = recordOf$3(node[type]);
    const at2 = childPointer(pointer, type);
    out.set(type.toLowerCase().replace(/\s+/g, ""), {
      type,
      node: media,
      pointer: at2,
      schema: Object.hasOwn(media, "schema") ? { schema: media.schema, pointer: childPointer(at2, "schema") } : null
    });
  }
  return out;
}
function rawNode(source, pointer) {
  const follow = (node2, hops) => {
    if (!isRecord(node2) || typeof node2.$ref !== "string" || !node2.$ref.startsWith("#") || hops > 16)
      return node2;
    let fragment;
    try {
      fragment = decodeURIComponent(node2.$ref.slice(1));
    } catch {
      return node2;
    }
    let target2 = source;
    for (const seg of parsePointer(fragment) ?? [])
      target2 = childOf(target2, seg);
    return follow(target2, hops + 1);
  };
  let node = source;
  for (const seg of parsePointer(pointer) ?? [])
    node = follow(childOf(follow(node, 0), seg), 0);
  return node;
}
function danglingRef(doc, tolerated = () => false) {
  const seen2 = /* @__PURE__ */ new Set();
  const dangling = /* @__PURE__ */ new Map();
  const path2 = [];
  const visit = (node) => {
    if (typeof node !== "object" || node === null || seen2.has(node))
      return null;
    seen2.add(node);
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        path2.push(String(i));
        const found = visit(node[i]);
        path2.pop();
        if (found !== null)
          return found;
      }
      return null;
    }
    const ref = node.$ref;
    if (typeof ref === "string" && ref.startsWith("#")) {
      let bad = dangling.get(ref);
      if (bad === void 0) {
        bad = !tolerated(ref) && !resolves(doc, ref);
        dangling.set(ref, bad);
      }
      if (bad)
        return { pointer: toPointer([...path2, "$ref"]), ref };
    }
    for (const k in node) {
      if (!Object.hasOwn(node, k))
        continue;
      path2.push(k);
      const found = visit(node[k]);
      path2.pop();
      if (found !== null)
        return found;
    }
    return null;
  };
  return visit(doc);
}
function resolves(doc, ref, hops = 0) {
  return target(doc, ref, hops) !== void 0;
}
function target(doc, ref, hops) {
  if (hops > 16)
    return null;
  let fragment;
  try {
    fragment = decodeURIComponent(ref.slice(1));
  } catch {
    return void 0;
  }
  const segments = parsePointer(fragment);
  if (segments === null)
    return void 0;
  let node = doc;
  for (const seg of segments) {
    const via = isRecord(node) && typeof node.$ref === "string" && node.$ref.startsWith("#") ? node.$ref : null;
    if (via !== null)
      node = target(doc, via, hops + 1);
    node = childOf(node, seg);
    if (node === void 0)
      return void 0;
  }
  return node;
}
const recordOf$2 = (v) => isRecord(v) ? v : {};
const quote$1 = (s) => `'${s}'`;
const union$1 = (a, b) => [.../* @__PURE__ */ new Set([...a, ...b])];
function withDefaults(url, server) {
  const variables = recordOf$2(ownValue(server, "variables"));
  return url.replace(/\{([^}]+)\}/g, (whole, name) => {
    const value = ownValue(recordOf$2(ownValue(variables, name)), "default");
    return typeof value === "string" ? value : whole;
  });
}
const opLabel = (op) => op.key.startsWith("webhook:") ? `${op.method.toUpperCase()} of webhook ${quote$1(op.path)}` : op.key.includes(" callback ") ? `${op.method.toUpperCase()} ${quote$1(op.path)} (a callback)` : `${op.method.toUpperCase()} ${quote$1(op.path)}`;
const directionOf = (op, sends) => sends !== op.reversed ? "client-sends" : "client-receives";
function location(op, extra = {}) {
  return {
    path: op.path,
    method: op.method,
    operation: op.operationId,
    direction: null,
    in: null,
    status: null,
    mediaType: null,
    ...extra
  };
}
const usage = (l) => ({ direction: ruleDirection(l.direction), location: l });
class Detector {
  a;
  b;
  known;
  findings = [];
  slots = [];
  constructor(a, b, known2) {
    this.a = a;
    this.b = b;
    this.known = known2;
  }
  docOf(side) {
    return side === "old" ? this.a.doc : this.b.doc;
  }
  shown(side, value, pointer) {
    return value === void 0 ? void 0 : displayValue(this.docOf(side), value, pointer);
  }
  /** One finding; `pointer` is in the new document (the old one when `side` is old). */
  emit(rule, f) {
    const before = this.shown("old", f.before, f.oldPointer ?? f.pointer);
    const after = this.shown("new", f.after, f.pointer);
    this.findings.push({
      rules: [rule],
      path: f.pointer,
      identity: f.identity,
      side: f.side,
      usages: f.usages ?? [],
      before,
      after,
      vars: { path: f.pointer, before: formatValue(before), after: formatValue(after), ...f.vars ?? {} },
      ...f.lifecycle === void 0 ? {} : { lifecycle: f.lifecycle }
    });
  }
  /**
   * The fields of one element not compared elsewhere: each changed key is judged by `rules`
   * (its rule, or a lifecycle key), `x-*` are extensions, anything else matches no rule.
   */
  fields(x, y, at2, identity, skip, rules, context) {
    for (const key of union$1(Object.keys(x), Object.keys(y))) {
      if (skip.has(key))
        continue;
      const before = ownValue(x, key);
      const after = ownValue(y, key);
      if (before === after || dataEqual(before, after))
        continue;
      const rule = Object.hasOwn(rules, key) ? rules[key] : key.startsWith("x-") ? "extension.changed" : "unclassified";
      this.keyword(rule, key, before, after, at2, identity, context);
    }
  }
  /** One changed key of an element, at the element's place on the side that has it. */
  keyword(rule, key, before, after, at2, identity, context) {
    const side = after === void 0 ? "old" : "new";
    this.emit(rule, {
      pointer: childPointer(side === "old" ? at2.old : at2.new, key),
      oldPointer: childPointer(at2.old, key),
      side,
      identity: `${identity}|${key}`,
      usages: context.usages,
      before,
      after,
      vars: { ...context.vars, keyword: key }
    });
  }
  /**
   * `deprecated` and `x-sunset` of an element: marking is `mark`, moving the date earlier or
   * deleting it while the element stays deprecated is breaking, a value that is no date is said
   * (`unreadable`), the rest is documentation.
   */
  lifecycle(x, y, at2, identity, rules, context) {
    const emit = (rule, key) => this.keyword(rule, key, ownValue(x, key), ownValue(y, key), at2, identity, context);
    const d0 = ownValue(x, "deprecated");
    const d1 = ownValue(y, "deprecated");
    if (!dataEqual(d0, d1))
      emit(d1 === true ? rules.mark : rules.doc, "deprecated");
    const s0 = ownValue(x, "x-sunset");
    const s1 = ownValue(y, "x-sunset");
    if (dataEqual(s0, s1))
      return;
    const change = sunsetChange(s0, s1, d1 === true);
    emit(change === "extension" ? "extension.changed" : rules[change], "x-sunset");
  }
  slot(family, direction2, l, x, y) {
    this.slots.push({
      family,
      direction: direction2,
      location: { ...l, direction: direction2 },
      old: x.schema,
      new: y.schema,
      oldPointer: x.pointer,
      newPointer: y.pointer
    });
  }
  // -------------------------------------------------------------------------------------------
  // Paths, webhooks and operations
  paths() {
    for (const key of union$1(this.a.paths.keys(), this.b.paths.keys())) {
      const x = this.a.paths.get(key);
      const y = this.b.paths.get(key);
      if (x === void 0 || y === void 0) {
        const el = y ?? x;
        const added = y !== void 0;
        const rule = el.webhook ? added ? "webhook.added" : "webhook.removed" : added ? "path.added" : "path.removed";
        this.emit(rule, {
          pointer: el.pointer,
          side: added ? "new" : "old",
          identity: key,
          vars: { path: quote$1(el.path) },
          ...added ? {} : pathLifecycle(el.node)
        });
        continue;
      }
      const at2 = { old: x.pointer, new: y.pointer };
      const vars = { path: quote$1(y.path) };
      const skip = /* @__PURE__ */ new Set(["parameters", "get", "put", "post", "delete", "options", "head", "patch", "trace"]);
      this.fields(x.node, y.node, at2, key, skip, { summary: "path.description.changed", description: "path.description.changed" }, { usages: [], vars });
      this.servers(ownValue(x.node, "servers"), ownValue(y.node, "servers"), at2, `${key}|servers`, `path ${quote$1(y.path)}`);
    }
    this.operations();
  }
  operations() {
    for (const key of union$1(this.a.operations.keys(), this.b.operations.keys())) {
      const x = this.a.operations.get(key);
      const y = this.b.operations.get(key);
      if (x !== void 0 && y !== void 0) {
        this.operation(x, y);
        continue;
      }
      const el = y ?? x;
      const side = y !== void 0 ? "new" : "old";
      const other = side === "new" ? this.a : this.b;
      const pathKey = el.key.startsWith("webhook:") ? el.key.slice(0, el.key.lastIndexOf(" ")) : null;
      const container = el.key.includes(" callback ") ? el.key.slice(0, el.key.indexOf(" callback ")) : pathKey ?? el.key.slice(0, el.key.lastIndexOf(" "));
      if (el.key.includes(" callback ")) {
        const parent = other.operations.get(container);
        const [name, expression] = callbackOf(el.key);
        if (parent === void 0 || parent.callbacks.get(name)?.has(expression) !== true)
          continue;
      } else if (!other.paths.has(container))
        continue;
      this.emit(side === "new" ? "operation.endpoint.added" : "operation.endpoint.removed", {
        pointer: el.pointer,
        side,
        identity: key,
        usages: [usage(location(el))],
        vars: { operation: opLabel(el) },
        ...side === "old" ? lifecycleOrNot(el.node) : {}
      });
    }
  }
  /** Equality that walks each pair of shared components once however many operations reach it. */
  same = memoizedEqual();
  /**
   * The same operation as data (everything it reaches through `$ref`s included, and its
   * parameters with the path item's merged in) has nothing to report but what it inherits from
   * the document (its security): a regenerated spec differs from its baseline in a few operations.
   */
  unchanged(x, y) {
    if (x.path !== y.path || x.parameters.size !== y.parameters.size)
      return false;
    const known2 = (p, q) => q !== void 0 && p.pointer === q.pointer && this.known(p.pointer);
    if (known2(x, y) && [...x.parameters].every(([key, p]) => known2(p, y.parameters.get(key))))
      return true;
    if (!this.same(x.node, y.node))
      return false;
    for (const [key, p] of x.parameters) {
      const q = y.parameters.get(key);
      if (q === void 0 || !this.same(p.node, q.node))
        return false;
    }
    return true;
  }
  operation(x, y) {
    if (this.unchanged(x, y)) {
      this.security(x, y);
      return;
    }
    const at2 = { old: x.pointer, new: y.pointer };
    const here = location(y);
    const context = { usages: [usage(here)], vars: { operation: opLabel(y) } };
    const skip = /* @__PURE__ */ new Set([
      "parameters",
      "requestBody",
      "responses",
      "callbacks",
      "security",
      "servers",
      "deprecated",
      "x-sunset",
      "x-stability-level",
      "operationId"
    ]);
    this.fields(x.node, y.node, at2, y.key, skip, {
      tags: "operation.tags.changed",
      summary: "operation.description.changed",
      description: "operation.description.changed",
      externalDocs: "operation.description.changed"
    }, { ...context, vars: { ...context.vars, operation: y.method.toUpperCase(), channel: quote$1(y.path) } });
    if (x.operationId !== y.operationId) {
      const side = y.operationId === null ? "old" : "new";
      this.emit(x.operationId === null ? "operation.id.added" : "operation.id.changed", {
        pointer: childPointer(side === "old" ? x.pointer : y.pointer, "operationId"),
        oldPointer: childPointer(x.pointer, "operationId"),
        side,
        identity: `${y.key}|operationId`,
        usages: context.usages,
        before: x.operationId ?? void 0,
        after: y.operationId ?? void 0,
        vars: { operation: x.operationId === null ? opLabel(y) : y.method.toUpperCase(), channel: quote$1(y.path) }
      });
    }
    this.lifecycle(x.node, y.node, at2, y.key, {
      mark: "operation.deprecated",
      earlier: "operation.sunset.moved-earlier",
      dropped: "operation.sunset.dropped",
      unreadable: "operation.sunset.unreadable",
      doc: "operation.description.changed"
    }, { ...context, vars: { ...context.vars, operation: y.method.toUpperCase(), channel: quote$1(y.path) } });
    if (!dataEqual(ownValue(x.node, "x-stability-level"), ownValue(y.node, "x-stability-level"))) {
      const side = ownValue(y.node, "x-stability-level") === void 0 ? "old" : "new";
      this.emit(`operation.stability.${stabilityChange(x.node, y.node)}`, {
        pointer: childPointer(side === "old" ? x.pointer : y.pointer, "x-stability-level"),
        oldPointer: childPointer(x.pointer, "x-stability-level"),
        side,
        identity: `${y.key}|x-stability-level`,
        usages: context.usages,
        before: ownValue(x.node, "x-stability-level"),
        after: ownValue(y.node, "x-stability-level"),
        vars: { ...context.vars, levels: STABILITY.join(", ") }
      });
    }
    this.parameters(x, y);
    this.requestBody(x, y);
    this.responses(x, y);
    this.security(x, y);
    this.servers(ownValue(x.node, "servers"), ownValue(y.node, "servers"), at2, `${y.key}|servers`, opLabel(y));
    this.callbacks(x, y);
  }
  callbacks(x, y) {
    for (const name of union$1(x.callbacks.keys(), y.callbacks.keys())) {
      const e0 = x.callbacks.get(name) ?? /* @__PURE__ */ new Map();
      const e1 = y.callbacks.get(name) ?? /* @__PURE__ */ new Map();
      for (const expression of union$1(e0.keys(), e1.keys())) {
        if (e0.has(expression) && e1.has(expression))
          continue;
        const side = e1.has(expression) ? "new" : "old";
        this.emit(side === "new" ? "callback.added" : "callback.removed", {
          pointer: (side === "new" ? e1 : e0).get(expression),
          side,
          identity: `${y.key}|callback|${name}|${expression}`,
          usages: [usage(location(y))],
          vars: { operation: opLabel(y), name: quote$1(`${name} ${expression}`) }
        });
      }
    }
  }
  // -------------------------------------------------------------------------------------------
  // Parameters
  parameters(x, y) {
    const added = [...y.parameters.keys()].filter((k) => !x.parameters.has(k));
    const removed = [...x.parameters.keys()].filter((k) => !y.parameters.has(k));
    for (const key of union$1(x.parameters.keys(), y.parameters.keys())) {
      const p = x.parameters.get(key);
      const q = y.parameters.get(key);
      if (p !== void 0 && q !== void 0) {
        this.parameter(x, y, p, q);
        continue;
      }
      const el = q ?? p;
      const side = q !== void 0 ? "new" : "old";
      const op = side === "new" ? y : x;
      const vars = { operation: opLabel(y), parameter: quote$1(el.name), in: el.in };
      const l = usage(location(y, { in: el.in, direction: directionOf(op, true) }));
      const moved = (side === "new" ? removed : added).map((k) => (side === "new" ? x : y).parameters.get(k)).find((o) => o.name.toLowerCase() === el.name.toLowerCase() && o.in !== el.in);
      if (moved !== void 0) {
        if (side === "old")
          continue;
        this.emit("parameter.serialization.changed", {
          pointer: childPointer(el.pointer, "in"),
          oldPointer: childPointer(moved.pointer, "in"),
          side,
          identity: `${y.key}|parameter|${key}|in`,
          usages: [l],
          before: moved.in,
          after: el.in,
          vars: { ...vars, keyword: "in" }
        });
        continue;
      }
      if (el.in === "path" && key.startsWith("path:#"))
        continue;
      const required = ownValue(el.node, "required") === true;
      const rule = side === "new" ? required ? "parameter.required-added" : "parameter.optional-added" : "parameter.dropped";
      this.emit(rule, {
        pointer: el.pointer,
        side,
        identity: `${y.key}|parameter|${key}`,
        usages: [l],
        vars,
        ...side === "old" ? lifecycleOrNot(el.node) : {}
      });
    }
  }
  parameter(x, y, p, q) {
    const at2 = { old: p.pointer, new: q.pointer };
    const identity = `${y.key}|parameter|${q.key}`;
    const direction2 = directionOf(y, true);
    const here = location(y, { in: q.in, direction: direction2 });
    const vars = { operation: opLabel(y), parameter: quote$1(q.name), in: q.in };
    const context = { usages: [usage(here)], vars };
    const r0 = ownValue(p.node, "required") === true;
    const r1 = ownValue(q.node, "required") === true;
    if (r0 !== r1)
      this.emit(r1 ? "parameter.became-required" : "parameter.became-optional", {
        pointer: childPointer(q.pointer, "required"),
        side: "new",
        identity: `${identity}|required`,
        usages: context.usages,
        before: r0,
        after: r1,
        vars
      });
    for (const key of ["style", "explode", "allowReserved", "allowEmptyValue"]) {
      const a = serialization(p, key);
      const b = serialization(q, key);
      if (a === b)
        continue;
      this.emit("parameter.serialization.changed", {
        pointer: childPointer(q.pointer, key),
        oldPointer: childPointer(p.pointer, key),
        side: "new",
        identity: `${identity}|${key}`,
        usages: context.usages,
        before: a,
        after: b,
        vars: { ...vars, keyword: key }
      });
    }
    this.lifecycle(p.node, q.node, at2, identity, {
      mark: "parameter.deprecated",
      earlier: "parameter.sunset.moved-earlier",
      dropped: "parameter.sunset.dropped",
      unreadable: "parameter.sunset.unreadable",
      doc: "parameter.description.changed"
    }, context);
    const skip = /* @__PURE__ */ new Set([
      "name",
      "in",
      "required",
      "style",
      "explode",
      "allowReserved",
      "allowEmptyValue",
      "schema",
      "content",
      "deprecated",
      "x-sunset"
    ]);
    this.fields(p.node, q.node, at2, identity, skip, {
      description: "parameter.description.changed",
      example: "parameter.description.changed",
      examples: "parameter.description.changed"
    }, context);
    if (p.mediaType !== q.mediaType)
      this.emit("parameter.media-type.changed", {
        pointer: childPointer(q.pointer, q.mediaType === null ? "schema" : "content"),
        side: "new",
        identity: `${identity}|content`,
        usages: context.usages,
        before: p.mediaType ?? void 0,
        after: q.mediaType ?? void 0,
        vars
      });
    const d0 = defaultOf(p.schema);
    const d1 = defaultOf(q.schema);
    if (!dataEqual(d0, d1))
      this.emit("parameter.default.changed", {
        pointer: childPointer((q.schema ?? p.schema).pointer, "default"),
        side: d1 === void 0 ? "old" : "new",
        identity: `${identity}|default`,
        usages: context.usages,
        before: d0,
        after: d1,
        vars
      });
    const schemas = pairSchemas(p.schema, q.schema);
    if (schemas !== null)
      this.slot("parameter", direction2, here, schemas[0], schemas[1]);
  }
  // -------------------------------------------------------------------------------------------
  // Request bodies and responses
  requestBody(x, y) {
    const p = x.requestBody;
    const q = y.requestBody;
    const direction2 = directionOf(y, true);
    const here = location(y, { in: "body", direction: direction2 });
    const vars = { operation: opLabel(y) };
    if (p === null && q === null)
      return;
    if (p === null || q === null) {
      const el = q ?? p;
      const rule = q === null ? "request.body.removed" : q.required ? "request.body.added-required" : "request.body.added-optional";
      this.emit(rule, {
        pointer: el.pointer,
        side: q === null ? "old" : "new",
        identity: `${y.key}|requestBody`,
        usages: [usage(here)],
        vars
      });
      return;
    }
    if (p.required !== q.required)
      this.emit(q.required ? "request.body.became-required" : "request.body.became-optional", {
        pointer: childPointer(q.pointer, "required"),
        side: "new",
        identity: `${y.key}|requestBody|required`,
        usages: [usage(here)],
        before: p.required,
        after: q.required,
        vars
      });
    this.fields(p.node, q.node, { old: p.pointer, new: q.pointer }, `${y.key}|requestBody`, /* @__PURE__ */ new Set(["required", "content"]), { description: "request.body.description.changed" }, { usages: [usage(here)], vars });
    this.content(y, p, q, "request", direction2, here, `${y.key}|requestBody`);
  }
  /** The media types of a request body or response, and their schemas. */
  content(y, p, q, family, direction2, here, identity) {
    const status = "status" in q ? q.status : null;
    for (const type of union$1(p.content.keys(), q.content.keys())) {
      const m = p.content.get(type);
      const n = q.content.get(type);
      const vars = { operation: opLabel(y), mediaType: quote$1((n ?? m).type), status: status ?? "" };
      const l = { ...here, mediaType: (n ?? m).type };
      if (m === void 0 || n === void 0) {
        const side = n !== void 0 ? "new" : "old";
        this.emit(family === "request" ? side === "new" ? "request.media-type.added" : "request.media-type.removed" : side === "new" ? "response.media-type.added" : "response.media-type.removed", { pointer: (n ?? m).pointer, side, identity: `${identity}|${type}`, usages: [usage(l)], vars });
        continue;
      }
      this.media(family, m, n, { usages: [usage(l)], vars }, `${identity}|${type}`);
      const schemas = pairSchemas(m.schema, n.schema);
      if (schemas !== null)
        this.slot(family, direction2, l, schemas[0], schemas[1]);
    }
  }
  media(family, m, n, context, identity) {
    const doc = family === "request" ? "request.body.description.changed" : "response.description.changed";
    this.fields(m.node, n.node, { old: m.pointer, new: n.pointer }, identity, /* @__PURE__ */ new Set(["schema"]), {
      example: doc,
      examples: doc,
      encoding: family === "request" ? "request.encoding.changed" : "response.description.changed"
    }, context);
  }
  responses(x, y) {
    const direction2 = directionOf(y, false);
    for (const status of union$1(x.responses.keys(), y.responses.keys())) {
      const p = x.responses.get(status);
      const q = y.responses.get(status);
      const el = q ?? p;
      const here = location(y, { in: "response", status: el.status, direction: direction2 });
      const vars = { operation: opLabel(y), status: quote$1(el.status) };
      const identity = `${y.key}|response|${status}`;
      if (p === void 0 || q === void 0) {
        const side = q !== void 0 ? "new" : "old";
        const success = status.startsWith("2");
        const rule = success ? side === "new" ? "response.success-status.added" : "response.success-status.removed" : side === "new" ? "response.status.added" : "response.status.removed";
        this.emit(rule, { pointer: el.pointer, side, identity, usages: [usage(here)], vars });
        continue;
      }
      this.fields(p.node, q.node, { old: p.pointer, new: q.pointer }, identity, /* @__PURE__ */ new Set(["headers", "content"]), { description: "response.description.changed", links: "response.links.changed" }, { usages: [usage(here)], vars });
      this.headers(y, p, q, { ...here, in: "header" }, identity);
      this.content(y, p, q, "response", direction2, here, identity);
    }
  }
  headers(y, p, q, here, identity) {
    for (const name of union$1(p.headers.keys(), q.headers.keys())) {
      const g = p.headers.get(name);
      const h = q.headers.get(name);
      const el = h ?? g;
      const vars = { operation: opLabel(y), status: quote$1(q.status), header: quote$1(el.name) };
      const id = `${identity}|header|${name}`;
      const context = { usages: [usage(here)], vars };
      if (g === void 0 || h === void 0) {
        const side = h !== void 0 ? "new" : "old";
        const rule = side === "new" ? "header.added" : ownValue(el.node, "required") === true ? "header.removed-required" : "header.removed-optional";
        this.emit(rule, {
          pointer: el.pointer,
          side,
          identity: id,
          usages: context.usages,
          vars,
          ...side === "old" ? lifecycleOrNot(el.node) : {}
        });
        continue;
      }
      this.header(g, h, id, here, context);
    }
  }
  header(g, h, identity, here, context) {
    const at2 = { old: g.pointer, new: h.pointer };
    const r0 = ownValue(g.node, "required") === true;
    const r1 = ownValue(h.node, "required") === true;
    if (r0 !== r1)
      this.emit(r1 ? "header.became-required" : "header.became-optional", {
        pointer: childPointer(h.pointer, "required"),
        side: "new",
        identity: `${identity}|required`,
        usages: context.usages,
        before: r0,
        after: r1,
        vars: context.vars
      });
    this.lifecycle(g.node, h.node, at2, identity, {
      mark: "header.deprecated",
      earlier: "header.sunset.moved-earlier",
      dropped: "header.sunset.dropped",
      unreadable: "header.sunset.unreadable",
      doc: "header.description.changed"
    }, context);
    const doc = "header.description.changed";
    this.fields(g.node, h.node, at2, identity, /* @__PURE__ */ new Set(["required", "schema", "content", "deprecated", "x-sunset"]), { description: doc, example: doc, examples: doc, style: doc, explode: doc }, context);
    const schemas = pairSchemas(g.schema, h.schema);
    if (schemas !== null)
      this.slot("header", here.direction ?? "client-receives", here, schemas[0], schemas[1]);
  }
  // -------------------------------------------------------------------------------------------
  // Security and servers
  /** Operations that take the document's `security` on both sides: one finding there, with all of them. */
  inherited = [];
  security(x, y) {
    if (x.security.pointer === "/security" && y.security.pointer === "/security") {
      this.inherited.push(usage(location(y)));
      return;
    }
    this.requirements(x.security.requirements, y.security.requirements, {
      oldPointer: x.security.pointer,
      pointer: y.security.pointer,
      identity: `${y.key}|security`,
      target: `Operation ${opLabel(y)}`,
      usages: [usage(location(y))]
    });
  }
  /** Security requirement lists: any one alternative must be met (docs/classification.md). */
  requirements(a, b, f) {
    const text2 = (r) => Object.keys(r).sort().join(" + ") || "(anonymous)";
    const base = { oldPointer: f.oldPointer, identity: f.identity, usages: f.usages };
    if (a === null && b === null)
      return;
    if (a === null || b === null) {
      const rule = a === null ? "security.added" : "security.removed";
      const values = (b ?? a).map(text2).join(" or ");
      this.emit(rule, {
        ...base,
        pointer: a === null ? f.pointer : f.oldPointer,
        side: a === null ? "new" : "old",
        before: a ?? void 0,
        after: b ?? void 0,
        vars: { target: f.target, values }
      });
      return;
    }
    const byKey = (list2) => new Map(list2.map((r) => [text2(r), r]));
    const ka = byKey(a);
    const kb = byKey(b);
    for (const key of union$1(ka.keys(), kb.keys())) {
      const r0 = ka.get(key);
      const r1 = kb.get(key);
      if (r0 === void 0 || r1 === void 0) {
        const added = r1 !== void 0;
        this.emit(added ? "security.alternative.added" : "security.alternative.removed", {
          ...base,
          identity: `${f.identity}|${key}`,
          pointer: added ? f.pointer : f.oldPointer,
          side: added ? "new" : "old",
          before: r0,
          after: r1,
          vars: { target: f.target, values: key }
        });
        continue;
      }
      for (const scheme of Object.keys(r1)) {
        const s0 = scopes(r0[scheme]);
        const s1 = scopes(r1[scheme]);
        const more = s1.filter((s) => !s0.includes(s));
        const fewer = s0.filter((s) => !s1.includes(s));
        const vars = { target: f.target, name: quote$1(scheme) };
        if (more.length > 0)
          this.emit("security.scope.added", {
            ...base,
            identity: `${f.identity}|${key}|${scheme}|+`,
            pointer: f.pointer,
            side: "new",
            before: s0,
            after: s1,
            vars: { ...vars, values: more.map(quote$1).join(", ") }
          });
        if (fewer.length > 0)
          this.emit("security.scope.removed", {
            ...base,
            identity: `${f.identity}|${key}|${scheme}|-`,
            pointer: f.pointer,
            side: "new",
            before: s0,
            after: s1,
            vars: { ...vars, values: fewer.map(quote$1).join(", ") }
          });
      }
    }
  }
  /**
   * The servers of one level (document, path item or operation), matched by the url their
   * variables' defaults give: `http://localhost:6333` and `{scheme}://localhost:6333` with
   * `scheme` defaulting to `http` are one server that gained a variable.
   */
  servers(a, b, at2, identity, where) {
    const list2 = (v, pointer) => {
      const out = /* @__PURE__ */ new Map();
      if (Array.isArray(v))
        v.forEach((s, i) => {
          const node = recordOf$2(s);
          const written = ownValue(node, "url");
          const url = typeof written === "string" ? written.replace(/\/+$/, "") : canonicalText(node);
          const entry = { node, pointer: childPointer(childPointer(pointer, "servers"), i), url };
          out.set(typeof written === "string" ? withDefaults(url, node) : url, entry);
        });
      return out;
    };
    const sa = list2(a, at2.old);
    const sb = list2(b, at2.new);
    const gone = [...sa.keys()].filter((k) => !sb.has(k)).map((k) => sa.get(k));
    const come = [...sb.keys()].filter((k) => !sa.has(k)).map((k) => sb.get(k));
    const server = (url) => `${quote$1(url)} (${where})`;
    if (gone.length === 1 && come.length === 1) {
      const [g] = gone;
      const [c] = come;
      this.emit("server.url.changed", {
        pointer: childPointer(c.pointer, "url"),
        oldPointer: childPointer(g.pointer, "url"),
        side: "new",
        identity: `${identity}|${c.url}`,
        before: g.url,
        after: c.url,
        vars: { server: server(c.url) }
      });
      this.server(g, c, `${identity}|${c.url}`, server(c.url));
    } else {
      for (const { pointer, url } of gone)
        this.emit("server.removed", {
          pointer,
          side: "old",
          identity: `${identity}|${url}`,
          vars: { server: server(url) }
        });
      for (const { pointer, url } of come)
        this.emit("server.added", {
          pointer,
          side: "new",
          identity: `${identity}|${url}`,
          vars: { server: server(url) }
        });
    }
    for (const [key, x] of sa) {
      const y = sb.get(key);
      if (y)
        this.server(x, y, `${identity}|${y.url}`, server(y.url));
    }
  }
  server(x, y, identity, server) {
    const at2 = { old: x.pointer, new: y.pointer };
    this.fields(x.node, y.node, at2, identity, /* @__PURE__ */ new Set(["url", "variables"]), { description: "server.description.changed", name: "server.description.changed" }, { usages: [], vars: { server } });
    const v0 = recordOf$2(ownValue(x.node, "variables"));
    const v1 = recordOf$2(ownValue(y.node, "variables"));
    for (const name of union$1(Object.keys(v0), Object.keys(v1))) {
      const a = recordOf$2(v0[name]);
      const b = recordOf$2(v1[name]);
      const pa = childPointer(childPointer(x.pointer, "variables"), name);
      const pb = childPointer(childPointer(y.pointer, "variables"), name);
      const vars = { server, variable: quote$1(name) };
      if (!Object.hasOwn(v0, name) || !Object.hasOwn(v1, name)) {
        const added = Object.hasOwn(v1, name);
        this.emit(added ? "server.variable.added" : "server.variable.removed", {
          pointer: added ? pb : pa,
          side: added ? "new" : "old",
          identity: `${identity}|${name}`,
          vars
        });
        continue;
      }
      const e0 = Array.isArray(a.enum) ? a.enum : null;
      const e1 = Array.isArray(b.enum) ? b.enum : null;
      if (!dataEqual(e0, e1)) {
        const lost = e0 === null ? [] : e1 === null ? [] : e0.filter((v) => !e1.some((w) => dataEqual(v, w)));
        const narrowed = e0 === null && e1 !== null || lost.length > 0;
        this.emit(narrowed ? "server.variable.enum-narrowed" : "server.variable.enum-widened", {
          pointer: childPointer(pb, "enum"),
          oldPointer: childPointer(pa, "enum"),
          side: "new",
          identity: `${identity}|${name}|enum`,
          before: e0 ?? void 0,
          after: e1 ?? void 0,
          vars: { ...vars, values: (narrowed ? lost : e1 ?? []).map((v) => formatValue(v)).join(", ") }
        });
      }
      this.fields(a, b, { old: pa, new: pb }, `${identity}|${name}`, /* @__PURE__ */ new Set(["enum"]), { default: "server.variable.default-changed", description: "server.description.changed" }, { usages: [], vars });
    }
  }
}
const scopes = (v) => Array.isArray(v) ? v.map((s) => typeof s === "string" ? s : canonicalText(s)) : [];
const callbackOf = (key) => {
  const rest = key.slice(key.indexOf(" callback ") + " callback ".length);
  const name = rest.slice(0, rest.indexOf(" "));
  const expression = rest.slice(name.length + 1, rest.lastIndexOf(" "));
  return [name, expression];
};
const lifecycleOrNot = (node) => {
  const lifecycle = lifecycleOf(node);
  return lifecycle === void 0 ? {} : { lifecycle };
};
function pathLifecycle(item) {
  const ops = METHODS.map((m) => ownValue(item, m)).filter(isRecord);
  const marks = ops.map((op) => lifecycleOf(op));
  if (ops.length === 0 || marks.some((m) => m === void 0))
    return {};
  const dates = marks.map((m) => m.sunset);
  const sunset = dates.every((d) => d !== null) ? dates.sort().at(-1) : null;
  return { lifecycle: { sunset } };
}
function serialization(p, key) {
  const v = ownValue(p.node, key);
  if (v !== void 0)
    return String(v);
  const style = String(ownValue(p.node, "style") ?? (p.in === "query" || p.in === "cookie" ? "form" : "simple"));
  if (key === "style")
    return style;
  if (key === "explode")
    return String(style === "form");
  return "false";
}
function defaultOf(place) {
  return place !== null && isRecord(place.schema) ? ownValue(place.schema, "default") : void 0;
}
function pairSchemas(a, b) {
  if (a === null && b === null)
    return null;
  return [a ?? { schema: {}, pointer: b.pointer }, b ?? { schema: {}, pointer: a.pointer }];
}
function detect(a, b, known2) {
  const d = new Detector(a, b, known2);
  d.paths();
  const ra = a.doc.root;
  const rb = b.doc.root;
  d.fields(ra, rb, { old: "", new: "" }, "", /* @__PURE__ */ new Set(["openapi", "paths", "webhooks", "components", "servers", "security"]), {
    info: "info.changed",
    tags: "info.changed",
    externalDocs: "info.changed",
    jsonSchemaDialect: "info.changed"
  }, { usages: [], vars: {} });
  const v0 = ownValue(ra, "openapi");
  const v1 = ownValue(rb, "openapi");
  if (v0 !== v1)
    d.emit("openapi.version.changed", { pointer: "/openapi", side: "new", identity: "openapi", before: v0, after: v1 });
  d.servers(ownValue(ra, "servers"), ownValue(rb, "servers"), { old: "", new: "" }, "servers", "the document");
  const list2 = (v) => Array.isArray(v) && v.length > 0 ? v.map(recordOf$2) : null;
  if (d.inherited.length > 0)
    d.requirements(list2(ownValue(ra, "security")), list2(ownValue(rb, "security")), {
      oldPointer: "/security",
      pointer: "/security",
      identity: "security",
      target: "The document",
      usages: d.inherited
    });
  return { findings: d.findings, slots: d.slots };
}
const FIRESTONE_KEYWORDS = ["descriptions", "expose", "key", "methods", "query_params"];
const SCHEMAS = "#/components/schemas/";
const MODEL = /^(Create|Update)(.+)$/;
const isFirestoneModelRef = (ref) => ref.startsWith(SCHEMAS) && MODEL.test(ref.slice(SCHEMAS.length));
const child = (pointer, key) => `${pointer}/${escapeSegment(key)}`;
const recordOf$1 = (v) => isRecord(v) ? v : {};
const quote = (s) => `'${s}'`;
const list = (names) => names.map(quote).join(", ");
function treeCopy(value, ancestors = /* @__PURE__ */ new Set()) {
  if (typeof value !== "object" || value === null)
    return value;
  if (ancestors.has(value))
    return value;
  ancestors.add(value);
  const out = Array.isArray(value) ? value.map((v) => treeCopy(v, ancestors)) : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, treeCopy(v, ancestors)]));
  ancestors.delete(value);
  return out;
}
const opLocation = (path2, method, op, extra) => ({
  path: path2,
  method,
  operation: typeof op.operationId === "string" ? op.operationId : null,
  direction: null,
  in: null,
  status: null,
  mediaType: null,
  ...extra
});
function repairFirestone(oldDoc, newDoc) {
  const doc = treeCopy(oldDoc);
  const repairs = [];
  const schemas = recordOf$1(recordOf$1(doc.components).schemas);
  const newSchemas = recordOf$1(recordOf$1(newDoc.components).schemas);
  const usedRefs = refsIn(doc.paths);
  for (const name of Object.keys(schemas)) {
    const at2 = child("/components/schemas", name);
    if (unusedModel(name, schemas[name], newSchemas, usedRefs)) {
      repairs.push({
        rule: "firestone.model.unused",
        pointer: at2,
        subject: name,
        location: null,
        before: schemas[name],
        after: void 0,
        vars: { name: quote(name) }
      });
      delete schemas[name];
      continue;
    }
    if (dataEqual(schemas[name], newSchemas[name]))
      continue;
    schemas[name] = cleanComponent(schemas[name], at2, name, repairs);
  }
  const paths = recordOf$1(doc.paths);
  const newOps = operationsByKey(newDoc);
  for (const path2 of Object.keys(paths)) {
    const item = recordOf$1(paths[path2]);
    for (const method of METHODS) {
      const op = item[method];
      if (!isRecord(op))
        continue;
      const at2 = child(child("/paths", path2), method);
      const theirs = newOps.get(`${templateKey(path2)} ${method}`) ?? null;
      repairParameters(path2, method, op, at2, theirs, repairs);
      repairBodies(path2, method, op, at2, schemas, newSchemas, repairs);
      repairSecurity(path2, method, op, at2, theirs, doc, newDoc, repairs);
    }
  }
  return { doc, findings: merged(repairs) };
}
function refsIn(value, out = /* @__PURE__ */ new Set(), depth = 0) {
  if (typeof value !== "object" || value === null || depth > 200)
    return out;
  if (!Array.isArray(value) && typeof value.$ref === "string")
    out.add(value.$ref);
  for (const v of Object.values(value))
    refsIn(v, out, depth + 1);
  return out;
}
function modelBase(value) {
  const all = recordOf$1(value).allOf;
  if (!Array.isArray(all) || all.length !== 2 || Object.keys(recordOf$1(value)).length !== 1)
    return null;
  const [ref, rest] = all;
  const target2 = recordOf$1(ref).$ref;
  if (typeof target2 !== "string" || !target2.startsWith(SCHEMAS) || Object.keys(recordOf$1(ref)).length !== 1)
    return null;
  const r = recordOf$1(rest);
  if (r.type !== "object" || Object.keys(r).some((k) => k !== "type" && k !== "required"))
    return null;
  return target2.slice(SCHEMAS.length);
}
const unusedModel = (name, value, newSchemas, used) => MODEL.test(name) && modelBase(value) !== null && !Object.hasOwn(newSchemas, name) && !used.has(SCHEMAS + name);
function repairBodies(path2, method, op, at2, schemas, newSchemas, repairs) {
  const places = [];
  const body = recordOf$1(op.requestBody);
  places.push([child(at2, "requestBody"), body, { in: "body", direction: "client-sends" }]);
  const responses = recordOf$1(op.responses);
  for (const status of Object.keys(responses))
    places.push([
      child(child(at2, "responses"), status),
      recordOf$1(responses[status]),
      { in: "response", direction: "client-receives", status }
    ]);
  for (const [where, node, extra] of places) {
    const content = recordOf$1(node.content);
    for (const type of Object.keys(content)) {
      const media = recordOf$1(content[type]);
      const schemaAt = child(child(child(where, "content"), type), "schema");
      const location2 = opLocation(path2, method, op, { ...extra, mediaType: type });
      const ref = recordOf$1(media.schema).$ref;
      if (typeof ref === "string") {
        repairDangling(ref, schemaAt, location2, schemas, newSchemas, repairs);
        continue;
      }
      if (isRecord(media.schema)) {
        const subject = `${path2} ${type}`;
        media.schema = cleanProperty(media.schema, schemaAt, subject, `the body of '${path2}'`, repairs, location2);
      }
    }
  }
}
function repairDangling(ref, pointer, location2, schemas, newSchemas, repairs) {
  const name = ref.startsWith(SCHEMAS) ? ref.slice(SCHEMAS.length) : "";
  const before = repairs.find((r) => r.rule === "firestone.model.dangling" && r.subject === name);
  if (!MODEL.test(name) || Object.hasOwn(schemas, name) && before === void 0)
    return;
  const theirs = newSchemas[name];
  const base = modelBase(theirs);
  if (base === null || !Object.hasOwn(schemas, base))
    return;
  schemas[name] ??= treeCopy(theirs);
  const required = recordOf$1(recordOf$1(theirs).allOf[1]).required;
  const names = Array.isArray(required) ? required.map(String) : [];
  const detail = names.length > 0 ? ` as '${base}' with ${list(names)} required` : ` as '${base}'`;
  repairs.push({
    rule: "firestone.model.dangling",
    pointer,
    subject: name,
    location: location2,
    before: void 0,
    after: theirs,
    vars: { name: quote(name), detail }
  });
}
const firestoneKeys = (node) => FIRESTONE_KEYWORDS.filter((k) => Object.hasOwn(node, k));
function cleanComponent(value, at2, name, repairs) {
  if (!isRecord(value))
    return value;
  const out = withoutKeys(value, firestoneKeys(value));
  const removed = firestoneKeys(value);
  if (removed.length > 0)
    repairs.push({
      rule: "firestone.keyword.removed",
      pointer: at2,
      subject: name,
      location: null,
      before: pick(value, removed),
      after: void 0,
      vars: { name: `schema ${quote(name)}`, keywords: list(removed) }
    });
  const props = out.properties;
  if (!isRecord(props))
    return out;
  const cleaned = {};
  for (const [p, v] of Object.entries(props))
    cleaned[p] = cleanProperty(v, child(child(at2, "properties"), p), `${name}.${p}`, quote(`${name}.${p}`), repairs, null);
  return { ...out, properties: cleaned };
}
function cleanProperty(value, at2, subject, label, repairs, location2) {
  if (!isRecord(value))
    return value;
  const wrapped = value.schema;
  if (isRecord(wrapped) && Object.hasOwn(wrapped, "items")) {
    repairs.push({
      rule: "firestone.subresource.inlined",
      pointer: at2,
      subject,
      location: location2,
      before: value,
      after: void 0,
      vars: { name: label }
    });
    return cleanComponent(wrapped.items, child(child(at2, "schema"), "items"), subject, []);
  }
  const removed = firestoneKeys(value);
  if (isRecord(wrapped)) {
    const keywords = [...removed, "schema"];
    const inner = withoutKeys(wrapped, firestoneKeys(wrapped));
    const out = { ...inner, ...withoutKeys(value, keywords) };
    repairs.push({
      rule: "firestone.property.unwrapped",
      pointer: at2,
      subject,
      location: location2,
      before: value,
      after: out,
      vars: { name: label, keywords: list(keywords) }
    });
    return out;
  }
  if (removed.length === 0)
    return value;
  repairs.push({
    rule: "firestone.keyword.removed",
    pointer: at2,
    subject,
    location: location2,
    before: pick(value, removed),
    after: void 0,
    vars: { name: label, keywords: list(removed) }
  });
  return withoutKeys(value, removed);
}
const withoutKeys = (node, keys) => Object.fromEntries(Object.entries(node).filter(([k]) => !keys.includes(k)));
const pick = (node, keys) => Object.fromEntries(keys.map((k) => [k, node[k]]));
function operationsByKey(doc) {
  const out = /* @__PURE__ */ new Map();
  const paths = recordOf$1(doc.paths);
  for (const path2 of Object.keys(paths))
    for (const method of METHODS) {
      const op = recordOf$1(paths[path2])[method];
      if (isRecord(op))
        out.set(`${templateKey(path2)} ${method}`, { path: path2, op });
    }
  return out;
}
const templateNames = (path2) => [...path2.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
const PLAIN_STRING = { type: "string" };
function repairParameters(path2, method, op, at2, theirs, repairs) {
  if (!Array.isArray(op.parameters))
    return;
  const names = templateNames(path2);
  const theirNames = theirs === null ? [] : templateNames(theirs.path);
  const theirParams = theirs === null || !Array.isArray(theirs.op.parameters) ? [] : theirs.op.parameters.map(recordOf$1);
  const kept = [];
  op.parameters.forEach((raw, i) => {
    const p = recordOf$1(raw);
    const pointer = child(child(at2, "parameters"), i);
    const name = typeof p.name === "string" ? p.name : null;
    if (name === null)
      return void kept.push(raw);
    const location2 = (where) => opLocation(path2, method, op, { in: where, direction: "client-sends" });
    const record = (rule, where, after, vars) => repairs.push({
      rule,
      pointer,
      subject: `${where}:${name}`,
      location: location2(where),
      before: raw,
      after,
      vars: { parameter: quote(name), ...vars }
    });
    if (p.in === "path") {
      const index = names.indexOf(name);
      if (index < 0 && !theirParams.some((q) => q.in === "path" && q.name === name)) {
        record("firestone.path-parameter.spurious", "path", void 0, {});
        return;
      }
      const mine = theirParams.find((q) => q.in === "path" && theirNames.indexOf(String(q.name)) === index);
      const plain2 = dataEqual(p.schema, PLAIN_STRING) && !Object.hasOwn(p, "description");
      if (index >= 0 && plain2 && mine !== void 0 && mine.name === name && !dataEqual(p, mine)) {
        const fixed3 = { ...p, schema: mine.schema };
        if (Object.hasOwn(mine, "description"))
          fixed3.description = mine.description;
        const what2 = [
          ...dataEqual(mine.schema, PLAIN_STRING) ? [] : [`schema ${JSON.stringify(mine.schema)}`],
          ...Object.hasOwn(mine, "description") ? ["description"] : []
        ];
        record("firestone.path-parameter.key-schema", "path", fixed3, { detail: what2.join(" and ") });
        kept.push(fixed3);
        return;
      }
      return void kept.push(raw);
    }
    if (!Object.hasOwn(p, "required")) {
      const filter = Array.isArray(p.methods) && p.methods.length > 0 ? p.methods : null;
      if (filter !== null && !filter.includes(method)) {
        record("firestone.default-query-parameter.filtered", "query", void 0, {
          detail: `its methods (${filter.map(String).join(", ")}) do not include ${method}`
        });
        return;
      }
      const fixed3 = queryParameter(p);
      const earlier = kept.some((q) => recordOf$1(q).name === name && recordOf$1(q).in === "query");
      if (earlier) {
        record("firestone.default-query-parameter.filtered", "query", void 0, {
          detail: "a query parameter of the same name comes first"
        });
        return;
      }
      const extra = Object.keys(p).filter((k) => !["name", "in", "description", "schema"].includes(k));
      const detail = [
        p.in === void 0 ? "no in" : p.in !== "query" ? `in: ${String(p.in)}` : null,
        "no required",
        ...extra.map((k) => `${k}: ${formatValue(p[k])}`)
      ].filter((s) => s !== null);
      if (detail.length > 1)
        record("firestone.default-query-parameter.normalised", "query", fixed3, { detail: detail.join(", ") });
      kept.push(fixed3);
      return;
    }
    let fixed2 = p;
    if (p.in === "query" && Object.hasOwn(p, "description") && p.description === null) {
      fixed2 = withoutKeys(fixed2, ["description"]);
      record("firestone.query-parameter.null-description", "query", fixed2, {});
    }
    if (p.in === "query" && Object.hasOwn(p, "default") && !Object.hasOwn(recordOf$1(p.schema), "default")) {
      const moved = withoutKeys(fixed2, ["default"]);
      if (p.default !== null)
        moved.schema = { ...recordOf$1(p.schema ?? PLAIN_STRING), default: p.default };
      record("firestone.query-parameter.default-moved", "query", moved, { after: formatValue(p.default) });
      fixed2 = moved;
    }
    kept.push(fixed2 === p ? raw : fixed2);
  });
  op.parameters = kept;
}
function queryParameter(p) {
  const schema2 = { ...recordOf$1(p.schema ?? PLAIN_STRING) };
  if (Object.hasOwn(p, "default") && p.default !== null)
    schema2.default = p.default;
  return {
    name: p.name,
    in: "query",
    required: false,
    schema: isRecord(p.schema) || Object.hasOwn(schema2, "default") ? schema2 : PLAIN_STRING,
    ...typeof p.description === "string" ? { description: p.description } : {}
  };
}
const schemeOf = (requirement) => {
  const r = recordOf$1(requirement);
  const keys = Object.keys(r);
  return keys.length === 1 && Array.isArray(r[keys[0]]) && r[keys[0]].length === 0 ? keys[0] : null;
};
function repairSecurity(path2, method, op, at2, theirs, doc, newDoc, repairs) {
  const mine = op.security;
  const other = theirs?.op.security;
  if (!Array.isArray(mine) || mine.length !== 1 || !Array.isArray(other) || other.length < 2)
    return;
  const first = schemeOf(mine[0]);
  const all = other.map(schemeOf);
  if (first === null || all[0] !== first || all.some((s) => s === null))
    return;
  const schemes = recordOf$1(recordOf$1(doc.components).securitySchemes);
  const theirSchemes = recordOf$1(recordOf$1(newDoc.components).securitySchemes);
  for (const s of all)
    if (!Object.hasOwn(schemes, s) && Object.hasOwn(theirSchemes, s)) {
      const components = doc.components = recordOf$1(doc.components);
      components.securitySchemes = { ...recordOf$1(components.securitySchemes), [s]: treeCopy(theirSchemes[s]) };
    }
  op.security = treeCopy(other);
  repairs.push({
    rule: "firestone.security.alternatives-added",
    pointer: child(at2, "security"),
    subject: all.join(","),
    location: opLocation(path2, method, op, {}),
    before: mine,
    after: other,
    vars: { name: quote(first), values: list(all) }
  });
}
function merged(repairs) {
  const byKey = /* @__PURE__ */ new Map();
  for (const r of repairs) {
    const key = `${r.rule}\0${r.subject}\0${JSON.stringify(r.vars)}`;
    const found = byKey.get(key);
    if (found === void 0)
      byKey.set(key, { repair: r, locations: r.location === null ? [] : [r.location] });
    else if (r.location !== null)
      found.locations.push(r.location);
  }
  return [...byKey.values()].map(({ repair: r, locations }) => ({
    rules: [r.rule],
    path: r.pointer,
    identity: `firestone:${r.subject}${r.vars.detail !== void 0 ? `:${r.vars.detail}` : ""}`,
    side: "old",
    usages: locations.map((location2) => ({ direction: null, location: location2 })),
    before: r.before,
    after: r.after,
    vars: { path: r.pointer, before: formatValue(r.before), after: formatValue(r.after), ...r.vars }
  }));
}
const SHAPE = {
  applies: (docs) => docs.every((d) => typeof d.openapi === "string" && isRecord(d.paths) && (d.webhooks === void 0 || isRecord(d.webhooks))),
  mustBeEqual: [["openapi"], ["servers"], ["security"], ["components", "securitySchemes"], ["jsonSchemaDialect"]],
  entryMaps: /* @__PURE__ */ new Set(["paths", "webhooks"]),
  prunable: /* @__PURE__ */ new Set(["paths", "webhooks"]),
  // An unchanged operation of a changed path goes too, unless the path's own parameters changed.
  parts: { maps: /* @__PURE__ */ new Set(["paths", "webhooks"]), prunable: new Set(METHODS), shared: ["parameters"] },
  // A reference to nothing is refused (index.ts), after this step: the unit making it must stay.
  resolves: (doc, ref) => resolves(doc, ref),
  groups: (docs) => [...candidates(docs, "paths", templateKey), ...candidates(docs, "webhooks", (name) => name)].map((u) => [u])
};
function candidates(docs, map, identify) {
  const owners = /* @__PURE__ */ new Map();
  const refused = /* @__PURE__ */ new Set();
  for (const doc of docs) {
    const entries = isRecord(doc[map]) ? doc[map] : {};
    for (const key in entries) {
      const item = entries[key];
      if (key.startsWith("x-") || !isRecord(item) || Object.hasOwn(item, "$ref"))
        refused.add(key);
      const id = identify(key);
      let keys = owners.get(id);
      if (keys === void 0)
        owners.set(id, keys = /* @__PURE__ */ new Set());
      keys.add(key);
    }
  }
  const out = [];
  for (const keys of owners.values()) {
    if (keys.size !== 1)
      continue;
    const key = [...keys][0];
    if (!refused.has(key))
      out.push(`/${map}/${escapeSegment(key)}`);
  }
  return out;
}
const withoutUnchangedPaths = (oldDoc, newDoc) => setAside(oldDoc, newDoc, SHAPE);
const FAMILY_ORDER = ["request", "response", "header", "parameter"];
const fixedOr = (f, d) => (f.family === void 0 ? null : FAMILIES[f.family].fixed) ?? d;
const compareOpenApi = (oldDoc, newDoc, options = {}) => compare(oldDoc, newDoc, options);
function compare(oldDoc, newDoc, options, shortcut) {
  const oldVersion = openApiVersion(oldDoc, options.files?.old);
  const newVersion = openApiVersion(newDoc, options.files?.new);
  const firestone = options.firestone?.old === true && options.firestone.new !== true ? repairFirestone(oldDoc, newDoc) : null;
  const old = firestone?.doc ?? oldDoc;
  const { docs, unchanged, refsResolve } = withoutUnchangedPaths(old, newDoc);
  const [a, b] = docs;
  if (!refsResolve) {
    refuseDangling(a, "old", options, options.firestone?.old === true);
    refuseDangling(b, "new", options, options.firestone?.new === true && options.firestone.old === true);
  }
  try {
    return compareModels(a, b, oldVersion, newVersion, options, firestone?.findings ?? [], unchanged);
  } catch (e) {
    if (!(e instanceof ExpansionError) || e.side === null || options.files?.[e.side] === void 0)
      throw e;
    throw new ExpansionError(e.side, options.files[e.side]);
  }
}
function compareModels(oldDoc, newDoc, oldVersion, newVersion, options, repaired, unchanged) {
  const a = modelOf(oldDoc, oldVersion, "old", options);
  const b = modelOf(newDoc, newVersion, "new", options);
  const detected = detect(a, b, unchanged);
  const differ = new SchemaDiffer(a.doc, b.doc, {
    readWriteOnly: true,
    stabilityLevels: true,
    unchanged
  });
  const schema2 = schemaChanges(detected.slots, differ, options.compatibility ?? "backward");
  const findings = [
    ...repaired,
    ...detected.findings,
    ...schema2.findings,
    ...componentChanges(a, b, differ, schema2.claimed, unchanged)
  ];
  return relaxUnstable(toChanges(findings, options), a, b);
}
function modelOf(doc, version, side, options) {
  const normalized = normalizeDocument(doc);
  try {
    return buildOpenApiModel(normalized, version);
  } catch (e) {
    const file = options.files?.[side];
    if (!(e instanceof InputError) || file === void 0)
      throw e;
    throw new InputError(e.problems.map((p) => {
      const at2 = p.pointer === void 0 ? null : options.locate?.(p.pointer, side);
      return { ...p, file, ...at2?.file === file ? { line: at2.line } : {} };
    }));
  }
}
function refuseDangling(doc, side, options, byFirestone) {
  const found = danglingRef(doc, (ref) => byFirestone && isFirestoneModelRef(ref));
  if (found === null)
    return;
  const file = options.files?.[side];
  const at2 = options.locate?.(found.pointer, side) ?? null;
  throw new InputError({
    ...file !== void 0 ? { file } : {},
    ...at2 !== null && at2.file === file ? { line: at2.line } : {},
    pointer: found.pointer,
    message: `$ref '${found.ref}' points to nothing in this document; a reference to nothing cannot be compared`
  });
}
function schemaChanges(slots, differ, mode) {
  const claimed = /* @__PURE__ */ new Set();
  const parts = [];
  for (const family of FAMILY_ORDER) {
    const part = schemaFindings(slots.filter((s) => s.family === family), differ);
    for (const key of part.claimed)
      claimed.add(key);
    parts.push(...part.findings);
  }
  const merged2 = /* @__PURE__ */ new Map();
  for (const f of parts) {
    const key = `${f.rules.map((r) => r.slice(r.indexOf(".") + 1)).join("|")}\0${f.path}`;
    const worst = Math.max(...f.usages.flatMap((u) => f.rules.map((r) => severity(verdictOf(ruleById(r), fixedOr(f, u.direction), mode)))));
    const found = merged2.get(key);
    if (found === void 0)
      merged2.set(key, { finding: { ...f, usages: [...f.usages] }, worst });
    else {
      const usages = [...found.finding.usages, ...f.usages];
      merged2.set(key, worst > found.worst ? { finding: { ...f, usages }, worst } : { ...found, finding: { ...found.finding, usages } });
    }
  }
  return { findings: [...merged2.values()].map((m) => m.finding), claimed };
}
function componentChanges(a, b, differ, claimed, unchanged) {
  const out = [];
  const ca = recordOf(ownValue(a.doc.root, "components"));
  const cb = recordOf(ownValue(b.doc.root, "components"));
  for (const section of union(Object.keys(ca), Object.keys(cb))) {
    const sa = recordOf(ownValue(ca, section));
    const sb = recordOf(ownValue(cb, section));
    const sectionPointer = childPointer("/components", section);
    if (section.startsWith("x-")) {
      if (!same(ownValue(ca, section), ownValue(cb, section)))
        out.push(plainFinding("extension.changed", sectionPointer, "new", a.doc, b.doc, { keyword: section }));
      continue;
    }
    for (const name of union(Object.keys(sa), Object.keys(sb))) {
      const x = ownValue(sa, name);
      const y = ownValue(sb, name);
      const pointer = childPointer(sectionPointer, name);
      if (x === y || unchanged(pointer) || same(x, y))
        continue;
      const side = y === void 0 ? "old" : "new";
      if (section === "securitySchemes") {
        const rule = x === void 0 ? "security.scheme.added" : y === void 0 ? "security.scheme.removed" : schemeRule(x, y);
        out.push(plainFinding(rule, pointer, side, a.doc, b.doc, { name: `'${name}'`, keyword: "description" }));
      } else if (section === "schemas" && x !== void 0 && y !== void 0) {
        const seen2 = /* @__PURE__ */ new Set();
        for (const d of differ.compare(x, y, pointer, pointer)) {
          const key = deltaKey(d);
          if (claimed.has(key) || seen2.has(key))
            continue;
          seen2.add(key);
          out.push(unusedSchemaFinding(d));
        }
      } else if (!(side === "old" ? a : b).doc.usedComponents.has(pointer)) {
        const what2 = x === void 0 ? "was added" : y === void 0 ? "was removed" : "changed";
        out.push(plainFinding("component.unused.changed", pointer, side, a.doc, b.doc, {
          detail: `Component '${name}' (${section}) ${what2}`
        }));
      }
    }
  }
  return out;
}
const recordOf = (v) => isRecord(v) ? v : {};
const union = (a, b) => [.../* @__PURE__ */ new Set([...a, ...b])].sort();
const same = (x, y) => dataEqual(x, y);
const SCHEME_DOCS = /* @__PURE__ */ new Set(["description", "summary", "title", "externalDocs", "bearerFormat"]);
function schemeRule(x, y) {
  const a = recordOf(x);
  const b = recordOf(y);
  let widened = false;
  for (const k of union(Object.keys(a), Object.keys(b))) {
    const [p, q] = [ownValue(a, k), ownValue(b, k)];
    if (SCHEME_DOCS.has(k) || k.startsWith("x-") || dataEqual(p, q))
      continue;
    if (k !== "flows")
      return "security.scheme.changed";
    const [fa, fb] = [recordOf(p), recordOf(q)];
    for (const flow of union(Object.keys(fa), Object.keys(fb))) {
      const [f, g] = [recordOf(ownValue(fa, flow)), recordOf(ownValue(fb, flow))];
      if (!Object.hasOwn(fb, flow))
        return "security.scheme.changed";
      if (!Object.hasOwn(fa, flow)) {
        widened = true;
        continue;
      }
      for (const key of union(Object.keys(f), Object.keys(g))) {
        if (key.startsWith("x-") || dataEqual(ownValue(f, key), ownValue(g, key)))
          continue;
        if (key !== "scopes")
          return "security.scheme.changed";
        const [sa, sb] = [Object.keys(recordOf(ownValue(f, key))), Object.keys(recordOf(ownValue(g, key)))];
        if (sa.some((scope) => !sb.includes(scope)))
          return "security.scheme.changed";
        if (sb.some((scope) => !sa.includes(scope)))
          widened = true;
      }
    }
  }
  return widened ? "security.scheme.widened" : "security.scheme.doc.changed";
}
function relaxUnstable(changes, a, b) {
  const unstable = /* @__PURE__ */ new Set();
  for (const [key, y] of b.operations) {
    const x = a.operations.get(key);
    if (x !== void 0 && isDraft(x.node) && isDraft(y.node))
      unstable.add(`${y.path}\0${y.method}`);
  }
  if (unstable.size === 0)
    return changes;
  const relaxed = changes.map((c) => {
    const locations = c.locations;
    if (c.type === "non-breaking" || c.type === "unclassified" || c.rule.startsWith("operation.stability.") || locations.length === 0 || !locations.every((l) => unstable.has(`${l.path}\0${l.method}`)))
      return c;
    return {
      ...c,
      type: "non-breaking",
      message: `${c.message} (the operation is draft or alpha: it promises nothing yet)`
    };
  });
  const order = { breaking: 0, warning: 1, "non-breaking": 2, unclassified: 3 };
  const text2 = (x, y) => x < y ? -1 : x > y ? 1 : 0;
  return relaxed.sort((x, y) => order[x.type] - order[y.type] || text2(x.path, y.path) || text2(x.rule, y.rule) || text2(x.message, y.message));
}
const FIRESTONE_OPENAPI_COMMENT = "# https://www.jvt.me/posts/2022/05/29/openapi-json-patch/";
const literally = (text2) => text2.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const FIRESTONE_COMMENT_LINE = {
  literal: FIRESTONE_OPENAPI_COMMENT,
  line: new RegExp(`[ \\t]*${literally(FIRESTONE_OPENAPI_COMMENT)}[ \\t]*\\r?(?=\\n|$)`, "y")
};
const INTEGER_CODE = { literal: "responses:", line: /[ \t]+responses:[ \t]*\r?\n[ \t]+[1-5][0-9][0-9][ \t]*:/y };
const lineOfMatch = (text2, sign) => {
  for (let at2 = text2.indexOf(sign.literal); at2 >= 0; at2 = text2.indexOf(sign.literal, at2 + 1)) {
    sign.line.lastIndex = text2.lastIndexOf("\n", at2) + 1;
    if (!sign.line.test(text2))
      continue;
    let line = 1;
    for (let i = text2.indexOf("\n"); i >= 0 && i < at2; i = text2.indexOf("\n", i + 1))
      line++;
    return line;
  }
  return null;
};
const openapiKind = {
  kind: "openapi",
  generate: (resources, info, target2, warn) => generateOpenApi(resources, info, {
    ...target2.openapi !== void 0 ? { openapi: target2.openapi } : {},
    ...target2.prefix !== void 0 ? { prefix: target2.prefix } : {},
    warn
  }),
  checkVersion: (doc, file) => void openApiVersion(doc, file),
  compare: compareOpenApi,
  emptyLike(doc) {
    const empty = { openapi: doc.openapi, info: doc.info, paths: {} };
    if (Object.hasOwn(doc, "webhooks"))
      empty.webhooks = {};
    empty.components = { schemas: {} };
    return empty;
  },
  recognise(text2, file) {
    const comment = lineOfMatch(text2, FIRESTONE_COMMENT_LINE);
    const codes = lineOfMatch(text2, INTEGER_CODE);
    if (comment === null && codes === null)
      return null;
    const signs = [
      ...comment !== null ? [`its comment line at line ${comment}`] : [],
      ...codes !== null ? [`response codes written as integers (line ${codes + 1})`] : []
    ];
    return `${file}: written by firestone (${signs.join(", ")}); this tool writes the same API with firestone's known defects fixed, so the first regeneration may differ from it (docs/generation.md)`;
  },
  // firestone writes every response code as an integer (OA-20); this tool, and a spec repaired by hand, do not.
  firestoneOutput: (text2) => lineOfMatch(text2, INTEGER_CODE) !== null,
  ruleIds: RULE_IDS,
  describeRule,
  retiredRules: {},
  vocabulary: VOCABULARY.openapi
};
const KINDS = {
  asyncapi: asyncapiKind,
  openapi: openapiKind
};
const kindModule = (kind) => KINDS[kind];
const kindOfTarget = (workspace, target2) => target2.kind ?? kindOfOutput(workspace, target2.output);
const KNOWN_RULE_IDS = [...new Set(Object.values(KINDS).flatMap((k) => k.ruleIds))];
const RETIRED_RULE_IDS = Object.assign({}, ...Object.values(KINDS).map((k) => k.retiredRules));
function readSpec(text2, file, limits = {}) {
  const read = readSpecText(text2, file, limits);
  return { ...read, kind: kindOfDocument(read.document) };
}
const recognise = (kind, text2, file) => KINDS[kind].recognise?.(text2, file) ?? null;
const firestoneSides = (kind, oldText, newText) => ({
  old: recognise(kind, oldText, "") !== null,
  new: KINDS[kind].firestoneOutput?.(newText) ?? false
});
function kindOfPair(oldDoc, newDoc, files) {
  const kinds = [
    ["old", oldDoc],
    ["new", newDoc]
  ].map(([side, doc]) => {
    if (Object.hasOwn(doc, "swagger") && !Object.hasOwn(doc, "openapi")) {
      throw new InputError({
        file: files[side],
        message: `is a Swagger ${JSON.stringify(doc.swagger)} document; convert it to OpenAPI 3 first`
      });
    }
    return kindOfDocument(doc) ?? "asyncapi";
  });
  const [a, b] = kinds;
  if (a !== b) {
    throw new InputError({
      file: files.new,
      message: `is ${KINDS[b].vocabulary.name} but ${files.old} is ${KINDS[a].vocabulary.name}: diff compares two documents of one kind`
    });
  }
  return a;
}
function parseRange(range) {
  const parts = range.split("..");
  const [from, to] = parts;
  if (parts.length !== 2 || from === void 0 || to === void 0 || range.includes("...")) {
    throw new InputError({ message: `changelog needs a range FROM..TO (got ${JSON.stringify(range)})` });
  }
  for (const rev of [from, to]) {
    if (!isValidRevision(rev))
      throw new InputError({ message: `changelog: ${JSON.stringify(rev)} is not a valid git revision` });
  }
  return [from, to];
}
async function tagPairs(cwd, pattern) {
  let tags;
  try {
    tags = await listTags(cwd, pattern);
  } catch (e) {
    if (e instanceof GitError)
      throw new InputError({ message: `--tags: ${e.message}` });
    throw e;
  }
  if (tags.length < 2) {
    throw new InputError({
      message: `--tags ${pattern}: release notes need at least two matching tags (found ${tags.length}${tags.length === 1 ? `: ${tags[0]}` : ""})`
    });
  }
  return tags.slice(1).map((to, i) => [tags[i], to]).reverse();
}
function specReader(cwd) {
  const cache = /* @__PURE__ */ new Map();
  const read = async (rev, file) => {
    let result;
    try {
      result = await readFileAtRevision(cwd, rev, file);
    } catch (e) {
      if (e instanceof BaselineError || e instanceof GitError)
        throw new InputError({ message: `changelog: ${e.message}` });
      throw e;
    }
    return result.found ? { document: readSpec(result.text, `${file}@${rev}`).document, text: result.text } : null;
  };
  return (rev, file) => {
    const key = `${rev}\0${file}`;
    let hit = cache.get(key);
    if (hit === void 0)
      cache.set(key, hit = read(rev, file));
    return hit;
  };
}
const versionOf = (doc) => {
  const info = doc !== null && isRecord(doc.info) ? doc.info : null;
  const v = info?.version;
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : null;
};
async function buildChangelog(pairs, opts) {
  const read = specReader(opts.cwd);
  const sections = [];
  for (const [from, to] of pairs) {
    const specs = [];
    for (const target2 of opts.targets) {
      const [beforeRead, afterRead] = await Promise.all([read(from, target2.output), read(to, target2.output)]);
      const [before, after] = [beforeRead?.document ?? null, afterRead?.document ?? null];
      if (before === null && after === null)
        continue;
      const compatibility = target2.compatibility ?? opts.compatibility ?? DEFAULT_COMPATIBILITY;
      const kind = kindModule(target2.kind ?? kindOfDocument(after) ?? kindOfDocument(before) ?? kindOfName(target2.output));
      const perspective = perspectiveOf(kind.kind, target2.perspective ?? opts.perspective);
      const oldDoc = before ?? kind.emptyLike(after ?? {});
      const newDoc = after ?? kind.emptyLike(before ?? {});
      const changes = assignFingerprints(kind.compare(oldDoc, newDoc, {
        overrides: opts.rules,
        compatibility,
        ...perspective !== void 0 ? { perspective } : {},
        ...opts.today !== void 0 ? { today: opts.today } : {},
        ...beforeRead !== null && afterRead !== null ? { firestone: firestoneSides(kind.kind, beforeRead.text, afterRead.text) } : {}
      }));
      const status = before === null ? "added" : after === null ? "removed" : changes.length > 0 ? "changed" : "unchanged";
      specs.push({
        file: target2.output,
        kind: kind.kind,
        compatibility,
        ...perspective !== void 0 ? { perspective } : {},
        status,
        fromVersion: versionOf(before),
        toVersion: versionOf(after),
        changes,
        summary: summarize(changes)
      });
    }
    sections.push({ from, to, specs });
  }
  return { version: 1, sections };
}
const WAIVER_RULES = {
  expired: { id: "waiver.expired", type: "warning", title: "A waiver is past its expiry date" },
  unused: { id: "waiver.unused", type: "non-breaking", title: "A waiver matches no change" }
};
const WAIVER_RULE_IDS = Object.values(WAIVER_RULES).map((r) => r.id);
const matches = (w, c) => w.fingerprint !== void 0 && c.fingerprint === w.fingerprint || w.rule !== void 0 && w.path !== void 0 && c.rule === w.rule && c.path === w.path;
const what = (w) => w.fingerprint !== void 0 ? `fingerprint ${w.fingerprint}` : `rule ${w.rule ?? ""} at ${w.path ?? ""}`;
const compared = (spec) => ["compared", "new-api"].includes(baselineState(spec));
function applyWaivers(specs, opts) {
  const out = specs.map((s) => ({ ...s, changes: s.changes.map((c) => ({ ...c })) }));
  const used = new Set(out.flatMap((s) => s.changes.map((c) => c.fingerprint ?? "")));
  const extra = /* @__PURE__ */ new Map();
  for (const waiver of opts.waivers) {
    const spec = waiver.spec === void 0 ? void 0 : normalizeRelative(waiver.spec);
    const scope = spec === void 0 ? out : out.filter((s) => s.file === spec);
    const home = spec === void 0 ? out[0] : scope[0];
    if (home === void 0 || !scope.every(compared))
      continue;
    const add = (finding) => {
      extra.set(home, [...extra.get(home) ?? [], finding]);
    };
    if (waiver.expires !== void 0 && waiver.expires < opts.today) {
      add(waiverChange(WAIVER_RULES.expired, waiver, opts, `Waiver for ${what(waiver)} expired on ${waiver.expires} and waives nothing now (reason was: ${waiver.reason})`));
      continue;
    }
    let hit = false;
    for (const s of scope) {
      for (const c of s.changes) {
        if (c.waived === void 0 && matches(waiver, c)) {
          c.waived = { reason: waiver.reason, expires: waiver.expires ?? null, owner: waiver.owner ?? null };
          hit = true;
        }
      }
    }
    if (!hit) {
      add(waiverChange(WAIVER_RULES.unused, waiver, opts, `Waiver for ${what(waiver)} matches no change; delete it (reason was: ${waiver.reason})`));
    }
  }
  return out.map((s) => {
    const found = extra.get(s);
    return found ? { ...s, changes: [...s.changes, ...assignFingerprints(found, used)] } : s;
  });
}
function waiverChange(rule, waiver, opts, message2) {
  const override = opts.overrides && Object.hasOwn(opts.overrides, rule.id) ? opts.overrides[rule.id] : void 0;
  return {
    rule: rule.id,
    type: override ?? rule.type,
    message: message2,
    path: waiver.path ?? "",
    locations: [],
    source: opts.configFile !== null ? { file: opts.configFile, line: waiver.line } : null,
    before: null,
    after: null,
    identity: `${what(waiver)} ${waiver.spec ?? ""}`
  };
}
function runDate(flag, env, now = /* @__PURE__ */ new Date()) {
  const given = flag ?? (env.FIRESTONE_SPEC_TODAY || void 0);
  if (given === void 0)
    return utcToday(now);
  const day = validDay(given.trim());
  if (day === null) {
    const source = flag !== void 0 ? "--today" : "FIRESTONE_SPEC_TODAY";
    throw new InputError({ message: `${source} must be a date written YYYY-MM-DD (got ${JSON.stringify(given)})` });
  }
  return day;
}
function applyPolicy(specs, opts) {
  const used = /* @__PURE__ */ new Set();
  const fingerprinted = specs.map((s) => ({ ...s, changes: assignFingerprints(s.changes, used) }));
  return applyWaivers(fingerprinted, opts).map((s) => ({ ...s, summary: summarize(s.changes) }));
}
const REPORT_ORDER = CHANGE_TYPES;
const TYPE_INFO = {
  breaking: {
    icon: "\u274C",
    title: "Breaking changes",
    noun: ["breaking change", "breaking changes"],
    meaning: "an existing client or server built on the old spec fails on the new one."
  },
  warning: {
    icon: "\u26A0\uFE0F",
    title: "Warnings",
    noun: ["warning", "warnings"],
    meaning: "these break only clients that validate strictly (closed enums, generated types)."
  },
  "non-breaking": {
    icon: "\u2705",
    title: "Non-breaking changes",
    noun: ["non-breaking change", "non-breaking changes"],
    meaning: "compatible; listed so reviewers see the API moved."
  },
  unclassified: {
    icon: "\u2754",
    title: "Unclassified changes",
    noun: ["unclassified change", "unclassified changes"],
    meaning: "no rule matched these changes; review them by hand (and please report them, the goal is zero)."
  }
};
const countOf = (n, [one, many]) => `${n} ${n === 1 ? one : many}`;
VOCABULARY.asyncapi.direction;
const placeOf = (l) => isAsyncApiLocation(l) ? l.channel : l.method === null ? l.path : `${l.method.toUpperCase()} ${l.path}`;
function channelsOf(locations, words = VOCABULARY.asyncapi) {
  const byChannel = /* @__PURE__ */ new Map();
  for (const location2 of locations) {
    const channel = placeOf(location2);
    const { direction: direction2 } = location2;
    const dirs = byChannel.get(channel) ?? /* @__PURE__ */ new Set();
    if (direction2 !== null)
      dirs.add(direction2);
    byChannel.set(channel, dirs);
  }
  return [...byChannel].map(([channel, dirs]) => ({
    channel,
    directions: [...dirs].sort().map((d) => words.direction[d])
  }));
}
const placesCount = (n, words = VOCABULARY.asyncapi) => countOf(n, words.place);
function impact(change, words = VOCABULARY.asyncapi) {
  if (change.type !== "breaking" && change.type !== "warning")
    return null;
  if (change.type === "warning" && hasUnknownImpact(change.rule))
    return "whom it affects cannot be told: read it";
  const dirs = new Set(change.locations.map((l) => l.direction));
  const only = dirs.size === 1 ? [...dirs][0] : void 0;
  const strict = change.type === "warning" ? " and validate strictly" : "";
  if (only === void 0 || only === null)
    return change.type === "warning" ? "breaks clients that validate strictly" : "breaks existing clients";
  return `breaks ${words.users[only]}${strict}`;
}
const shortRef = (ref) => /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(ref) ? ref.slice(0, 12) : ref;
const DEFAULT_FIX_COMMAND = "npx firestone-spec update";
const MARKER_PREFIX = "<!-- firestone-spec-action";
const ZWSP = "\u200B";
const CONTROL = /\r\n|[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
function toSingleLine(text2) {
  return text2.replace(CONTROL, " ").replace(BIDI, "\uFFFD");
}
const HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const MARKDOWN_PUNCTUATION = /[\\`*_[\]~|#!$]/g;
function escapeMarkdown(text2) {
  return toSingleLine(text2).replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`).replace(/[&<>]/g, (c) => HTML_ENTITIES[c] ?? c).replace(/@/g, `@${ZWSP}`).replace(/\\#(?=\d)/g, `\\#${ZWSP}`).replace(/([A-Za-z]):(?=\/\/)/g, `$1${ZWSP}:`).replace(/\b(www)\./gi, `$1${ZWSP}.`);
}
function inlineCode(text2) {
  const content = toSingleLine(text2).replace(/<!--/g, `<${ZWSP}!--`);
  if (content === "")
    return "` `";
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const edgeSpaces = content.startsWith(" ") && content.endsWith(" ") && content.trim() !== "";
  const pad = content.startsWith("`") || content.endsWith("`") || edgeSpaces ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
function truncateText(text2, max) {
  if (text2.length <= max)
    return text2;
  let end = Math.max(0, max - 1);
  const code2 = text2.charCodeAt(end - 1);
  if (end > 0 && code2 >= 55296 && code2 <= 56319)
    end -= 1;
  return `${text2.slice(0, end)}\u2026`;
}
function sanitizeTerminal(text2) {
  return toSingleLine(text2);
}
function headline(specs, summary, counts, name) {
  const rest = summary.waived > 0 ? [...counts, `${summary.waived} waived`] : [...counts];
  const skipped = specs.filter((s) => baselineState(s) === "skipped");
  if (skipped.length > 0) {
    const what2 = skipped.length === 1 && skipped[0] ? `the baseline of ${name(skipped[0].file)} is unreadable` : `${skipped.length} baselines are unreadable`;
    return [`Breaking-change check could not run: ${what2}`, ...rest].join("; ");
  }
  if (specs.some((s) => baselineState(s) === "none")) {
    return ["Breaking-change check did not run: no base revision", ...rest].join("; ");
  }
  if (summary.breaking > 0)
    return rest.join(", ");
  return `No breaking changes; ${rest.length > 0 ? rest.join(", ") : "no API changes"}`;
}
const FAIL_ON_VALUES = [
  "baseline-unreadable",
  "breaking",
  "warning",
  "unclassified",
  "non-breaking",
  "drift"
];
const DEFAULT_FAIL_ON = "breaking,drift";
const DIFF_DEFAULT_FAIL_ON = "breaking";
const isFailOn = (word) => FAIL_ON_VALUES.includes(word);
function parseFailOn(value) {
  const option = "fail-on";
  const words = value.split(",").map((w) => w.trim().toLowerCase()).filter((w) => w !== "");
  const expected = `expected a comma list of ${FAIL_ON_VALUES.join(", ")}, or never`;
  if (words.length === 0)
    throw new InputError({ message: `${option} is empty; ${expected}` });
  if (words.includes("never")) {
    if (words.length > 1)
      throw new InputError({ message: `${option}: 'never' cannot be combined with other values` });
    return "never";
  }
  const unknown = words.filter((w) => !isFailOn(w));
  if (unknown.length > 0) {
    throw new InputError({
      message: `${option}: unknown value ${unknown.map((w) => JSON.stringify(w)).join(", ")}; ${expected}`
    });
  }
  return new Set(words.filter(isFailOn));
}
function failures(report, failOn, opts = {}) {
  if (failOn === "never")
    return [];
  const reasons = [];
  for (const spec of report.specs) {
    const summary = summarize(spec.changes);
    for (const type of FAIL_ON_VALUES) {
      if (!failOn.has(type))
        continue;
      if (type === "baseline-unreadable") {
        if (spec.baseline.error !== void 0)
          reasons.push(`the baseline of ${toSingleLine(spec.file)} could not be read, so the breaking-change check did not run`);
        continue;
      }
      if (type === "drift") {
        if (spec.drift && !opts.driftFixed)
          reasons.push(`${toSingleLine(spec.file)} is out of date with its resources (drift)`);
        continue;
      }
      if (type === "breaking" && (opts.approvedBreaking || spec.compatibility === "none"))
        continue;
      const n = summary[SUMMARY_KEY[type]];
      if (n > 0)
        reasons.push(`${countOf(n, TYPE_INFO[type].noun)} in ${toSingleLine(spec.file)}`);
    }
  }
  return reasons;
}
const MAX = 1e3;
const md = (s) => escapeMarkdown(truncateText(s, MAX));
const code$1 = (s) => inlineCode(truncateText(s, 200));
const plain = (s) => toSingleLine(s);
const STATUS = {
  added: "new API: everything is an addition",
  removed: "removed: the spec file is gone",
  changed: "",
  unchanged: "no API changes"
};
function versions(spec) {
  return `${spec.fromVersion ?? "(none)"} \u2192 ${spec.toVersion ?? "(none)"}`;
}
function specHeadline(spec, name) {
  const counts = REPORT_ORDER.filter((t) => spec.summary[SUMMARY_KEY[t]] > 0).map((t) => countOf(spec.summary[SUMMARY_KEY[t]], TYPE_INFO[t].noun));
  const asReport = {
    file: spec.file,
    drift: false,
    baseline: { ref: null, found: true },
    changes: spec.changes
  };
  return headline([{ ...asReport, summary: spec.summary }], spec.summary, counts, name);
}
function markdownChange(change, words) {
  const uses = channelsOf(change.locations, words);
  const fields = [md(change.message)];
  if (uses.length > 0 && uses.length <= 3)
    fields.push(`on ${uses.map((u) => code$1(u.channel)).join(", ")}`);
  if (uses.length > 3)
    fields.push(`on ${placesCount(uses.length, words)}`);
  const who = impact(change, words);
  if (who !== null)
    fields.push(who);
  fields.push(`rule ${code$1(change.rule)}`);
  return `- ${fields.join(" \u2014 ")}
`;
}
function renderChangelogMarkdown(log) {
  const out = ["# API changes\n"];
  if (log.sections.length === 0)
    out.push("\nNo revisions to compare.\n");
  for (const section of log.sections) {
    out.push(`
## ${code$1(section.from)} \u2192 ${code$1(section.to)}
`);
    if (section.specs.length === 0)
      out.push("\nNo spec file at either revision.\n");
    for (const spec of section.specs) {
      out.push(`
### ${code$1(spec.file)} ${md(versions(spec))}

`);
      out.push(`${specHeadline(spec, code$1)}${STATUS[spec.status] ? ` (${STATUS[spec.status]})` : ""}. `);
      out.push(`Compatibility ${code$1(spec.compatibility)}.
`);
      if (spec.perspective === "client")
        out.push(`
Perspective \`client\`: ${PERSPECTIVE_MEANING.client}
`);
      for (const type of REPORT_ORDER) {
        const changes = spec.changes.filter((c) => c.type === type);
        if (changes.length === 0)
          continue;
        out.push(`
**${TYPE_INFO[type].icon} ${TYPE_INFO[type].title} (${changes.length})**

`);
        out.push(...changes.map((c) => markdownChange(c, vocabularyOf(spec.kind))));
      }
    }
  }
  return out.join("");
}
function renderChangelogText(log) {
  const lines = [];
  if (log.sections.length === 0)
    lines.push("no revisions to compare");
  for (const section of log.sections) {
    lines.push(`${plain(section.from)}..${plain(section.to)}`);
    if (section.specs.length === 0)
      lines.push("  no spec file at either revision");
    for (const spec of section.specs) {
      const status = STATUS[spec.status] ? ` (${STATUS[spec.status]})` : "";
      lines.push(`  ${plain(spec.file)} ${plain(versions(spec))}: ${specHeadline(spec, plain)}${status}`);
      if (spec.perspective === "client")
        lines.push(`    perspective client: ${PERSPECTIVE_MEANING.client}`);
      for (const type of REPORT_ORDER) {
        for (const c of spec.changes.filter((x) => x.type === type)) {
          lines.push(`    ${type}: ${plain(c.message)} (${plain(c.rule)})`);
        }
      }
    }
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}
`;
}
function renderChangelogJson(log) {
  const sections = log.sections.map((s) => ({
    from: s.from,
    to: s.to,
    specs: s.specs.map((spec) => ({
      file: spec.file,
      compatibility: spec.compatibility,
      ...spec.perspective !== void 0 ? { perspective: spec.perspective } : {},
      status: spec.status,
      fromVersion: spec.fromVersion,
      toVersion: spec.toVersion,
      changes: spec.changes.map((c) => ({
        rule: c.rule,
        type: c.type,
        fingerprint: c.fingerprint,
        message: c.message,
        path: c.path,
        locations: c.locations,
        before: c.before ?? null,
        after: c.after ?? null
      })),
      summary: spec.summary
    }))
  }));
  return `${JSON.stringify({ version: 1, sections }, null, 2)}
`;
}
const REPORT_LIMITS = {
  specs: 1e3,
  changes: 1e5,
  locations: 1e4
};
const str = (maxLength) => ({ type: "string", maxLength });
const nullable = (schema2) => ({ anyOf: [{ type: "null" }, schema2] });
const count = { type: "integer", minimum: 0, maximum: 1e9 };
const summaryProps = { breaking: count, warning: count, nonBreaking: count, unclassified: count, waived: count };
const closed = (properties, optional = []) => ({
  type: "object",
  properties,
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  additionalProperties: false
});
const direction = { enum: ["client-receives", "client-sends", null] };
const asyncApiLocation = closed({ channel: str(2048), direction, operation: nullable(str(2048)) });
const openApiLocation = closed({
  path: str(2048),
  method: nullable(str(16)),
  operation: nullable(str(2048)),
  direction,
  in: { enum: ["path", "query", "header", "cookie", "body", "response", null] },
  status: nullable(str(16)),
  mediaType: nullable(str(256))
});
closed({
  version: { const: 1 },
  context: nullable(closed({
    event: { type: "string", pattern: "^[a-z_]{1,64}$" },
    pullRequest: nullable({ type: "integer", minimum: 1, maximum: 1e12 }),
    headSha: nullable({ type: "string", pattern: "^[0-9a-fA-F]{4,64}$" }),
    baseSha: nullable({ type: "string", pattern: "^[0-9a-fA-F]{4,64}$" }),
    repository: { type: "string", pattern: "^[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}$" }
  }, ["repository"])),
  specs: {
    type: "array",
    maxItems: REPORT_LIMITS.specs,
    items: closed(
      {
        file: { ...str(4096), minLength: 1 },
        kind: { enum: [...SPEC_KINDS] },
        drift: { type: "boolean" },
        baseline: closed({ ref: nullable(str(256)), found: { type: "boolean" }, file: str(4096), error: str(1e4) }, ["file", "error"]),
        compatibility: { enum: ["backward", "forward", "full", "none"] },
        perspective: { enum: ["application", "client"] },
        changes: {
          type: "array",
          maxItems: REPORT_LIMITS.changes,
          items: closed(
            {
              rule: { ...str(200), minLength: 1 },
              type: { enum: [...CHANGE_TYPES] },
              fingerprint: { type: "string", pattern: "^[0-9a-f]{8,64}$" },
              message: str(1e4),
              path: str(4096),
              locations: {
                type: "array",
                maxItems: REPORT_LIMITS.locations,
                items: { anyOf: [asyncApiLocation, openApiLocation] }
              },
              source: nullable(closed({ file: { ...str(4096), minLength: 1 }, line: { type: "integer", minimum: 1, maximum: 1e9 } })),
              // Any JSON value; depth is checked separately (JSON Schema cannot bound it).
              before: {},
              after: {},
              waived: closed({ reason: str(1e4), expires: nullable(str(10)), owner: nullable(str(1e3)) })
            },
            // Reports of earlier versions have no fingerprints or waivers; they still post.
            ["fingerprint", "waived"]
          )
        },
        summary: closed(summaryProps, ["waived"])
      },
      // Reports of earlier versions name no kind (they were AsyncAPI).
      ["kind", "compatibility", "perspective"]
    )
  },
  summary: closed({ ...summaryProps, drift: { type: "boolean" } }, ["waived"])
});
function renderJson(report) {
  return `${JSON.stringify(orderedReport(report), null, 2)}
`;
}
function orderedReport(report) {
  return {
    version: 1,
    context: report.context === null ? null : orderedContext(report.context),
    specs: report.specs.map(orderedSpec),
    summary: { ...orderedSummary(report.summary), drift: report.summary.drift }
  };
}
function orderedContext(c) {
  const out = { event: c.event, pullRequest: c.pullRequest, headSha: c.headSha, baseSha: c.baseSha };
  if (c.repository !== void 0)
    out.repository = c.repository;
  return out;
}
function orderedSpec(s) {
  const baseline = { ref: s.baseline.ref, found: s.baseline.found };
  if (s.baseline.file !== void 0)
    baseline.file = s.baseline.file;
  if (s.baseline.error !== void 0)
    baseline.error = s.baseline.error;
  return {
    file: s.file,
    ...s.kind !== void 0 ? { kind: s.kind } : {},
    drift: s.drift,
    baseline,
    ...s.compatibility !== void 0 ? { compatibility: s.compatibility } : {},
    ...s.perspective !== void 0 ? { perspective: s.perspective } : {},
    changes: s.changes.map(orderedChange),
    summary: orderedSummary(s.summary)
  };
}
const orderedChange = (c) => ({
  rule: c.rule,
  type: c.type,
  ...c.fingerprint !== void 0 ? { fingerprint: c.fingerprint } : {},
  message: c.message,
  path: c.path,
  locations: c.locations.map(orderedLocation),
  source: c.source === null ? null : { file: c.source.file, line: c.source.line },
  // `undefined` would silently drop the key; the contract has null for "nothing".
  before: c.before === void 0 ? null : c.before,
  after: c.after === void 0 ? null : c.after,
  ...c.waived !== void 0 ? { waived: { reason: c.waived.reason, expires: c.waived.expires, owner: c.waived.owner } } : {}
});
const orderedLocation = (l) => isAsyncApiLocation(l) ? { channel: l.channel, direction: l.direction, operation: l.operation } : {
  path: l.path,
  method: l.method,
  operation: l.operation,
  direction: l.direction,
  in: l.in,
  status: l.status,
  mediaType: l.mediaType
};
const orderedSummary = (s) => ({
  breaking: s.breaking,
  warning: s.warning,
  nonBreaking: s.nonBreaking,
  unclassified: s.unclassified,
  ...s.waived !== void 0 ? { waived: s.waived } : {}
});
const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const LEVEL = {
  breaking: "error",
  warning: "warning",
  "non-breaking": "note",
  unclassified: "note"
};
const OTHER_RULES = {
  drift: { id: "spec.drift", title: "The committed spec differs from what its resources generate" },
  unreadable: {
    id: "baseline.unreadable",
    title: "The baseline could not be read: the breaking-change check did not run"
  }
};
const TITLES = new Map([
  ...Object.values(WAIVER_RULES).map((r) => [r.id, r.title]),
  ...Object.values(OTHER_RULES).map((r) => [r.id, r.title])
]);
function ruleDescriptor(id, kind) {
  const described = kindModule(kind).describeRule(id);
  const title = described?.title ?? TITLES.get(id) ?? id;
  return {
    id,
    shortDescription: { text: title },
    fullDescription: { text: described?.help ?? title },
    ...described !== void 0 ? { help: { text: described.help } } : {}
  };
}
const MAX_MESSAGE$1 = 2e3;
const clean$1 = (s) => truncateText(toSingleLine(s), MAX_MESSAGE$1);
function changeFinding(change, spec, opts) {
  const words = vocabularyOf(spec.kind);
  const uses = channelsOf(change.locations, words);
  const on = uses.length === 0 ? "" : uses.length <= 3 ? ` On ${uses.map((u) => u.channel).join(", ")}.` : ` On ${placesCount(uses.length, words)}.`;
  const who = change.waived === void 0 ? impact(change, words) : null;
  const waived = change.waived !== void 0 ? ` Waived: ${change.waived.reason}` : "";
  const place = change.source !== null ? { file: change.source.file, line: change.source.line } : { file: spec.file, line: opts.specLine?.(spec.file, change.path) ?? 1 };
  return {
    ruleId: change.rule,
    kind: spec.kind ?? "asyncapi",
    level: change.waived !== void 0 ? "note" : LEVEL[change.type],
    message: clean$1(`${change.message}.${on}${who !== null ? ` This ${who}.` : ""} (${spec.file})${waived}`),
    ...place,
    ...change.fingerprint !== void 0 ? { fingerprint: change.fingerprint } : {},
    ...change.waived !== void 0 ? { waived: clean$1(change.waived.reason) } : {}
  };
}
function specFindings(spec, opts) {
  const out = [];
  if (spec.baseline.error !== void 0) {
    out.push({
      ruleId: OTHER_RULES.unreadable.id,
      kind: spec.kind ?? "asyncapi",
      level: "warning",
      message: clean$1(`The baseline of ${spec.file} could not be read: ${spec.baseline.error}`),
      file: spec.file,
      line: 1
    });
  }
  if (spec.drift) {
    out.push({
      ruleId: OTHER_RULES.drift.id,
      kind: spec.kind ?? "asyncapi",
      level: "warning",
      message: clean$1(`${spec.file} does not match what its resource files generate; run firestone-spec update.`),
      file: spec.file,
      line: 1
    });
  }
  return [...out, ...spec.changes.map((c) => changeFinding(c, spec, opts))];
}
function renderSarif(report, opts) {
  const findings = report.specs.flatMap((s) => specFindings(s, opts));
  const kinds = /* @__PURE__ */ new Map();
  for (const f of findings)
    if (!kinds.has(f.ruleId))
      kinds.set(f.ruleId, f.kind);
  const ruleIds = [...kinds.keys()];
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const prefix = opts.rootPrefix ?? "";
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "firestone-spec",
            version: opts.version,
            rules: ruleIds.map((id) => ruleDescriptor(id, kinds.get(id) ?? "asyncapi"))
          }
        },
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ruleIndex: index.get(f.ruleId),
          level: f.level,
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(prefix + f.file) },
                region: { startLine: f.line }
              }
            }
          ],
          ...f.fingerprint !== void 0 ? { partialFingerprints: { "firestoneSpec/v1": f.fingerprint } } : {},
          ...f.waived !== void 0 ? { suppressions: [{ kind: "external", justification: f.waived }] } : {}
        }))
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
async function repoPrefix(cwd) {
  const result = await git(["rev-parse", "--show-prefix"], { cwd });
  return result.code === 0 ? result.stdout.trim() : "";
}
function specLineReader(cwd) {
  const locators = /* @__PURE__ */ new Map();
  return (file, pointer) => {
    if (!locators.has(file)) {
      const full = path.resolve(cwd, file);
      const ok = fs.existsSync(full) && fs.statSync(full).isFile() && fs.statSync(full).size <= MAX_SPEC_BYTES;
      locators.set(file, ok ? locatorForText(fs.readFileSync(full, "utf8"), file) : null);
    }
    return locators.get(file)?.(pointer)?.line ?? null;
  };
}
const rank = (t) => REPORT_ORDER.indexOf(t);
const worse = (a, b) => rank(a) <= rank(b) ? a : b;
function byResourceLine(specs) {
  const rows = /* @__PURE__ */ new Map();
  specs.forEach((spec, column) => {
    for (const change of spec.changes) {
      if (change.source === null || change.waived !== void 0)
        continue;
      const key = `${change.source.file}\0${change.source.line}`;
      let row = rows.get(key);
      if (row === void 0) {
        row = { file: change.source.file, line: change.source.line, cells: specs.map(() => null), worst: change.type };
        rows.set(key, row);
      }
      const cell = row.cells[column];
      row.cells[column] = cell === null || cell === void 0 ? { worst: change.type, count: 1 } : { worst: worse(cell.worst, change.type), count: cell.count + 1 };
      row.worst = worse(row.worst, change.type);
    }
  });
  const sorted = [...rows.values()].sort((a, b) => rank(a.worst) - rank(b.worst) || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { columns: specs.map((s) => s.file), rows: sorted };
}
const MAX_LINE_ROWS = 50;
const SERVER = /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~-]+)*\/?$/;
const REPOSITORY = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
const SHA = /^[0-9a-f]{7,64}$/i;
const encodeSegment = (segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
function lineUrl(base, file, line) {
  if (!SERVER.test(base.server) || !REPOSITORY.test(base.repository) || !SHA.test(base.sha))
    return null;
  if (!Number.isInteger(line) || line < 1)
    return null;
  const segments = file.split("/");
  if (segments.some((s) => s === "" || s === "." || s === ".."))
    return null;
  return `${base.server.replace(/\/$/, "")}/${base.repository}/blob/${base.sha}/${segments.map(encodeSegment).join("/")}#L${line}`;
}
const DEFAULT_MAX_LENGTH = 65e3;
const MAX_MESSAGE = 1e3;
const MAX_NAME = 200;
const MAX_ERROR = 500;
const INLINE_CHANNELS = 3;
const MAX_LISTED_CHANNELS = 50;
const FOLD_AFTER = 10;
function commentMarker(specFiles) {
  const files = typeof specFiles === "string" ? [specFiles] : [...new Set(specFiles)].sort();
  return `${MARKER_PREFIX}:${files.map((f) => encodeURIComponent(f).replace(/%2F/g, "/")).join(",")} -->`;
}
const code = (text2) => inlineCode(truncateText(text2, MAX_NAME));
const text = (value, max) => escapeMarkdown(truncateText(value, max));
function verdict(specs, opts) {
  const summary = totalSummary(specs);
  const approved = Boolean(opts.approvedLabel) && summary.breaking > 0;
  const counts = REPORT_ORDER.filter((t) => summary[SUMMARY_KEY[t]] > 0).map((t) => {
    const phrase = countOf(summary[SUMMARY_KEY[t]], TYPE_INFO[t].noun);
    return t === "breaking" && approved ? `${phrase} approved with label ${code(opts.approvedLabel ?? "")}` : phrase;
  });
  const drifted = specs.filter((s) => s.drift);
  const skipped = specs.filter((s) => baselineState(s) === "skipped");
  const extras = [];
  if (drifted.length === 1 && drifted[0]) {
    extras.push(`${code(drifted[0].file)} ${opts.driftFixed ? "regenerated from its resources" : "is out of date with its resources"}`);
  } else if (drifted.length > 1) {
    extras.push(`${drifted.length} spec files ${opts.driftFixed ? "regenerated from their resources" : "are out of date with their resources"}`);
  }
  const icon = summary.breaking > 0 && !approved ? "\u274C" : summary.warning > 0 || summary.unclassified > 0 || drifted.length > 0 && !opts.driftFixed || skipped.length > 0 ? "\u26A0\uFE0F" : "\u2705";
  const head = headline(specs, summary, counts, (file) => code(file));
  return { icon, text: [head, ...extras].join("; ") };
}
const fixed = (t) => ({ kind: "fixed", text: t });
function renderMarkdown(report, opts) {
  const overall = verdict(report.specs, opts);
  const head = (opts.marker !== void 0 ? `${commentMarker(opts.marker)}
` : "") + `### ${overall.icon} ${overall.text}

`;
  const multi = report.specs.length > 1;
  const links = linkBase(opts.serverUrl, report.context);
  const parts = multi ? [fixed(byLineTable(report.specs, links))] : [];
  parts.push(...report.specs.flatMap((spec) => specParts(spec, multi, { ...opts, context: report.context })));
  parts.push(...footerParts(report, opts));
  return assemble(head, parts, opts.maxLength ?? DEFAULT_MAX_LENGTH, (n) => truncationNote(n, opts.jobSummaryUrl ?? null));
}
function specParts(spec, multi, opts) {
  const parts = [];
  if (multi) {
    const v = verdict([spec], opts);
    parts.push(fixed(`#### ${code(spec.file)}

${v.icon} ${v.text}

`));
  }
  parts.push(fixed(`${baselineLine(spec)}

`));
  const mode = compatibilityLine(spec);
  if (mode !== null)
    parts.push(fixed(`${mode}

`));
  const perspective = perspectiveLine(spec);
  if (perspective !== null)
    parts.push(fixed(`${perspective}

`));
  if (spec.drift)
    parts.push(fixed(`${driftLine(spec, opts)}

`));
  const links = linkBase(opts.serverUrl, opts.context);
  const item = (c) => changeItem(c, spec, links);
  for (const type of REPORT_ORDER) {
    const changes = spec.changes.filter((c) => c.type === type && c.waived === void 0);
    if (changes.length === 0)
      continue;
    const info = TYPE_INFO[type];
    const heading = `${info.icon} ${info.title} (${changes.length})`;
    const fold = type !== "breaking" && changes.length > FOLD_AFTER;
    parts.push({
      kind: "list",
      // Only our own words and numbers go into <summary>: repository text stays in escaped list items.
      open: fold ? `<details><summary>${heading}</summary>

_${info.meaning}_

` : `**${heading}**: ${info.meaning}

`,
      items: changes.map(item),
      close: fold ? "\n</details>\n\n" : "\n"
    });
  }
  const waived = spec.changes.filter((c) => c.waived !== void 0);
  if (waived.length > 0) {
    parts.push({
      kind: "list",
      open: `**\u{1F515} Waived (${waived.length})**: accepted by a waiver in the config; listed, but they do not count.

`,
      items: waived.map(item),
      close: "\n"
    });
  }
  return parts;
}
function byLineTable(specs, links) {
  const { columns, rows } = byResourceLine(specs);
  const head = "**By resource line**";
  if (rows.length === 0)
    return `${head}: no change traced to a resource line.

`;
  const cellText = (c) => c === null ? "" : `${TYPE_INFO[c.worst].icon} ${c.worst} (${c.count})`;
  const lineText = (r) => {
    const shown2 = text(`${r.file}:${r.line}`, MAX_NAME);
    const url = links !== null ? lineUrl(links, r.file, r.line) : null;
    return url !== null ? `[${shown2}](${url})` : shown2;
  };
  const lines = [
    `| Resource line | ${columns.map((c) => text(c, MAX_NAME)).join(" | ")} |`,
    `|---|${columns.map(() => "---").join("|")}|`,
    ...rows.slice(0, MAX_LINE_ROWS).map((r) => `| ${lineText(r)} | ${r.cells.map(cellText).join(" | ")} |`)
  ];
  const more = rows.length > MAX_LINE_ROWS ? `
\u2026 and ${rows.length - MAX_LINE_ROWS} more lines, listed below.
` : "";
  return `${head}: the most severe change each resource line caused in each spec, and how many.

${lines.join("\n")}
${more}
`;
}
function compatibilityLine(spec) {
  if (spec.compatibility === void 0)
    return null;
  const state = baselineState(spec);
  if (state !== "compared" && state !== "new-api")
    return null;
  return `Compatibility ${code(spec.compatibility)}: ${COMPATIBILITY_MEANING[spec.compatibility]}`;
}
function perspectiveLine(spec) {
  if (spec.perspective !== "client")
    return null;
  const state = baselineState(spec);
  if (state !== "compared" && state !== "new-api")
    return null;
  return `Perspective ${code("client")}: ${PERSPECTIVE_MEANING.client}`;
}
function linkBase(serverUrl, context) {
  if (!serverUrl || !context?.repository || !context.headSha)
    return null;
  return { server: serverUrl, repository: context.repository, sha: context.headSha };
}
function baselineLine(spec) {
  const at2 = spec.baseline.ref !== null ? ` at ${code(shortRef(spec.baseline.ref))}` : "";
  switch (baselineState(spec)) {
    case "compared":
      if (spec.baseline.ref !== null)
        return `${code(spec.file)} regenerated from its resources and compared with the baseline${at2}.`;
      if (spec.baseline.file !== void 0 && spec.baseline.file !== spec.file)
        return `${code(spec.baseline.file)} (old) compared with ${code(spec.file)} (new).`;
      return `${code(spec.file)} regenerated from its resources and compared with the file as it is in the working tree.`;
    case "new-api":
      return `\u{1F195} New API: there is no ${code(spec.file)}${at2}, so every change is an addition.`;
    case "none":
      return `\u2139\uFE0F No base revision to compare ${code(spec.file)} with; the breaking-change check did not run.`;
    case "skipped":
      return `\u26A0\uFE0F The baseline ${code(spec.file)}${at2} could not be read or parsed, so the breaking-change check was skipped: ` + text(spec.baseline.error ?? "", MAX_ERROR);
  }
}
function driftLine(spec, opts) {
  if (opts.driftFixed)
    return `\u{1F504} ${code(spec.file)} was out of date with its resources and has been regenerated.`;
  return `\u26A0\uFE0F **Out of date:** ${code(spec.file)} differs from what its resource files generate. Run ${inlineCode(opts.fixCommand ?? DEFAULT_FIX_COMMAND)} and commit the result.`;
}
const useText = (use) => use.directions.length > 0 ? `${code(use.channel)} (${use.directions.join(", ")})` : code(use.channel);
function placeText(file, line, links) {
  const shown2 = code(`${file}:${line}`);
  const url = links !== null ? lineUrl(links, file, line) : null;
  return url !== null ? `[${shown2}](${url})` : shown2;
}
function changeItem(change, spec, links) {
  const words = vocabularyOf(spec.kind);
  const uses = channelsOf(change.locations, words);
  const fields = [text(change.message, MAX_MESSAGE)];
  if (uses.length > 0 && uses.length <= INLINE_CHANNELS)
    fields.push(`on ${uses.map(useText).join(", ")}`);
  if (uses.length > INLINE_CHANNELS)
    fields.push(`on ${placesCount(uses.length, words)}`);
  const who = impact(change, words);
  if (who !== null && change.waived === void 0)
    fields.push(who);
  if (change.source !== null)
    fields.push(placeText(change.source.file, change.source.line, links));
  fields.push(`rule ${code(change.rule)}`);
  if (change.waived !== void 0)
    fields.push(waivedText(change));
  const line = `- ${fields.join(" \u2014 ")}
`;
  const snippet = change.type === "breaking" && change.waived === void 0 ? waiverSnippet(change, spec) : "";
  if (uses.length <= INLINE_CHANNELS)
    return snippet === "" ? line : `${line}${snippet}`;
  const listed = uses.slice(0, MAX_LISTED_CHANNELS).map((u) => `  - ${useText(u)}
`);
  const more = uses.length > MAX_LISTED_CHANNELS ? `  - \u2026 and ${uses.length - MAX_LISTED_CHANNELS} more
` : "";
  return `${line}
  <details><summary>${placesCount(uses.length, words)}</summary>

${listed.join("")}${more}
  </details>

${snippet}`;
}
function waivedText(change) {
  const w = change.waived;
  if (w === void 0)
    return "";
  const until = w.expires !== null ? ` until ${w.expires}` : "";
  const owner = w.owner !== null ? `, owner ${text(w.owner, MAX_NAME)}` : "";
  return `**waived** ${TYPE_INFO[change.type].noun[0]}${until}${owner}: ${text(w.reason, MAX_MESSAGE)}`;
}
const yamlString = (value) => JSON.stringify(value).replace(/[`<>&@]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
function waiverSnippet(change, spec) {
  if (change.fingerprint === void 0 || !/^[0-9a-f]+$/.test(change.fingerprint))
    return "";
  const yaml2 = [
    "waivers:",
    `  - fingerprint: "${change.fingerprint}"`,
    '    reason: "TODO: why clients are not affected"',
    "    # expires: YYYY-MM-DD   # optional: the waiver holds through that day (UTC)",
    "    # owner: team-name      # optional",
    `    spec: ${yamlString(spec.file)}`
  ];
  const body = ["```yaml", ...yaml2, "```"].map((l) => `  ${l}`).join("\n");
  return `
  <details><summary>Waive this change</summary>

${body}

  </details>

`;
}
function footerParts(report, opts) {
  const summary = totalSummary(report.specs);
  if (summary.breaking === 0)
    return [];
  if (opts.approvedLabel) {
    return [fixed(`Breaking changes are accepted: the pull request has the label ${code(opts.approvedLabel)}.
`)];
  }
  if (report.context !== null && report.context.pullRequest === null)
    return [];
  return [
    fixed(`To accept the breaking changes, add the label ${code(opts.allowBreakingLabel)} to the pull request, or accept one at a time with the waiver under it, added to the config file.
`)
  ];
}
const SAFE_URL = /^https?:\/\/[^\s<>()[\]`"'\\]+$/;
function truncationNote(omitted, jobSummaryUrl) {
  const where = jobSummaryUrl !== null && SAFE_URL.test(jobSummaryUrl) ? `[job summary](${jobSummaryUrl})` : "job summary";
  return `
\u2026 ${countOf(omitted, ["more change", "more changes"])} not shown \u2014 see the ${where}.
`;
}
function assemble(head, parts, max, note) {
  const render2 = (p) => p.kind === "fixed" ? p.text : p.open + p.items.join("") + p.close;
  const full = head + parts.map(render2).join("");
  if (full.length <= max)
    return full;
  const total = parts.reduce((n, p) => n + (p.kind === "list" ? p.items.length : 0), 0);
  const fixedLength = parts.reduce((n, p) => n + (p.kind === "fixed" ? p.text.length : 0), 0);
  let budget = max - head.length - note(total).length - fixedLength;
  if (budget < 0)
    return fitHard(head + note(total), max);
  let out = head;
  let shown2 = 0;
  let stopped = false;
  for (const part of parts) {
    if (part.kind === "fixed") {
      out += part.text;
      continue;
    }
    if (stopped)
      continue;
    let taken = "";
    let cost = part.open.length + part.close.length;
    for (const item of part.items) {
      if (cost + item.length > budget) {
        stopped = true;
        break;
      }
      cost += item.length;
      taken += item;
      shown2 += 1;
    }
    if (taken !== "") {
      out += part.open + taken + part.close;
      budget -= cost;
    }
  }
  return out + note(total - shown2);
}
function fitHard(textValue, max) {
  if (textValue.length <= max)
    return textValue;
  const cut = truncateText(textValue, max);
  const lineEnd = cut.lastIndexOf("\n");
  return lineEnd > 0 ? cut.slice(0, lineEnd + 1) : cut;
}
const SGR = {
  red: "31",
  yellow: "33",
  green: "32",
  magenta: "35",
  cyan: "36",
  bold: "1",
  dim: "2"
};
const TYPE_STYLE = {
  breaking: "red",
  warning: "yellow",
  "non-breaking": "green",
  unclassified: "magenta"
};
const painter = (color) => (style, value) => color ? `\x1B[${SGR[style]}m${value}\x1B[0m` : value;
const clean = sanitizeTerminal;
function renderText(report, opts) {
  const paint = painter(opts.color);
  const lines = [];
  if (report.specs.length > 1)
    lines.push(paint("bold", clean(headlineOf(report.specs))), "", ...byLineLines(report), "");
  for (const spec of report.specs)
    lines.push(...specLines(spec, paint, opts), "");
  lines.push(totalLine(report, paint));
  return `${lines.join("\n")}
`;
}
function specLines(spec, paint, opts) {
  const ref = spec.baseline.ref !== null ? ` at ${clean(shortRef(spec.baseline.ref))}` : "";
  const lines = [paint("bold", clean(spec.file)), `  ${headlineOf([spec])}`];
  switch (baselineState(spec)) {
    case "compared":
      lines.push(spec.baseline.ref !== null ? `  compared with the baseline${ref}` : spec.baseline.file !== void 0 && spec.baseline.file !== spec.file ? `  compared ${clean(spec.baseline.file)} (old) with ${clean(spec.file)} (new)` : "  compared with the file in the working tree");
      break;
    case "new-api":
      lines.push(`  new API: no baseline${ref}, every change is an addition`);
      break;
    case "none":
      lines.push("  no base revision: breaking-change check not run");
      break;
    case "skipped":
      lines.push(paint("yellow", `  baseline${ref} unreadable, breaking-change check skipped: ${clean(spec.baseline.error ?? "")}`));
      break;
  }
  const state = baselineState(spec);
  if (spec.compatibility !== void 0 && (state === "compared" || state === "new-api")) {
    lines.push(`  compatibility ${spec.compatibility}: ${COMPATIBILITY_MEANING[spec.compatibility]}`);
  }
  if (spec.perspective === "client" && (state === "compared" || state === "new-api")) {
    lines.push(`  perspective client: ${PERSPECTIVE_MEANING.client}`);
  }
  if (spec.drift) {
    lines.push(paint("yellow", `  out of date with its resources: run ${opts.fixCommand ?? DEFAULT_FIX_COMMAND}`));
  }
  for (const type of REPORT_ORDER) {
    const changes = spec.changes.filter((c) => c.type === type && c.waived === void 0);
    if (changes.length === 0)
      continue;
    lines.push(paint(TYPE_STYLE[type], `  ${countOf(changes.length, TYPE_INFO[type].noun)}`));
    for (const change of changes)
      lines.push(`    ${changeLine(change, spec, paint)}`);
  }
  const waived = spec.changes.filter((c) => c.waived !== void 0);
  if (waived.length > 0) {
    lines.push(paint("dim", `  ${waived.length} waived (accepted by a waiver in the config; they do not count)`));
    for (const change of waived)
      lines.push(`    ${changeLine(change, spec, paint)}`);
  }
  return lines;
}
function headlineOf(specs) {
  const summary = specs.length === 1 && specs[0] ? summarize(specs[0].changes) : totalSummary(specs);
  const counts = REPORT_ORDER.filter((t) => summary[SUMMARY_KEY[t]] > 0).map((t) => countOf(summary[SUMMARY_KEY[t]], TYPE_INFO[t].noun));
  return headline(specs, summary, counts, (file) => clean(file));
}
function changeLine(change, spec, paint) {
  const where = change.source !== null ? `${change.source.file}:${change.source.line}` : `${spec.file}#${change.path}`;
  const words = vocabularyOf(spec.kind);
  const uses = channelsOf(change.locations, words);
  const on = uses.length === 0 ? "" : uses.length <= 3 ? ` [${uses.map((u) => u.directions.length > 0 ? `${u.channel} (${u.directions.join(", ")})` : u.channel).join(", ")}]` : ` [${placesCount(uses.length, words)}]`;
  const who = change.waived === void 0 ? impact(change, words) : null;
  const waived = change.waived !== void 0 ? `; waived ${change.type}${change.waived.expires !== null ? ` until ${change.waived.expires}` : ""}: ${change.waived.reason}` : "";
  const tail = `${on}${who !== null ? `, ${who}` : ""} (${change.rule}${waived})`;
  return `${paint("cyan", clean(where))}: ${paint(TYPE_STYLE[change.type], clean(change.message))}${paint("dim", clean(tail))}`;
}
function byLineLines(report) {
  const { columns, rows } = byResourceLine(report.specs);
  if (rows.length === 0)
    return ["By resource line: no change traced to a resource line"];
  const table = [
    ["resource line", ...columns],
    ...rows.slice(0, MAX_LINE_ROWS).map((r) => [`${r.file}:${r.line}`, ...r.cells.map((c) => c === null ? "-" : `${c.worst} (${c.count})`)])
  ].map((cells) => cells.map(clean));
  const widths = columns.map((_, i) => Math.max(...table.map((row) => row[i]?.length ?? 0)));
  widths.push(Math.max(...table.map((row) => row[columns.length]?.length ?? 0)));
  const out = ["By resource line:"];
  for (const row of table)
    out.push(`  ${row.map((c, i) => i < row.length - 1 ? c.padEnd(widths[i] ?? 0) : c).join("  ")}`);
  if (rows.length > MAX_LINE_ROWS)
    out.push(`  \u2026 and ${rows.length - MAX_LINE_ROWS} more lines, listed below`);
  return out;
}
function totalLine(report, paint) {
  const summary = totalSummary(report.specs);
  return paint("bold", `${clean(headlineOf(report.specs))}${summary.drift ? "; drift" : ""}`);
}
const MAX_RESOLVED_VALUES = 2e5;
const isRef = (v) => isRecord(v) && Object.hasOwn(v, "$ref") && typeof v.$ref === "string";
function containedRealPath(root, candidate) {
  if (!isInside(root, candidate))
    return { error: "outside" };
  let real;
  try {
    real = fs.realpathSync.native(candidate);
  } catch {
    return { error: "missing" };
  }
  return isInside(root, real) ? { real } : { error: "escapes" };
}
const CONTAINMENT_WORDS = {
  outside: "is outside the workspace",
  missing: "does not exist",
  escapes: "resolves through a symbolic link to a place outside the workspace"
};
class SourceCache {
  workspace;
  files = /* @__PURE__ */ new Map();
  constructor(workspace) {
    this.workspace = workspace;
  }
  open(real, from) {
    const cached = this.files.get(real);
    if (cached)
      return cached;
    const name = toPosix(path.relative(this.workspace, real));
    const { src, data } = readSource(readUserFile(real, name, from), name);
    const file = { abs: real, src, data };
    this.files.set(real, file);
    return file;
  }
}
function placeProblem(place, message2) {
  return { ...positionOf(place.file.src, place.path), pointer: toPointer(place.path), message: message2 };
}
const quoted = (ref) => `'${ref.length > 120 ? `${ref.slice(0, 117)}...` : ref}'`;
function parseRef(ref) {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(ref)) {
    return `$ref ${quoted(ref)} is a URL or absolute path; only relative files inside the workspace and '#/\u2026' pointers are allowed`;
  }
  if (ref.startsWith("/") || ref.startsWith("\\")) {
    return `$ref ${quoted(ref)} is an absolute path; only relative files inside the workspace and '#/\u2026' pointers are allowed`;
  }
  const hash2 = ref.indexOf("#");
  const rawFile = hash2 === -1 ? ref : ref.slice(0, hash2);
  const rawFragment = hash2 === -1 ? "" : ref.slice(hash2 + 1);
  let file;
  let fragment;
  try {
    file = decodeURIComponent(rawFile);
    fragment = decodeURIComponent(rawFragment);
  } catch {
    return `$ref ${quoted(ref)} has malformed percent-encoding`;
  }
  if (file.includes("\0"))
    return `$ref ${quoted(ref)} contains a NUL character`;
  if (path.isAbsolute(file) || path.win32.isAbsolute(file))
    return `$ref ${quoted(ref)} is an absolute path; only relative files inside the workspace are allowed`;
  const pointer = parsePointer(fragment);
  if (pointer === null)
    return `$ref ${quoted(ref)} has a fragment that is not a JSON pointer (expected '#/a/b')`;
  return { file, pointer };
}
const MAX_REF_CHAIN = 64;
function enterRef(state, refPlace) {
  if (++state.chain > MAX_REF_CHAIN) {
    throw new InputError(placeProblem(refPlace, `more than ${MAX_REF_CHAIN} $refs lead from one to the next here`));
  }
}
function resolveTarget(state, place, ref) {
  const refPlace = { file: place.file, path: [...place.path, "$ref"] };
  enterRef(state, refPlace);
  try {
    return followRef(state, refPlace, ref);
  } finally {
    state.chain -= 1;
  }
}
function followRef(state, refPlace, ref) {
  const parsed = parseRef(ref);
  if (typeof parsed === "string")
    throw new InputError(placeProblem(refPlace, parsed));
  let file = refPlace.file;
  if (parsed.file !== "") {
    const found = containedRealPath(state.cache.workspace, path.resolve(path.dirname(refPlace.file.abs), parsed.file));
    if ("error" in found)
      throw new InputError(placeProblem(refPlace, `$ref ${quoted(ref)}: the file ${CONTAINMENT_WORDS[found.error]}`));
    file = state.cache.open(found.real, placeProblem(refPlace, ""));
  }
  let value = file.data;
  const at2 = [];
  const seen2 = /* @__PURE__ */ new Set();
  for (const segment of parsed.pointer) {
    while (isRef(value)) {
      const key = `${file.abs}#${toPointer(at2)}`;
      if (seen2.has(key))
        throw new InputError(placeProblem(refPlace, `$ref ${quoted(ref)} is circular`));
      seen2.add(key);
      const hop = resolveTarget(state, { file, path: at2 }, value.$ref);
      file = hop.file;
      at2.splice(0, at2.length, ...hop.path);
      value = hop.value;
    }
    if (Array.isArray(value) && isArrayIndex(segment) && Number(segment) < value.length) {
      value = value[Number(segment)];
      at2.push(Number(segment));
    } else if (isRecord(value) && Object.hasOwn(value, segment)) {
      value = value[segment];
      at2.push(segment);
    } else {
      throw new InputError(placeProblem(refPlace, `$ref ${quoted(ref)} points to '${toPointer([...at2, segment])}', which does not exist in ${file.src.file}`));
    }
  }
  return { file, path: at2, value };
}
function resolveValue(state, value, place, out) {
  if (--state.budget < 0) {
    throw new InputError({
      file: state.main.src.file,
      message: `the resource expands to more than ${MAX_RESOLVED_VALUES} values through $ref; refusing to expand it`
    });
  }
  if (typeof value !== "object" || value === null)
    return value;
  if (out.length >= MAX_DEPTH$3)
    throw new InputError(placeProblem(place, `nesting is deeper than ${MAX_DEPTH$3} levels (after resolving $ref)`));
  if (isRef(value)) {
    const target2 = resolveTarget(state, place, value.$ref);
    const key = `${target2.file.abs}#${toPointer(target2.path)}`;
    if (state.active.has(key)) {
      throw new InputError(placeProblem({ file: place.file, path: [...place.path, "$ref"] }, `$ref ${quoted(value.$ref)} is circular: it ends up including itself`));
    }
    state.active.add(key);
    state.origins.set(toPointer(out), { file: target2.file, path: [...target2.path] });
    enterRef(state, { file: place.file, path: [...place.path, "$ref"] });
    const resolved = resolveValue(state, target2.value, { file: target2.file, path: [...target2.path] }, out);
    state.chain -= 1;
    state.active.delete(key);
    return resolved;
  }
  if (Array.isArray(value)) {
    const copy3 = [];
    for (let i = 0; i < value.length; i++) {
      place.path.push(i);
      out.push(i);
      copy3.push(resolveValue(state, value[i], place, out));
      out.pop();
      place.path.pop();
    }
    return copy3;
  }
  const copy2 = {};
  for (const key of Object.keys(value)) {
    place.path.push(key);
    out.push(key);
    setOwn(copy2, key, resolveValue(state, value[key], place, out));
    out.pop();
    place.path.pop();
  }
  return copy2;
}
function makeLocate(origins) {
  return (target2) => {
    let origin2 = origins.get("");
    let from = 0;
    let pointer = "";
    for (let i = 0; i < target2.length; i++) {
      pointer += toPointer([target2[i]]);
      const o = origins.get(pointer);
      if (o) {
        origin2 = o;
        from = i + 1;
      }
    }
    const full = [...origin2.path, ...target2.slice(from)];
    return positionOf(origin2.file.src, full);
  };
}
function loadOne(cache, file) {
  if (path.isAbsolute(file) || path.win32.isAbsolute(file)) {
    throw new InputError({ file, message: "resource paths must be relative to the workspace" });
  }
  const found = containedRealPath(cache.workspace, path.resolve(cache.workspace, file));
  if ("error" in found)
    throw new InputError({ file, message: `${file} ${CONTAINMENT_WORDS[found.error]}` });
  const main2 = cache.open(found.real);
  const origins = /* @__PURE__ */ new Map([["", { file: main2, path: [] }]]);
  const state = {
    cache,
    active: /* @__PURE__ */ new Set([`${main2.abs}#`]),
    origins,
    budget: MAX_RESOLVED_VALUES,
    chain: 0,
    main: main2
  };
  const data = resolveValue(state, main2.data, { file: main2, path: [] }, []);
  if (!isRecord(data)) {
    throw new InputError({
      file,
      line: 1,
      col: 1,
      message: "a resource file must be a mapping (kind, schema, \u2026) at the top level"
    });
  }
  return { file, data, locate: makeLocate(origins) };
}
function loadResources(workspace, files) {
  let root;
  try {
    root = fs.realpathSync.native(workspace);
  } catch {
    throw new InputError({ file: workspace, message: "workspace directory does not exist" });
  }
  const cache = new SourceCache(root);
  return files.map((file) => loadOne(cache, file));
}
const NAME = new RegExp(NAME_PATTERN);
const NOTES = {
  "#/then/required": " when versionInPath is true",
  "#/properties/apiVersion/type": ' (firestone requires a string: write it in quotes, e.g. apiVersion: "1.0")'
};
const allowsGet = (schema2) => asyncapiAllowsGet(schema2.methods);
function segmentProblems(resource) {
  const { data } = resource;
  const channels = isRecord(data.asyncapi) && isRecord(data.asyncapi.channels) ? data.asyncapi.channels : null;
  if (channels?.instance_attrs !== true)
    return [];
  const problems = [];
  const walk2 = (schema2, at2) => {
    if (!isRecord(schema2) || !allowsGet(schema2))
      return;
    const properties = isRecord(schema2.items) && isRecord(schema2.items.properties) ? schema2.items.properties : {};
    for (const [name, property] of Object.entries(properties)) {
      if (isRecord(property) && property.expose === false)
        continue;
      const path2 = [...at2, "items", "properties", name];
      if (!NAME.test(name)) {
        problems.push({
          ...resource.locate(path2),
          pointer: toPointer(path2),
          message: `property name ${JSON.stringify(name)} at ${dottedPath(path2)} becomes a channel segment, so it may contain only letters, digits, '.', '_' and '-' (or mark it expose: false)`
        });
      }
      if (isRecord(property) && isRecord(property.schema))
        walk2(property.schema, [...path2, "schema"]);
    }
  };
  walk2(data.schema, ["schema"]);
  return problems;
}
function resourceProblems(resource) {
  if (isLegacyResource(resource.data))
    return [legacyProblem(resource.file)];
  const schemaProblems = validateResource(resource.data) ? [] : ajvProblems(validateResource.errors ?? [], resource.locate, { rootName: "the resource", notes: NOTES });
  return [...schemaProblems, ...segmentProblems(resource)];
}
function validateResources(resources) {
  const problems = resources.flatMap(resourceProblems);
  if (problems.length > 0)
    throw new InputError(problems);
}
const DEFAULT_VERSION = "1.0.0";
const specFormat = (file) => file.toLowerCase().endsWith(".json") ? "json" : "yaml";
function selectTargets(config, singles, only) {
  const all = config.specs.length > 0 ? config.specs : [...singles];
  if (only.length === 0)
    return all;
  const wanted = new Set(only.map(normalizeRelative));
  const unknown = [...wanted].filter((o) => !all.some((t) => normalizeRelative(t.output) === o));
  if (unknown.length > 0) {
    throw new InputError({
      file: config.file ?? void 0,
      message: `--only names ${unknown.map((u) => `'${u}'`).join(", ")}, which is not a spec output (known: ${all.map((t) => t.output).join(", ")})`
    });
  }
  return all.filter((t) => wanted.has(normalizeRelative(t.output)));
}
async function runPipeline(options) {
  const today = options.today ?? utcToday();
  const opts = { ...options, today };
  for (const target2 of opts.targets)
    checkOutputPath(opts.workspace, target2.output);
  const outputs = opts.targets.map((t) => t.output);
  const kinds = opts.targets.map((t) => ({ ...t, kind: kindOfTarget(opts.workspace, t) }));
  const fetched = [];
  for (const target2 of kinds)
    fetched.push(await fetchBaseline(opts, target2.output));
  const pool = resourcePool(opts.workspace, outputs);
  const targets = [];
  for (const [i, target2] of kinds.entries()) {
    targets.push(await runTarget(opts, target2, fetched[i], pool));
    fetched[i] = void 0;
  }
  const specs = applyPolicy(targets.map((t) => t.report), {
    waivers: opts.waivers ?? [],
    today,
    configFile: opts.configFile ?? null,
    overrides: opts.rules
  });
  targets.forEach((t, i) => t.report = specs[i] ?? t.report);
  return {
    report: { version: 1, context: opts.context, specs, summary: totalSummary(specs) },
    targets,
    notices: targets.flatMap((t) => t.notices),
    warnings: targets.flatMap((t) => t.warnings)
  };
}
async function loadResourceSet(workspace, globs, exclude, none) {
  return resourcePool(workspace, exclude)(globs, none);
}
function resourcePool(workspace, exclude) {
  const found = /* @__PURE__ */ new Map();
  const loaded = /* @__PURE__ */ new Map();
  return async (globs, none) => {
    const key = JSON.stringify(globs);
    let discovery = found.get(key);
    if (discovery === void 0)
      found.set(key, discovery = discoverResources(workspace, globs, exclude));
    const files = await discovery;
    if (files.length === 0)
      throw new InputError(none);
    const fresh = loadResources(workspace, files.filter((f) => !loaded.has(f)));
    validateResources(fresh);
    for (const r of fresh)
      loaded.set(r.file, r);
    return files.map((f) => loaded.get(f));
  };
}
async function runTarget(opts, target2, fetched, pool) {
  const kind = kindModule(target2.kind);
  const where = target2.resources.length > 0 ? `matching ${target2.resources.join(", ")}` : "with top-level `kind` and `schema`";
  const resources = await pool(target2.resources, {
    file: target2.output,
    message: `no firestone resource files found ${where}`
  });
  const notices = [];
  const known2 = fetched.kind === "revision" && fetched.file.found && fetched.file.fromKnown ? fetched.file.text : void 0;
  const source = readCommittedText(opts.workspace, target2.output, known2);
  const asyncapi = target2.asyncapi ?? opts.asyncapiVersion;
  const generate = (info) => {
    const warnings2 = [];
    const options = { ...target2, ...asyncapi !== void 0 ? { asyncapi } : {} };
    return { info, generated: kind.generate(resources, info, options, (w) => warnings2.push(w)), warnings: warnings2 };
  };
  const clean2 = cleanShortcut(target2, opts, source, generate);
  let committed;
  let generation;
  if (clean2.committed !== void 0) {
    committed = clean2.committed;
    generation = clean2.generation;
  } else {
    committed = parseCommitted(source, target2.output);
    if (committed.notice)
      notices.push(committed.notice);
    if (isResourceDocument(committed.document)) {
      throw new InputError({
        file: target2.output,
        message: "is a firestone resource file (top-level kind and schema), not a spec: refusing to use it as a spec output"
      });
    }
    const info = resolveInfo(target2, opts, committed);
    generation = clean2.generation !== void 0 && sameInfo(clean2.generation.info, info) ? clean2.generation : generate(info);
  }
  const { generated, warnings } = generation;
  const drift = committed.document === null || committed.document !== generated.document && !dataEqual(committed.document, generated.document);
  const locate = locatorForGenerated(generated, resources);
  const label = baselineLabel(opts.baseline, target2.output);
  const base = supportedBaseline(kind, baselineDocument(fetched, label, committed), target2.output);
  if (base.notice && base.notice !== committed.notice)
    notices.push(base.notice);
  const firestone = writtenByFirestone(target2, fetched, committed);
  if (firestone !== null)
    notices.push(firestone);
  const old = base.newApi ? kind.emptyLike(generated.document) : base.document;
  const compatibility = target2.compatibility ?? opts.compatibility ?? DEFAULT_COMPATIBILITY;
  const perspective = perspectiveOf(kind.kind, target2.perspective ?? opts.perspective);
  const sameAsCommitted = !drift && old === committed.document;
  const changes = old === null || sameAsCommitted ? [] : kind.compare(old, generated.document, {
    files: { old: label, new: target2.output },
    overrides: opts.rules,
    locate: (pointer) => locate(pointer),
    compatibility,
    ...perspective !== void 0 ? { perspective } : {},
    ...opts.today !== void 0 ? { today: opts.today } : {},
    firestone: { old: oldWrittenByFirestone(target2, fetched, committed, base.newApi === true), new: false }
  });
  const report = {
    file: target2.output,
    kind: target2.kind,
    drift,
    baseline: { ...base.baseline, file: target2.output },
    compatibility,
    ...perspective !== void 0 ? { perspective } : {},
    changes,
    summary: summarize(changes)
  };
  if (!drift)
    return { target: target2, text: null, report, notices, warnings };
  const document = generated.document;
  let text2;
  return {
    target: target2,
    get text() {
      return text2 ??= serializeSpec(document, specFormat(target2.output));
    },
    report,
    notices,
    warnings
  };
}
function readCommittedText(workspace, output, known2) {
  if (known2 !== void 0)
    return { exists: true, text: known2 };
  const file = path.join(workspace, output);
  if (!fs.existsSync(file))
    return { exists: false };
  if (fs.statSync(file).size > MAX_SPEC_BYTES)
    return { exists: true, error: `${output} is larger than ${megabytes(MAX_SPEC_BYTES)}` };
  try {
    return { exists: true, text: fs.readFileSync(file, "utf8") };
  } catch (e) {
    return { exists: true, error: e instanceof Error ? e.message : String(e) };
  }
}
function parseCommitted(source, output) {
  if (source.text === void 0)
    return { ...source, document: null };
  try {
    const read = readSpec(source.text, output);
    return { exists: true, document: read.document, notice: read.notice, text: source.text };
  } catch (e) {
    return { exists: true, document: null, error: e instanceof Error ? e.message : String(e) };
  }
}
const sameInfo = (a, b) => a.title === b.title && a.description === b.description && a.version === b.version;
function cleanShortcut(target2, opts, source, generate) {
  const { text: text2 } = source;
  if (text2 === void 0 || specFormat(target2.output) === "json")
    return {};
  const info = peekInfo(text2);
  if (info === void 0)
    return {};
  let generation;
  try {
    generation = generate(resolveInfo(target2, opts, { exists: true, document: { info } }));
    const { document } = generation.generated;
    const fixpoint = sameInfo(resolveInfo(target2, opts, { exists: true, document }), generation.info);
    if (fixpoint && readsAs(text2, document))
      return { committed: { exists: true, document, text: text2 }, generation };
  } catch {
  }
  return { generation };
}
const isResourceDocument = (doc) => doc !== null && Object.hasOwn(doc, "kind") && Object.hasOwn(doc, "schema");
const infoText = (v) => typeof v === "string" ? v : typeof v === "number" ? String(v) : void 0;
function unreadableInfo(committed) {
  if (!committed.exists)
    return null;
  if (committed.document === null)
    return `it does not parse (${committed.error ?? "unreadable"})`;
  const info = committed.document.info;
  if (!isRecord(info))
    return "it has no `info` mapping";
  if (infoText(info.title) === void 0 || infoText(info.version) === void 0)
    return "`info` has no title or version";
  return null;
}
function resolveInfo(target2, opts, committed) {
  const doc = committed.document;
  const old = doc && isRecord(doc.info) ? doc.info : {};
  const configured = {
    title: target2.title ?? opts.infoOverrides?.title,
    description: target2.description ?? opts.infoOverrides?.description,
    version: target2.version ?? opts.infoOverrides?.version
  };
  const why = opts.keepInfo ? unreadableInfo(committed) : null;
  if (why !== null) {
    const missing = ["title", "description", "version"].filter((k) => configured[k] === void 0);
    if (missing.length > 0) {
      const names = missing.map((k) => k === "version" ? "spec-version" : k);
      throw new InputError({
        file: target2.output,
        message: `the committed spec's info cannot be read: ${why}; rather than replace it with defaults, give ${names.join(", ")} (config keys title/description/version, or --title/--description/--spec-version)`
      });
    }
  }
  return {
    title: configured.title ?? infoText(old.title) ?? opts.defaultTitle,
    description: configured.description ?? infoText(old.description) ?? "",
    version: configured.version ?? infoText(old.version) ?? DEFAULT_VERSION
  };
}
function supportedBaseline(kind, base, file) {
  if (base.document === null)
    return base;
  try {
    kind.checkVersion(base.document, file);
    return base;
  } catch (e) {
    if (!(e instanceof InputError))
      throw e;
    return { document: null, baseline: { ...base.baseline, error: `baseline unreadable: ${e.message}` } };
  }
}
async function fetchBaseline(opts, output) {
  const source = opts.baseline;
  if (source.kind === "none")
    return { kind: "none" };
  if (source.kind === "worktree")
    return { kind: "worktree" };
  try {
    const known2 = worktreeBytes(opts.workspace, output);
    return {
      kind: "revision",
      file: await readFileAtRevision(opts.workspace, source.ref, output, known2 ? { known: known2 } : {})
    };
  } catch (e) {
    if (source.named && e instanceof BaselineError)
      throw new InputError({ message: `base revision: ${e.message}` });
    return { kind: "unavailable", ref: source.ref, error: e instanceof Error ? e.message : String(e) };
  }
}
function worktreeBytes(workspace, output) {
  const file = path.join(workspace, output);
  try {
    return fs.statSync(file).isFile() && fs.statSync(file).size <= MAX_SPEC_BYTES ? fs.readFileSync(file) : void 0;
  } catch {
    return void 0;
  }
}
function baselineDocument(fetched, label, committed) {
  if (fetched.kind === "none")
    return { document: null, baseline: { ref: null, found: false } };
  if (fetched.kind === "unavailable")
    return { document: null, baseline: { ref: fetched.ref, found: false, error: fetched.error } };
  if (fetched.kind === "worktree") {
    if (!committed.exists)
      return { document: null, baseline: { ref: null, found: false }, newApi: true };
    if (committed.document === null) {
      return {
        document: null,
        baseline: { ref: null, found: true, error: `baseline does not parse: ${committed.error ?? ""}` }
      };
    }
    return { document: committed.document, baseline: { ref: null, found: true }, notice: committed.notice };
  }
  const result = fetched.file;
  if (!result.found)
    return { document: null, baseline: { ref: result.commit, found: false }, newApi: true };
  if (committed.document !== null && committed.notice === void 0 && committed.text === result.text)
    return { document: committed.document, baseline: { ref: result.commit, found: true } };
  try {
    const read = readSpec(result.text, label);
    return { document: read.document, baseline: { ref: result.commit, found: true }, notice: read.notice };
  } catch (e) {
    const message2 = e instanceof Error ? e.message : String(e);
    return {
      document: null,
      baseline: { ref: result.commit, found: true, error: `baseline does not parse: ${message2}` }
    };
  }
}
function writtenByFirestone(target2, fetched, committed) {
  const baseText = fetched.kind === "revision" && fetched.file.found ? fetched.file.text : void 0;
  const texts = [.../* @__PURE__ */ new Set([baseText, committed.text])].filter((t) => t !== void 0);
  for (const text2 of texts) {
    const notice = recognise(target2.kind, text2, target2.output);
    if (notice !== null)
      return notice;
  }
  return null;
}
function oldWrittenByFirestone(target2, fetched, committed, newApi) {
  if (newApi)
    return false;
  const text2 = fetched.kind === "revision" ? fetched.file.found ? fetched.file.text : void 0 : fetched.kind === "worktree" ? committed.text : void 0;
  return text2 !== void 0 && recognise(target2.kind, text2, target2.output) !== null;
}
const baselineLabel = (source, output) => source.kind === "revision" ? `${output}@${source.ref.slice(0, 12)}` : output;
const VERSION = "0.1.0";
const USAGE = `Usage:
  firestone-spec generate [-t|--title T] [-d|--description D] [-v|--version|--spec-version V]
                          [--asyncapi-version 2.5.0|3.0.0|3.1.0] [--format yaml|json]
                          [-o|-O|--output|--out FILE] [-r|--resources LIST] [RESOURCE...] [asyncapi]
  firestone-spec generate [-t T] [-d D] [-v V] [-s|--summary S] [-r LIST] [RESOURCE...]
                          openapi [--version 3.0.x|3.1.x] [--prefix URL] [-O|-o|--out FILE]
  firestone-spec migrate [--check] FILE_OR_GLOB_OR_DIR...
  firestone-spec diff OLD NEW [--format text|markdown|json] [--fail-on LIST]
  firestone-spec check  [--config FILE] [--only OUTPUTS] [--base REF]
                        [--format text|markdown|json] [--fail-on LIST]
  firestone-spec update [--config FILE] [--only OUTPUTS]
  firestone-spec changelog FROM..TO | --tags PATTERN [--config FILE] [--only OUTPUTS]
                           [--format markdown|text|json] [--fail-on LIST]
  firestone-spec --version

diff, check and changelog take --compatibility backward|forward|full|none and
--perspective application|client (documents written from the client's side: operations read the
other way round); a target's own compatibility and perspective in the config win. They take --today YYYY-MM-DD (the run's date, for waiver expiry;
also FIRESTONE_SPEC_TODAY). diff and check take --format sarif (SARIF 2.1.0, for code scanning).

check, update and generate take --asyncapi-version. generate writes AsyncAPI unless the word
openapi is given (or --openapi-version V, accepted anywhere): after that word, --version is the
OpenAPI version (default 3.0.0), as in firestone; before it, -v/--version is the spec version.
RESOURCE: a file, a glob, a comma list, a directory (every resource file below it) or \`.\`.
Without a config file, check and update use the targets --spec-file names (repeatable; each
file's kind from its top-level key, else openapi when its name contains openapi, else asyncapi),
else the spec files committed at the root among asyncapi.yaml, asyncapi.json, openapi.yaml and
openapi.json, else asyncapi.yaml; made from --resources globs (default: auto-discovery of files
with top-level kind and schema).
check without --base compares against the spec file in the working tree.

--fail-on: comma list of breaking, warning, unclassified, non-breaking, drift,
baseline-unreadable, or never.
Default ${DEFAULT_FAIL_ON} (diff: ${DIFF_DEFAULT_FAIL_ON}; changelog: never).
Exit codes: 0 nothing in --fail-on happened, 1 something did, 2 bad input or usage.`;
class UsageError extends Error {
}
const common = {
  format: { type: "string" },
  "fail-on": { type: "string" },
  config: { type: "string" },
  only: { type: "string" },
  base: { type: "string" },
  "spec-file": { type: "string", multiple: true },
  resources: { type: "string", multiple: true, short: "r" },
  title: { type: "string", short: "t" },
  description: { type: "string", short: "d" },
  "spec-version": { type: "string" },
  out: { type: "string" },
  help: { type: "boolean", short: "h" },
  // firestone's spelling (docs: README "Moving from firestone's CLI"): `-v` is the spec version.
  version: { type: "string", short: "v" },
  output: { type: "string", short: "o" },
  "asyncapi-version": { type: "string" },
  "openapi-version": { type: "string" },
  prefix: { type: "string" },
  summary: { type: "string", short: "s" },
  check: { type: "boolean" },
  compatibility: { type: "string" },
  perspective: { type: "string" },
  today: { type: "string" },
  tags: { type: "string" }
};
const ALLOWED = {
  generate: [
    "title",
    "description",
    "spec-version",
    "format",
    "out",
    "version",
    "output",
    "resources",
    "asyncapi-version",
    "openapi-version",
    "prefix",
    "summary"
  ],
  migrate: ["check"],
  diff: ["format", "fail-on", "compatibility", "perspective", "today"],
  changelog: ["config", "only", "spec-file", "format", "fail-on", "compatibility", "perspective", "today", "tags"],
  check: [
    "compatibility",
    "perspective",
    "today",
    "config",
    "only",
    "base",
    "format",
    "fail-on",
    "spec-file",
    "resources",
    "title",
    "description",
    "spec-version",
    "asyncapi-version"
  ],
  update: ["config", "only", "spec-file", "resources", "title", "description", "spec-version", "asyncapi-version"]
};
async function main(argv, io) {
  try {
    const [command, ...rest] = argv;
    if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
      io.stdout(`${USAGE}
`);
      return command === void 0 ? 2 : 0;
    }
    if (command === "--version" || command === "-v") {
      io.stdout(`${VERSION}
`);
      return 0;
    }
    const allowed = ALLOWED[command];
    if (!allowed)
      throw new UsageError(`unknown command '${command}'`);
    if (command === "generate" && rest.length === 1 && (rest[0] === "--version" || rest[0] === "-v")) {
      io.stdout(`${VERSION}
`);
      return 0;
    }
    const prepared = command === "generate" ? firestoneGenerateArgs(rest) : { args: rest, openapiFlag: "" };
    const { values, positionals } = parseFlags(prepared.args);
    if (values.help) {
      io.stdout(`${USAGE}
`);
      return 0;
    }
    const stray = Object.keys(values).filter((k) => !allowed.includes(k));
    if (stray.length > 0)
      throw new UsageError(`${command} does not take --${stray.join(", --")}`);
    switch (command) {
      case "generate":
        return await generateCommand(values, positionals, io, prepared.openapiFlag);
      case "diff":
        return await diffCommand(values, positionals, io);
      case "check":
        return await checkCommand(values, positionals, io);
      case "migrate":
        return await migrateCommand(values, positionals, io);
      case "changelog":
        return await changelogCommand(values, positionals, io);
      default:
        return await updateCommand(values, positionals, io);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`firestone-spec: ${e.message}

${USAGE}
`);
      return 2;
    }
    if (e instanceof InputError) {
      io.stderr(`${e.problems.map(formatProblem).join("\n")}
`);
      return 2;
    }
    throw e;
  }
}
function parseFlags(args) {
  try {
    const { values, positionals } = node_util.parseArgs({ args, options: common, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}
function outputFormat(value, allowed, fallback) {
  const format = value ?? fallback;
  if (!allowed.includes(format))
    throw new UsageError(`--format must be one of ${allowed.join(", ")} (got '${format}')`);
  return format;
}
const KIND_WORDS = ["asyncapi", "openapi"];
const isKindWord = (cwd, word) => KIND_WORDS.includes(word) && !fs.existsSync(path.resolve(cwd, word));
function firestoneGenerateArgs(args) {
  let openapiFlag = "--openapi-version";
  let tokens;
  try {
    ({ tokens } = node_util.parseArgs({ args, options: common, allowPositionals: true, strict: false, tokens: true }));
  } catch {
    return { args, openapiFlag };
  }
  const out = [...args];
  const word = tokens.find((t) => t.kind === "positional" && t.value === "openapi");
  for (const t of tokens) {
    if (t.kind !== "option")
      continue;
    if (t.rawName === "-O" && t.inlineValue === void 0)
      out[t.index] = "-o";
    if (word && t.index > word.index && t.rawName === "--version") {
      out[t.index] = t.inlineValue === void 0 ? "--openapi-version" : `--openapi-version=${t.value ?? ""}`;
      openapiFlag = "--version";
    }
  }
  return { args: out, openapiFlag };
}
function resourceArgs(cwd, flags, positionals) {
  const words = positionals.filter((w) => !isKindWord(cwd, w));
  return [...flags.resources ?? [], ...words].flatMap((a) => a.split(",")).map((a) => a.trim()).filter(Boolean);
}
function generateKind(cwd, flags, positionals) {
  const words = [...new Set(positionals.filter((w) => isKindWord(cwd, w)))];
  if (words.length > 1)
    throw new UsageError("generate writes one kind: give asyncapi or openapi, not both");
  const kind = words[0] ?? (flags["openapi-version"] !== void 0 ? "openapi" : "asyncapi");
  const misplaced = kind === "openapi" ? ["asyncapi-version"].filter((f) => flags[f] !== void 0) : ["openapi-version", "prefix", "summary"].filter((f) => flags[f] !== void 0);
  if (misplaced.length > 0) {
    const other = kind === "openapi" ? "AsyncAPI output" : "OpenAPI output: add the word openapi";
    throw new UsageError(`--${misplaced.join(", --")} ${misplaced.length > 1 ? "are" : "is"} for ${other}`);
  }
  return kind;
}
function eitherFlag(flags, a, b) {
  const x = flags[a];
  const y = flags[b];
  if (x !== void 0 && y !== void 0)
    throw new UsageError(`give --${a} or --${b}, not both`);
  return x ?? y;
}
function asyncapiVersionFlag(flags) {
  const v = flags["asyncapi-version"];
  return v === void 0 ? void 0 : parseAsyncApiVersion(v, "--asyncapi-version");
}
async function generateCommand(flags, positionals, io, openapiFlag) {
  const kind = generateKind(io.cwd, flags, positionals);
  const args = resourceArgs(io.cwd, flags, positionals);
  if (args.length === 0)
    throw new UsageError("generate needs at least one resource file, glob or directory");
  const out = eitherFlag(flags, "out", "output");
  const specVersion = eitherFlag(flags, "spec-version", "version");
  const asyncapi = asyncapiVersionFlag(flags);
  const openapiVersion = flags["openapi-version"];
  const openapi = openapiVersion === void 0 ? void 0 : parseOpenApiVersion(openapiVersion, openapiFlag);
  const format = flags.format ?? (out && specFormat(out) === "json" ? "json" : "yaml");
  outputFormat(format, ["yaml", "json"], "yaml");
  const workspace = generateWorkspace(io.cwd, args);
  const globs = args.map((a) => toWorkspaceGlob(io.cwd, workspace, a));
  const resources = await loadResourceSet(workspace, globs, [], {
    message: `no resource files match ${args.join(", ")}`
  });
  const info = {
    title: flags.title ?? "API",
    description: flags.description ?? "",
    version: specVersion ?? DEFAULT_VERSION
  };
  const warn = (w) => io.stderr(`warning: ${w}
`);
  const spec = kind === "openapi" ? generateOpenApi(resources, info, { openapi, prefix: flags.prefix, summary: flags.summary, warn }) : generateAsyncApi(resources, info, { asyncapi, warn });
  const text2 = serializeSpec(spec.document, format);
  if (out) {
    fs.mkdirSync(path.dirname(path.resolve(io.cwd, out)), { recursive: true });
    await writeFileAtomic(path.resolve(io.cwd, out), text2);
  } else
    io.stdout(text2);
  return 0;
}
function generateWorkspace(cwd, args) {
  const dirs = args.map((a) => path.resolve(cwd, globBase(a)));
  if (dirs.every((d) => isInside(cwd, d)))
    return cwd;
  return dirs.reduce(commonDir);
}
function globBase(arg) {
  const parts = arg.split(/[\\/]/);
  const magic = parts.findIndex((p) => /[*?[\]{}]/.test(p));
  const fixed2 = magic === -1 ? parts.slice(0, -1) : parts.slice(0, magic);
  return fixed2.join("/") || ".";
}
function commonDir(a, b) {
  const pa = a.split(path.sep);
  const pb = b.split(path.sep);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i])
    i++;
  return pa.slice(0, i).join(path.sep) || path.sep;
}
function toWorkspaceGlob(cwd, workspace, arg) {
  return path.relative(workspace, path.resolve(cwd, arg)).split(path.sep).join("/") || ".";
}
function readSpecFile(cwd, file, io) {
  const full = path.resolve(cwd, file);
  if (!fs.existsSync(full))
    throw new InputError({ file, message: "file not found" });
  if (fs.statSync(full).size > MAX_SPEC_BYTES)
    throw new InputError({ file, message: `file is larger than ${megabytes(MAX_SPEC_BYTES)}` });
  const read = readSpec(fs.readFileSync(full, "utf8"), file);
  if (read.notice)
    io.stderr(`notice: ${read.notice}
`);
  return { text: read.text, document: read.document };
}
async function diffCommand(flags, args, io) {
  if (args.length !== 2)
    throw new UsageError("diff needs exactly two files: OLD NEW");
  const format = outputFormat(flags.format, REPORT_FORMATS, "text");
  const compatibility = compatibilityFlag(flags) ?? DEFAULT_COMPATIBILITY;
  const asked = perspectiveFlag(flags);
  const today = runDate(flags.today, io.env);
  const failOn = parseFailOn(flags["fail-on"] ?? DIFF_DEFAULT_FAIL_ON);
  const [oldFile, newFile] = args;
  const before = readSpecFile(io.cwd, oldFile, io);
  const after = readSpecFile(io.cwd, newFile, io);
  const locateNew = locatorForText(after.text, newFile, { json: readAsJson(after.document) });
  const locateOld = locatorForText(before.text, oldFile, { json: readAsJson(before.document) });
  const kind = kindModule(kindOfPair(before.document, after.document, { old: oldFile, new: newFile }));
  if (asked !== void 0 && kind.kind !== "asyncapi")
    throw new InputError({ message: perspectiveRefused([oldFile, newFile]) });
  const perspective = perspectiveOf(kind.kind, asked);
  const files = { old: oldFile, new: newFile };
  kind.checkVersion(before.document, oldFile);
  kind.checkVersion(after.document, newFile);
  const notice = recognise(kind.kind, before.text, oldFile);
  if (notice !== null)
    io.stderr(`notice: ${notice}
`);
  const changes = kind.compare(before.document, after.document, {
    locate: (pointer, side) => side === "old" ? locateOld(pointer) : locateNew(pointer),
    compatibility,
    ...perspective !== void 0 ? { perspective } : {},
    today,
    files,
    firestone: firestoneSides(kind.kind, before.text, after.text)
  });
  const specs = applyPolicy([
    {
      file: newFile,
      kind: kind.kind,
      drift: false,
      baseline: { ref: null, found: true, file: oldFile },
      compatibility,
      ...perspective !== void 0 ? { perspective } : {},
      changes,
      summary: summarize(changes)
    }
  ], { waivers: [], today, configFile: null });
  const report = { context: null, specs, summary: totalSummary(specs) };
  io.stdout(await render(report, format, io));
  return failures(report, failOn, {}).length > 0 ? 1 : 0;
}
function cliTargets(config, flags, cwd) {
  const only = (flags.only ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return selectTargets(config, singleTargets(flags, cwd), only);
}
function singleTargets(flags, cwd) {
  const resources = resourceArgs("", { resources: flags.resources }, []).flatMap((r) => r.split(/[\n,]/)).map((r) => r.trim()).filter(Boolean);
  const outputs = flags["spec-file"] ?? autoOutputs(cwd);
  return [...new Set(outputs)].map((output) => ({ output, resources: [...resources] }));
}
async function pipeline(flags, io, baseline, keepInfo = false) {
  const config = loadConfig(io.cwd, flags.config ?? null);
  for (const w of checkRuleIds(config, [...KNOWN_RULE_IDS, ...WAIVER_RULE_IDS], RETIRED_RULE_IDS))
    io.stderr(`warning: ${w}
`);
  const compatibility = compatibilityFlag(flags);
  const perspective = perspectiveFlag(flags);
  const today = runDate(flags.today, io.env);
  const targets = cliTargets(config, flags, io.cwd);
  const result = await runPipeline({
    workspace: io.cwd,
    targets,
    rules: config.rules,
    baseline,
    infoOverrides: { title: flags.title, description: flags.description, version: flags["spec-version"] },
    defaultTitle: path.basename(io.cwd),
    context: null,
    keepInfo,
    asyncapiVersion: asyncapiVersionFlag(flags),
    ...compatibility !== void 0 ? { compatibility } : {},
    ...perspective !== void 0 ? { perspective } : {},
    today,
    waivers: config.waivers ?? [],
    configFile: config.file
  });
  for (const notice of result.notices)
    io.stderr(`notice: ${notice}
`);
  for (const warning of result.warnings)
    io.stderr(`warning: ${warning}
`);
  return result;
}
async function checkCommand(flags, args, io) {
  if (args.length > 0)
    throw new UsageError(`check takes no positional arguments (got ${args.join(" ")})`);
  const format = outputFormat(flags.format, REPORT_FORMATS, "text");
  const failOn = parseFailOn(flags["fail-on"] ?? DEFAULT_FAIL_ON);
  const baseline = flags.base ? { kind: "revision", ref: flags.base, named: true } : { kind: "worktree" };
  const { report } = await pipeline(flags, io, baseline);
  io.stdout(await render(report, format, io));
  const reasons = failures(report, failOn, {});
  if (reasons.length > 0 && format === "text")
    io.stderr(`${reasons.join("\n")}
`);
  return reasons.length > 0 ? 1 : 0;
}
async function updateCommand(flags, args, io) {
  if (args.length > 0)
    throw new UsageError(`update takes no positional arguments (got ${args.join(" ")})`);
  const { targets } = await pipeline(flags, io, { kind: "none" }, true);
  for (const t of targets) {
    if (t.text !== null) {
      fs.mkdirSync(path.dirname(path.join(io.cwd, t.target.output)), { recursive: true });
      await writeFileAtomic(path.join(io.cwd, t.target.output), t.text);
      io.stdout(`updated ${t.target.output}
`);
    } else {
      io.stdout(`${t.target.output} is up to date
`);
    }
  }
  return 0;
}
async function migrateCommand(flags, args, io) {
  if (args.length === 0)
    throw new UsageError("migrate needs at least one file, glob or directory");
  const globs = args.flatMap((a) => a.split(",")).map((a) => a.trim()).filter(Boolean);
  const files = await migrationCandidates(io.cwd, globs);
  if (files.length === 0)
    throw new InputError({ message: `no files match ${args.join(", ")}` });
  const pending = [];
  for (const file of files) {
    const abs = path.resolve(io.cwd, file);
    const text2 = readUserFile(abs, file);
    const result = mayBeResource(text2) ? migrateText(text2, file) : { status: "not-a-resource" };
    if (result.status === "converted")
      pending.push({ file, text: result.text });
    else if (result.status === "current")
      io.stdout(`${file} is already in the current format
`);
    else
      io.stdout(`${file} is not a firestone resource file; left alone
`);
  }
  if (flags.check) {
    for (const p of pending)
      io.stdout(`${p.file} is in the pre-0.5 firestone format and needs converting
`);
    return pending.length > 0 ? 1 : 0;
  }
  for (const p of pending) {
    await writeFileAtomic(path.resolve(io.cwd, p.file), p.text);
    io.stdout(`converted ${p.file}
`);
  }
  if (pending.length === 0 && files.length > 0)
    io.stdout("nothing to convert\n");
  return 0;
}
async function migrationCandidates(cwd, globs) {
  const out = /* @__PURE__ */ new Set();
  for (const g of globs) {
    const abs = path.resolve(cwd, g);
    const stat = fs.existsSync(abs) ? fs.statSync(abs) : null;
    if (stat?.isFile())
      out.add(path.relative(cwd, abs).split(path.sep).join("/"));
    else {
      const patterns = stat?.isDirectory() ? ["**/*.yaml", "**/*.yml", "**/*.json"].map((p) => `${g}/${p}`) : [g];
      for (const f of await globFiles(cwd, patterns))
        out.add(f);
    }
  }
  return [...out].sort();
}
const REPORT_FORMATS = ["text", "markdown", "json", "sarif"];
function compatibilityFlag(flags) {
  return flags.compatibility === void 0 ? void 0 : parseCompatibility(flags.compatibility, "--compatibility");
}
function perspectiveFlag(flags) {
  return flags.perspective === void 0 ? void 0 : parsePerspective(flags.perspective, "--perspective");
}
async function changelogCommand(flags, args, io) {
  if (flags.tags !== void 0 && args.length > 0)
    throw new UsageError("changelog takes FROM..TO or --tags, not both");
  if (flags.tags === void 0 && args.length !== 1)
    throw new UsageError("changelog needs FROM..TO or --tags PATTERN");
  const format = outputFormat(flags.format, ["markdown", "text", "json"], "markdown");
  const failOn = parseFailOn(flags["fail-on"] ?? "never");
  const config = loadConfig(io.cwd, flags.config ?? null);
  for (const w of checkRuleIds(config, [...KNOWN_RULE_IDS, ...WAIVER_RULE_IDS], RETIRED_RULE_IDS))
    io.stderr(`warning: ${w}
`);
  const targets = cliTargets(config, flags, io.cwd);
  const compatibility = compatibilityFlag(flags);
  const perspective = perspectiveFlag(flags);
  const pairs = flags.tags !== void 0 ? await tagPairs(io.cwd, flags.tags) : [parseRange(args[0])];
  const log = await buildChangelog(pairs, {
    cwd: io.cwd,
    targets,
    rules: config.rules,
    today: runDate(flags.today, io.env),
    ...compatibility !== void 0 ? { compatibility } : {},
    ...perspective !== void 0 ? { perspective } : {}
  });
  io.stdout(format === "json" ? renderChangelogJson(log) : format === "text" ? renderChangelogText(log) : renderChangelogMarkdown(log));
  const specs = log.sections.flatMap((s) => s.specs.map((spec) => ({
    file: `${spec.file} (${s.from}..${s.to})`,
    drift: false,
    baseline: { ref: s.from, found: true },
    compatibility: spec.compatibility,
    ...spec.perspective !== void 0 ? { perspective: spec.perspective } : {},
    changes: spec.changes,
    summary: spec.summary
  })));
  const report = { specs, summary: totalSummary(specs) };
  return failures(report, failOn, {}).length > 0 ? 1 : 0;
}
async function render(report, format, io) {
  if (format === "sarif") {
    return renderSarif(report, {
      version: VERSION,
      rootPrefix: await repoPrefix(io.cwd),
      specLine: specLineReader(io.cwd)
    });
  }
  if (format === "json")
    return renderJson(report);
  if (format === "markdown")
    return renderMarkdown(report, { allowBreakingLabel: "breaking-change-approved" });
  const color = io.isTTY && !io.env.NO_COLOR && io.env.TERM !== "dumb";
  return renderText(report, { color });
}
main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text2) => process.stdout.write(text2),
  stderr: (text2) => process.stderr.write(text2),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env
}).then((code2) => {
  process.exitCode = code2;
}, (error) => {
  process.stderr.write(`firestone-spec: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`);
  process.exitCode = 3;
});
