"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
var jsYaml = require("./cli-shared-js-yaml.cjs");
exports.default = jsYaml.namespace;
