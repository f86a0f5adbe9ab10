"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
var _commonjsHelpers = require("./cli-shared-_commonjsHelpers.cjs");
var jsYaml = require("./cli-shared-js-yaml.cjs");
function _mergeNamespaces(n, m) {
  m.forEach(function(e) {
    e && typeof e !== "string" && !Array.isArray(e) && Object.keys(e).forEach(function(k) {
      if (k !== "default" && !(k in n)) {
        var d = Object.getOwnPropertyDescriptor(e, k);
        Object.defineProperty(n, k, d.get ? d : {
          enumerable: true,
          get: function() {
            return e[k];
          }
        });
      }
    });
  });
  return Object.freeze(n);
}
var lib$2 = {};
var main = {};
var generateDiff = {};
/*!
 * https://github.com/Starcounter-Jack/JSON-Patch
 * (c) 2017-2022 Joachim Wester
 * MIT licensed
 */
var __extends = /* @__PURE__ */ (function() {
  var extendStatics = function(d, b) {
    extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d2, b2) {
      d2.__proto__ = b2;
    } || function(d2, b2) {
      for (var p in b2) if (b2.hasOwnProperty(p)) d2[p] = b2[p];
    };
    return extendStatics(d, b);
  };
  return function(d, b) {
    extendStatics(d, b);
    function __() {
      this.constructor = d;
    }
    d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
  };
})();
var _hasOwnProperty = Object.prototype.hasOwnProperty;
function hasOwnProperty(obj, key) {
  return _hasOwnProperty.call(obj, key);
}
function _objectKeys(obj) {
  if (Array.isArray(obj)) {
    var keys_1 = new Array(obj.length);
    for (var k = 0; k < keys_1.length; k++) {
      keys_1[k] = "" + k;
    }
    return keys_1;
  }
  if (Object.keys) {
    return Object.keys(obj);
  }
  var keys = [];
  for (var i in obj) {
    if (hasOwnProperty(obj, i)) {
      keys.push(i);
    }
  }
  return keys;
}
function _deepClone(obj) {
  switch (typeof obj) {
    case "object":
      return JSON.parse(JSON.stringify(obj));
    //Faster than ES5 clone - http://jsperf.com/deep-cloning-of-objects/5
    case "undefined":
      return null;
    //this is how JSON.stringify behaves for array items
    default:
      return obj;
  }
}
function isInteger(str) {
  var i = 0;
  var len = str.length;
  var charCode;
  while (i < len) {
    charCode = str.charCodeAt(i);
    if (charCode >= 48 && charCode <= 57) {
      i++;
      continue;
    }
    return false;
  }
  return true;
}
function escapePathComponent(path) {
  if (path.indexOf("/") === -1 && path.indexOf("~") === -1)
    return path;
  return path.replace(/~/g, "~0").replace(/\//g, "~1");
}
function unescapePathComponent(path) {
  return path.replace(/~1/g, "/").replace(/~0/g, "~");
}
function hasUndefined(obj) {
  if (obj === void 0) {
    return true;
  }
  if (obj) {
    if (Array.isArray(obj)) {
      for (var i_1 = 0, len = obj.length; i_1 < len; i_1++) {
        if (hasUndefined(obj[i_1])) {
          return true;
        }
      }
    } else if (typeof obj === "object") {
      var objKeys = _objectKeys(obj);
      var objKeysLength = objKeys.length;
      for (var i = 0; i < objKeysLength; i++) {
        if (hasUndefined(obj[objKeys[i]])) {
          return true;
        }
      }
    }
  }
  return false;
}
function patchErrorMessageFormatter(message, args) {
  var messageParts = [message];
  for (var key in args) {
    var value = typeof args[key] === "object" ? JSON.stringify(args[key], null, 2) : args[key];
    if (typeof value !== "undefined") {
      messageParts.push(key + ": " + value);
    }
  }
  return messageParts.join("\n");
}
var PatchError = (
  /** @class */
  (function(_super) {
    __extends(PatchError2, _super);
    function PatchError2(message, name, index2, operation, tree) {
      var _newTarget = this.constructor;
      var _this = _super.call(this, patchErrorMessageFormatter(message, { name, index: index2, operation, tree })) || this;
      _this.name = name;
      _this.index = index2;
      _this.operation = operation;
      _this.tree = tree;
      Object.setPrototypeOf(_this, _newTarget.prototype);
      _this.message = patchErrorMessageFormatter(message, { name, index: index2, operation, tree });
      return _this;
    }
    return PatchError2;
  })(Error)
);
var JsonPatchError = PatchError;
var deepClone = _deepClone;
var objOps = {
  add: function(obj, key, document) {
    obj[key] = this.value;
    return { newDocument: document };
  },
  remove: function(obj, key, document) {
    var removed = obj[key];
    delete obj[key];
    return { newDocument: document, removed };
  },
  replace: function(obj, key, document) {
    var removed = obj[key];
    obj[key] = this.value;
    return { newDocument: document, removed };
  },
  move: function(obj, key, document) {
    var removed = getValueByPointer(document, this.path);
    if (removed) {
      removed = _deepClone(removed);
    }
    var originalValue = applyOperation(document, { op: "remove", path: this.from }).removed;
    applyOperation(document, { op: "add", path: this.path, value: originalValue });
    return { newDocument: document, removed };
  },
  copy: function(obj, key, document) {
    var valueToCopy = getValueByPointer(document, this.from);
    applyOperation(document, { op: "add", path: this.path, value: _deepClone(valueToCopy) });
    return { newDocument: document };
  },
  test: function(obj, key, document) {
    return { newDocument: document, test: _areEquals(obj[key], this.value) };
  },
  _get: function(obj, key, document) {
    this.value = obj[key];
    return { newDocument: document };
  }
};
var arrOps = {
  add: function(arr, i, document) {
    if (isInteger(i)) {
      arr.splice(i, 0, this.value);
    } else {
      arr[i] = this.value;
    }
    return { newDocument: document, index: i };
  },
  remove: function(arr, i, document) {
    var removedList = arr.splice(i, 1);
    return { newDocument: document, removed: removedList[0] };
  },
  replace: function(arr, i, document) {
    var removed = arr[i];
    arr[i] = this.value;
    return { newDocument: document, removed };
  },
  move: objOps.move,
  copy: objOps.copy,
  test: objOps.test,
  _get: objOps._get
};
function getValueByPointer(document, pointer) {
  if (pointer == "") {
    return document;
  }
  var getOriginalDestination = { op: "_get", path: pointer };
  applyOperation(document, getOriginalDestination);
  return getOriginalDestination.value;
}
function applyOperation(document, operation, validateOperation, mutateDocument, banPrototypeModifications, index2) {
  if (validateOperation === void 0) {
    validateOperation = false;
  }
  if (mutateDocument === void 0) {
    mutateDocument = true;
  }
  if (banPrototypeModifications === void 0) {
    banPrototypeModifications = true;
  }
  if (index2 === void 0) {
    index2 = 0;
  }
  if (validateOperation) {
    if (typeof validateOperation == "function") {
      validateOperation(operation, 0, document, operation.path);
    } else {
      validator(operation, 0);
    }
  }
  if (operation.path === "") {
    var returnValue = { newDocument: document };
    if (operation.op === "add") {
      returnValue.newDocument = operation.value;
      return returnValue;
    } else if (operation.op === "replace") {
      returnValue.newDocument = operation.value;
      returnValue.removed = document;
      return returnValue;
    } else if (operation.op === "move" || operation.op === "copy") {
      returnValue.newDocument = getValueByPointer(document, operation.from);
      if (operation.op === "move") {
        returnValue.removed = document;
      }
      return returnValue;
    } else if (operation.op === "test") {
      returnValue.test = _areEquals(document, operation.value);
      if (returnValue.test === false) {
        throw new JsonPatchError("Test operation failed", "TEST_OPERATION_FAILED", index2, operation, document);
      }
      returnValue.newDocument = document;
      return returnValue;
    } else if (operation.op === "remove") {
      returnValue.removed = document;
      returnValue.newDocument = null;
      return returnValue;
    } else if (operation.op === "_get") {
      operation.value = document;
      return returnValue;
    } else {
      if (validateOperation) {
        throw new JsonPatchError("Operation `op` property is not one of operations defined in RFC-6902", "OPERATION_OP_INVALID", index2, operation, document);
      } else {
        return returnValue;
      }
    }
  } else {
    if (!mutateDocument) {
      document = _deepClone(document);
    }
    var path = operation.path || "";
    var keys = path.split("/");
    var obj = document;
    var t = 1;
    var len = keys.length;
    var existingPathFragment = void 0;
    var key = void 0;
    var validateFunction = void 0;
    if (typeof validateOperation == "function") {
      validateFunction = validateOperation;
    } else {
      validateFunction = validator;
    }
    while (true) {
      key = keys[t];
      if (key && key.indexOf("~") != -1) {
        key = unescapePathComponent(key);
      }
      if (banPrototypeModifications && (key == "__proto__" || key == "prototype" && t > 0 && keys[t - 1] == "constructor")) {
        throw new TypeError("JSON-Patch: modifying `__proto__` or `constructor/prototype` prop is banned for security reasons, if this was on purpose, please set `banPrototypeModifications` flag false and pass it to this function. More info in fast-json-patch README");
      }
      if (validateOperation) {
        if (existingPathFragment === void 0) {
          if (obj[key] === void 0) {
            existingPathFragment = keys.slice(0, t).join("/");
          } else if (t == len - 1) {
            existingPathFragment = operation.path;
          }
          if (existingPathFragment !== void 0) {
            validateFunction(operation, 0, document, existingPathFragment);
          }
        }
      }
      t++;
      if (Array.isArray(obj)) {
        if (key === "-") {
          key = obj.length;
        } else {
          if (validateOperation && !isInteger(key)) {
            throw new JsonPatchError("Expected an unsigned base-10 integer value, making the new referenced value the array element with the zero-based index", "OPERATION_PATH_ILLEGAL_ARRAY_INDEX", index2, operation, document);
          } else if (isInteger(key)) {
            key = ~~key;
          }
        }
        if (t >= len) {
          if (validateOperation && operation.op === "add" && key > obj.length) {
            throw new JsonPatchError("The specified index MUST NOT be greater than the number of elements in the array", "OPERATION_VALUE_OUT_OF_BOUNDS", index2, operation, document);
          }
          var returnValue = arrOps[operation.op].call(operation, obj, key, document);
          if (returnValue.test === false) {
            throw new JsonPatchError("Test operation failed", "TEST_OPERATION_FAILED", index2, operation, document);
          }
          return returnValue;
        }
      } else {
        if (t >= len) {
          var returnValue = objOps[operation.op].call(operation, obj, key, document);
          if (returnValue.test === false) {
            throw new JsonPatchError("Test operation failed", "TEST_OPERATION_FAILED", index2, operation, document);
          }
          return returnValue;
        }
      }
      obj = obj[key];
      if (validateOperation && t < len && (!obj || typeof obj !== "object")) {
        throw new JsonPatchError("Cannot perform operation at the desired path", "OPERATION_PATH_UNRESOLVABLE", index2, operation, document);
      }
    }
  }
}
function applyPatch(document, patch, validateOperation, mutateDocument, banPrototypeModifications) {
  if (mutateDocument === void 0) {
    mutateDocument = true;
  }
  if (banPrototypeModifications === void 0) {
    banPrototypeModifications = true;
  }
  if (validateOperation) {
    if (!Array.isArray(patch)) {
      throw new JsonPatchError("Patch sequence must be an array", "SEQUENCE_NOT_AN_ARRAY");
    }
  }
  if (!mutateDocument) {
    document = _deepClone(document);
  }
  var results = new Array(patch.length);
  for (var i = 0, length_1 = patch.length; i < length_1; i++) {
    results[i] = applyOperation(document, patch[i], validateOperation, true, banPrototypeModifications, i);
    document = results[i].newDocument;
  }
  results.newDocument = document;
  return results;
}
function applyReducer(document, operation, index2) {
  var operationResult = applyOperation(document, operation);
  if (operationResult.test === false) {
    throw new JsonPatchError("Test operation failed", "TEST_OPERATION_FAILED", index2, operation, document);
  }
  return operationResult.newDocument;
}
function validator(operation, index2, document, existingPathFragment) {
  if (typeof operation !== "object" || operation === null || Array.isArray(operation)) {
    throw new JsonPatchError("Operation is not an object", "OPERATION_NOT_AN_OBJECT", index2, operation, document);
  } else if (!objOps[operation.op]) {
    throw new JsonPatchError("Operation `op` property is not one of operations defined in RFC-6902", "OPERATION_OP_INVALID", index2, operation, document);
  } else if (typeof operation.path !== "string") {
    throw new JsonPatchError("Operation `path` property is not a string", "OPERATION_PATH_INVALID", index2, operation, document);
  } else if (operation.path.indexOf("/") !== 0 && operation.path.length > 0) {
    throw new JsonPatchError('Operation `path` property must start with "/"', "OPERATION_PATH_INVALID", index2, operation, document);
  } else if ((operation.op === "move" || operation.op === "copy") && typeof operation.from !== "string") {
    throw new JsonPatchError("Operation `from` property is not present (applicable in `move` and `copy` operations)", "OPERATION_FROM_REQUIRED", index2, operation, document);
  } else if ((operation.op === "add" || operation.op === "replace" || operation.op === "test") && operation.value === void 0) {
    throw new JsonPatchError("Operation `value` property is not present (applicable in `add`, `replace` and `test` operations)", "OPERATION_VALUE_REQUIRED", index2, operation, document);
  } else if ((operation.op === "add" || operation.op === "replace" || operation.op === "test") && hasUndefined(operation.value)) {
    throw new JsonPatchError("Operation `value` property is not present (applicable in `add`, `replace` and `test` operations)", "OPERATION_VALUE_CANNOT_CONTAIN_UNDEFINED", index2, operation, document);
  } else if (document) {
    if (operation.op == "add") {
      var pathLen = operation.path.split("/").length;
      var existingPathLen = existingPathFragment.split("/").length;
      if (pathLen !== existingPathLen + 1 && pathLen !== existingPathLen) {
        throw new JsonPatchError("Cannot perform an `add` operation at the desired path", "OPERATION_PATH_CANNOT_ADD", index2, operation, document);
      }
    } else if (operation.op === "replace" || operation.op === "remove" || operation.op === "_get") {
      if (operation.path !== existingPathFragment) {
        throw new JsonPatchError("Cannot perform the operation at a path that does not exist", "OPERATION_PATH_UNRESOLVABLE", index2, operation, document);
      }
    } else if (operation.op === "move" || operation.op === "copy") {
      var existingValue = { op: "_get", path: operation.from, value: void 0 };
      var error = validate([existingValue], document);
      if (error && error.name === "OPERATION_PATH_UNRESOLVABLE") {
        throw new JsonPatchError("Cannot perform the operation from a path that does not exist", "OPERATION_FROM_UNRESOLVABLE", index2, operation, document);
      }
    }
  }
}
function validate(sequence, document, externalValidator) {
  try {
    if (!Array.isArray(sequence)) {
      throw new JsonPatchError("Patch sequence must be an array", "SEQUENCE_NOT_AN_ARRAY");
    }
    if (document) {
      applyPatch(_deepClone(document), _deepClone(sequence), externalValidator || true);
    } else {
      externalValidator = externalValidator || validator;
      for (var i = 0; i < sequence.length; i++) {
        externalValidator(sequence[i], i, document, void 0);
      }
    }
  } catch (e) {
    if (e instanceof JsonPatchError) {
      return e;
    } else {
      throw e;
    }
  }
}
function _areEquals(a, b) {
  if (a === b)
    return true;
  if (a && b && typeof a == "object" && typeof b == "object") {
    var arrA = Array.isArray(a), arrB = Array.isArray(b), i, length, key;
    if (arrA && arrB) {
      length = a.length;
      if (length != b.length)
        return false;
      for (i = length; i-- !== 0; )
        if (!_areEquals(a[i], b[i]))
          return false;
      return true;
    }
    if (arrA != arrB)
      return false;
    var keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length)
      return false;
    for (i = length; i-- !== 0; )
      if (!b.hasOwnProperty(keys[i]))
        return false;
    for (i = length; i-- !== 0; ) {
      key = keys[i];
      if (!_areEquals(a[key], b[key]))
        return false;
    }
    return true;
  }
  return a !== a && b !== b;
}
var core = /* @__PURE__ */ Object.freeze({
  __proto__: null,
  JsonPatchError,
  _areEquals,
  applyOperation,
  applyPatch,
  applyReducer,
  deepClone,
  getValueByPointer,
  validate,
  validator
});
/*!
 * https://github.com/Starcounter-Jack/JSON-Patch
 * (c) 2017-2021 Joachim Wester
 * MIT license
 */
var beforeDict = /* @__PURE__ */ new WeakMap();
var Mirror = (
  /** @class */
  /* @__PURE__ */ (function() {
    function Mirror2(obj) {
      this.observers = /* @__PURE__ */ new Map();
      this.obj = obj;
    }
    return Mirror2;
  })()
);
var ObserverInfo = (
  /** @class */
  /* @__PURE__ */ (function() {
    function ObserverInfo2(callback, observer) {
      this.callback = callback;
      this.observer = observer;
    }
    return ObserverInfo2;
  })()
);
function getMirror(obj) {
  return beforeDict.get(obj);
}
function getObserverFromMirror(mirror, callback) {
  return mirror.observers.get(callback);
}
function removeObserverFromMirror(mirror, observer) {
  mirror.observers.delete(observer.callback);
}
function unobserve(root, observer) {
  observer.unobserve();
}
function observe(obj, callback) {
  var patches = [];
  var observer;
  var mirror = getMirror(obj);
  if (!mirror) {
    mirror = new Mirror(obj);
    beforeDict.set(obj, mirror);
  } else {
    var observerInfo = getObserverFromMirror(mirror, callback);
    observer = observerInfo && observerInfo.observer;
  }
  if (observer) {
    return observer;
  }
  observer = {};
  mirror.value = _deepClone(obj);
  if (callback) {
    observer.callback = callback;
    observer.next = null;
    var dirtyCheck = function() {
      generate(observer);
    };
    var fastCheck = function() {
      clearTimeout(observer.next);
      observer.next = setTimeout(dirtyCheck);
    };
    if (typeof window !== "undefined") {
      window.addEventListener("mouseup", fastCheck);
      window.addEventListener("keyup", fastCheck);
      window.addEventListener("mousedown", fastCheck);
      window.addEventListener("keydown", fastCheck);
      window.addEventListener("change", fastCheck);
    }
  }
  observer.patches = patches;
  observer.object = obj;
  observer.unobserve = function() {
    generate(observer);
    clearTimeout(observer.next);
    removeObserverFromMirror(mirror, observer);
    if (typeof window !== "undefined") {
      window.removeEventListener("mouseup", fastCheck);
      window.removeEventListener("keyup", fastCheck);
      window.removeEventListener("mousedown", fastCheck);
      window.removeEventListener("keydown", fastCheck);
      window.removeEventListener("change", fastCheck);
    }
  };
  mirror.observers.set(callback, new ObserverInfo(callback, observer));
  return observer;
}
function generate(observer, invertible) {
  if (invertible === void 0) {
    invertible = false;
  }
  var mirror = beforeDict.get(observer.object);
  _generate(mirror.value, observer.object, observer.patches, "", invertible);
  if (observer.patches.length) {
    applyPatch(mirror.value, observer.patches);
  }
  var temp = observer.patches;
  if (temp.length > 0) {
    observer.patches = [];
    if (observer.callback) {
      observer.callback(temp);
    }
  }
  return temp;
}
function _generate(mirror, obj, patches, path, invertible) {
  if (obj === mirror) {
    return;
  }
  if (typeof obj.toJSON === "function") {
    obj = obj.toJSON();
  }
  var newKeys = _objectKeys(obj);
  var oldKeys = _objectKeys(mirror);
  var deleted = false;
  for (var t = oldKeys.length - 1; t >= 0; t--) {
    var key = oldKeys[t];
    var oldVal = mirror[key];
    if (hasOwnProperty(obj, key) && !(obj[key] === void 0 && oldVal !== void 0 && Array.isArray(obj) === false)) {
      var newVal = obj[key];
      if (typeof oldVal == "object" && oldVal != null && typeof newVal == "object" && newVal != null && Array.isArray(oldVal) === Array.isArray(newVal)) {
        _generate(oldVal, newVal, patches, path + "/" + escapePathComponent(key), invertible);
      } else {
        if (oldVal !== newVal) {
          if (invertible) {
            patches.push({ op: "test", path: path + "/" + escapePathComponent(key), value: _deepClone(oldVal) });
          }
          patches.push({ op: "replace", path: path + "/" + escapePathComponent(key), value: _deepClone(newVal) });
        }
      }
    } else if (Array.isArray(mirror) === Array.isArray(obj)) {
      if (invertible) {
        patches.push({ op: "test", path: path + "/" + escapePathComponent(key), value: _deepClone(oldVal) });
      }
      patches.push({ op: "remove", path: path + "/" + escapePathComponent(key) });
      deleted = true;
    } else {
      if (invertible) {
        patches.push({ op: "test", path, value: mirror });
      }
      patches.push({ op: "replace", path, value: obj });
    }
  }
  if (!deleted && newKeys.length == oldKeys.length) {
    return;
  }
  for (var t = 0; t < newKeys.length; t++) {
    var key = newKeys[t];
    if (!hasOwnProperty(mirror, key) && obj[key] !== void 0) {
      patches.push({ op: "add", path: path + "/" + escapePathComponent(key), value: _deepClone(obj[key]) });
    }
  }
}
function compare(tree1, tree2, invertible) {
  if (invertible === void 0) {
    invertible = false;
  }
  var patches = [];
  _generate(tree1, tree2, patches, "", invertible);
  return patches;
}
var duplex = /* @__PURE__ */ Object.freeze({
  __proto__: null,
  compare,
  generate,
  observe,
  unobserve
});
var index$1 = Object.assign({}, core, duplex, {
  JsonPatchError: PatchError,
  deepClone: _deepClone,
  escapePathComponent,
  unescapePathComponent
});
var fastJsonPatch = /* @__PURE__ */ Object.freeze({
  __proto__: null,
  JsonPatchError: PatchError,
  _areEquals,
  applyOperation,
  applyPatch,
  applyReducer,
  compare,
  deepClone: _deepClone,
  default: index$1,
  escapePathComponent,
  generate,
  getValueByPointer,
  observe,
  unescapePathComponent,
  unobserve,
  validate,
  validator
});
var require$$0$1 = /* @__PURE__ */ _commonjsHelpers.getAugmentedNamespace(fastJsonPatch);
var DiffHelpers = {};
var hasRequiredDiffHelpers;
function requireDiffHelpers() {
  if (hasRequiredDiffHelpers) return DiffHelpers;
  hasRequiredDiffHelpers = 1;
  Object.defineProperty(DiffHelpers, "__esModule", { value: true });
  DiffHelpers.incompatibleDocuments = DiffHelpers.getDocumentMajorVersion = DiffHelpers.formatDiffOutput = DiffHelpers.setIndex = DiffHelpers.getAfterValue = DiffHelpers.getBeforeValue = DiffHelpers.formatAction = void 0;
  const fast_json_patch_1 = require$$0$1;
  function formatAction(action) {
    if (action === "replace") {
      return "edit";
    }
    return action;
  }
  DiffHelpers.formatAction = formatAction;
  function getBeforeValue(firstDocument, path) {
    return fast_json_patch_1.getValueByPointer(firstDocument, path);
  }
  DiffHelpers.getBeforeValue = getBeforeValue;
  function getAfterValue(diffObject) {
    return diffObject.value;
  }
  DiffHelpers.getAfterValue = getAfterValue;
  function setIndex(changeObject, firstDocument, path) {
    const splittedPath = path.split("/");
    const lastPathElement = splittedPath[splittedPath.length - 1];
    const lastElementNumber = Number(lastPathElement);
    splittedPath.pop();
    const assembledPath = splittedPath.join("/");
    if (!Number.isNaN(lastElementNumber) && Array.isArray(fast_json_patch_1.getValueByPointer(firstDocument, assembledPath))) {
      changeObject.isArrayIndex = true;
    }
  }
  DiffHelpers.setIndex = setIndex;
  function formatDiffOutput(diffInput, firstDocument) {
    const output = [];
    for (const value of diffInput) {
      const changeObject = {};
      changeObject.action = formatAction(value.op);
      changeObject.path = value.path;
      setIndex(changeObject, firstDocument, value.path);
      if (value.op === "remove" || value.op === "replace") {
        changeObject.before = getBeforeValue(firstDocument, value.path);
      }
      if (value.op === "replace" || value.op === "add") {
        changeObject.after = getAfterValue(value);
      }
      output.push(changeObject);
    }
    return output;
  }
  DiffHelpers.formatDiffOutput = formatDiffOutput;
  function getDocumentMajorVersion(document) {
    const asyncapiVersion = document.asyncapi;
    return asyncapiVersion.split(".")[0];
  }
  DiffHelpers.getDocumentMajorVersion = getDocumentMajorVersion;
  function incompatibleDocuments(firstDocument, secondDocument) {
    const firstDocumentMajorVersion = getDocumentMajorVersion(firstDocument);
    const secondDocumentMajorVersion = getDocumentMajorVersion(secondDocument);
    if (firstDocumentMajorVersion !== secondDocumentMajorVersion) {
      return true;
    }
    return false;
  }
  DiffHelpers.incompatibleDocuments = incompatibleDocuments;
  return DiffHelpers;
}
var hasRequiredGenerateDiff;
function requireGenerateDiff() {
  if (hasRequiredGenerateDiff) return generateDiff;
  hasRequiredGenerateDiff = 1;
  Object.defineProperty(generateDiff, "__esModule", { value: true });
  const fast_json_patch_1 = require$$0$1;
  const DiffHelpers_1 = requireDiffHelpers();
  function generateDiff$1(firstDocument, secondDocument) {
    const diffOutput = fast_json_patch_1.compare(firstDocument, secondDocument);
    return DiffHelpers_1.formatDiffOutput(diffOutput, firstDocument);
  }
  generateDiff.default = generateDiff$1;
  return generateDiff;
}
var standard = {};
var v2 = {};
var constants = {};
var hasRequiredConstants;
function requireConstants() {
  if (hasRequiredConstants) return constants;
  hasRequiredConstants = 1;
  Object.defineProperty(constants, "__esModule", { value: true });
  constants.unclassified = constants.nonBreaking = constants.breaking = void 0;
  constants.breaking = "breaking";
  constants.nonBreaking = "non-breaking";
  constants.unclassified = "unclassified";
  return constants;
}
var hasRequiredV2;
function requireV2() {
  if (hasRequiredV2) return v2;
  hasRequiredV2 = 1;
  Object.defineProperty(v2, "__esModule", { value: true });
  v2.standard = void 0;
  const constants_1 = requireConstants();
  v2.standard = {
    "/asyncapi": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/id": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/defaultContentType": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/info": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/info/version": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/info/termsOfService": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/info/license": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/info/license/name": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/info/license/url": {
      add: constants_1.breaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/info/title": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/info/description": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/info/contact": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/info/contact/name": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/info/contact/url": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/info/contact/email": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/servers": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/servers/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/servers/*/url": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/servers/*/description": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/servers/*/protocol": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/servers/*/protocolVersion": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/servers/*/variables": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/servers/*/variables/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/servers/*/variables/*/enum": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/servers/*/variables/*/enum/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/servers/*/variables/*/default": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/servers/*/variables/*/description": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/servers/*/variables/*/examples": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/servers/*/variables/*/examples/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/servers/*/security": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/servers/*/security/*": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/servers/*/bindings": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/channels": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/description": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/bindings": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/channels/*/subscribe": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/subscribe/operationId": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/subscribe/summary": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/description": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/tags": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/tags/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/externalDocs": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/bindings": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/channels/*/subscribe/traits": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/subscribe/traits/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/subscribe/traits/operationId": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/subscribe/traits/summary": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/traits/description": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/traits/tags": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/traits/tags/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/traits/externalDocs": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/traits/bindings": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/channels/*/subscribe/message": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/subscribe/message/headers": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/channels/*/subscribe/message/correlationId": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/subscribe/message/correlationId/location": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/subscribe/message/correlationId/description": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/message/schemaFormat": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/subscribe/message/contentType": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/subscribe/message/name": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/message/title": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/message/summary": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/message/tags": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/message/tags/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/message/externalDocs": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/message/bindings": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/channels/*/subscribe/message/examples": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/message/examples/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/message/traits": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/subscribe/message/traits/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/subscribe/message/traits/headers": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/channels/*/subscribe/message/traits/correlationId": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/subscribe/message/traits/correlationId/location": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/subscribe/message/traits/correlationId/description": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/message/traits/schemaFormat": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/subscribe/message/traits/contentType": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/subscribe/message/traits/name": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/message/traits/title": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/message/traits/summary": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/message/traits/tags": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/message/traits/tags/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/message/traits/externalDocs": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/message/traits/bindings": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/channels/*/subscribe/message/traits/examples": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/message/traits/examples/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/message/description": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/subscribe/message/payload": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/channels/*/publish": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/publish/operationId": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/publish/summary": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/description": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/tags": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/tags/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/externalDocs": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/bindings": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/channels/*/publish/traits": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/publish/traits/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/publish/traits/operationId": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/publish/traits/summary": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/traits/description": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/traits/tags": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/traits/tags/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/traits/externalDocs": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/traits/bindings": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/channels/*/publish/message": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/publish/message/headers": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/channels/*/publish/message/correlationId": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/publish/message/correlationId/location": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/publish/message/correlationId/description": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/message/schemaFormat": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/publish/message/contentType": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/publish/message/name": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/message/title": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/message/summary": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/message/tags": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/message/tags/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/message/externalDocs": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/message/bindings": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/channels/*/publish/message/examples": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/message/examples/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/message/traits": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/publish/message/traits/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/publish/message/traits/headers": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/channels/*/publish/message/traits/correlationId": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/publish/message/traits/correlationId/location": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/publish/message/traits/correlationId/description": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/message/traits/schemaFormat": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/publish/message/traits/contentType": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/publish/message/traits/name": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/message/traits/title": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/message/traits/summary": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/message/traits/tags": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/message/traits/tags/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/message/traits/externalDocs": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/message/traits/bindings": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/channels/*/publish/message/traits/examples": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/message/traits/examples/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/message/description": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/publish/message/payload": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/channels/*/parameters": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/parameters/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/parameters/*/description": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/parameters/*/schema": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/channels/*/parameters/*/location": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/components": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/tags": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/externalDocs": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    }
  };
  return v2;
}
var v3 = {};
var hasRequiredV3;
function requireV3() {
  if (hasRequiredV3) return v3;
  hasRequiredV3 = 1;
  Object.defineProperty(v3, "__esModule", { value: true });
  v3.standard = void 0;
  const constants_1 = requireConstants();
  v3.standard = {
    "/asyncapi": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/id": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/info": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.nonBreaking
    },
    "/info/title": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/info/version": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/info/description": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/info/termsOfService": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/info/contact": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.nonBreaking
    },
    "/info/contact/name": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.nonBreaking
    },
    "/info/contact/url": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.nonBreaking
    },
    "/info/contact/email": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.nonBreaking
    },
    "/info/license": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.nonBreaking
    },
    "/info/license/name": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.nonBreaking
    },
    "/info/license/url": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/info/tags": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/info/tags/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/info/externalDocs": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/servers": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/servers/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/servers/*/host": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/servers/*/protocol": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/servers/*/protocolVersion": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/servers/*/pathname": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/servers/*/description": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/servers/*/title": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/servers/*/variables": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/servers/*/variables/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/servers/*/variables/*/enum": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/servers/*/variables/*/enum/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/servers/*/variables/*/default": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/servers/*/variables/*/description": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/servers/*/variables/*/examples": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/servers/*/variables/*/examples/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/servers/*/security": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/servers/*/security/*": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/servers/*/tags": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/servers/*/tags/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/servers/*/externalDocs": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/servers/*/bindings": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/defaultContentType": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/address": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/messages": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/messages/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/messages/*/headers": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/messages/*/payload": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/messages/*/correlationId": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/messages/*/contentType": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/messages/*/name": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/messages/*/title": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/messages/*/summary": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/messages/*/description": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/messages/*/tags": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/messages/*/tags/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/messages/*/externalDocs": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/messages/*/bindings": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/channels/*/messages/*/examples": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/messages/*/examples/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/messages/*/traits": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/messages/*/traits/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/messages/*/traits/*/headers": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/channels/*/messages/*/traits/*/correlationId": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/messages/*/traits/*/correlationId/description": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/messages/*/traits/*/correlationId/location": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/messages/*/traits/*/contentType": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/messages/*/traits/*/name": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/messages/*/traits/*/title": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/messages/*/traits/*/summary": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/messages/*/traits/*/description": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/messages/*/traits/*/tags": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/messages/*/traits/*/tags/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/messages/*/traits/*/externalDocs": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/messages/*/traits/*/bindings": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/channels/*/messages/*/traits/*/examples": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/messages/*/traits/*/examples/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/title": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/summary": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/description": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/servers": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/servers/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/parameters": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/channels/*/tags": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/tags/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/externalDocs": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/channels/*/bindings": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/operations": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.nonBreaking
    },
    "/operations/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/operations/*/action": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/operations/*/channel": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/operations/*/title": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/operations/*/summary": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/operations/*/description": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/operations/*/security": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/operations/*/security/*": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/operations/*/tags": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/operations/*/tags/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/operations/*/externalDocs": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/operations/*/bindings": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/operations/*/traits": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/operations/*/traits/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/operations/*/traits/*/title": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/operations/*/traits/*/summary": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/operations/*/traits/*/description": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/operations/*/traits/*/security": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/operations/*/traits/*/security/*": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/operations/*/traits/*/tags": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/operations/*/traits/*/tags/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/operations/*/traits/*/externalDocs": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/operations/*/traits/*/bindings": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/operations/*/messages": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/operations/*/messages/*": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/operations/*/reply": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/operations/*/reply/address": {
      add: constants_1.breaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/operations/*/reply/address/description": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    },
    "/operations/*/reply/address/location": {
      add: constants_1.nonBreaking,
      remove: constants_1.breaking,
      edit: constants_1.breaking
    },
    "/operations/*/reply/channel": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/operations/*/reply/messages": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/operations/*/reply/messages/*": {
      add: constants_1.unclassified,
      remove: constants_1.unclassified,
      edit: constants_1.unclassified
    },
    "/components": {
      add: constants_1.nonBreaking,
      remove: constants_1.nonBreaking,
      edit: constants_1.nonBreaking
    }
  };
  return v3;
}
var hasRequiredStandard;
function requireStandard() {
  if (hasRequiredStandard) return standard;
  hasRequiredStandard = 1;
  Object.defineProperty(standard, "__esModule", { value: true });
  standard.getStandardFromVersion = void 0;
  const DiffHelpers_1 = requireDiffHelpers();
  const v2_1 = requireV2();
  const v3_1 = requireV3();
  function getStandardFromVersion(document) {
    const majorVersion = DiffHelpers_1.getDocumentMajorVersion(document);
    if (majorVersion === "2") {
      return v2_1.standard;
    }
    return v3_1.standard;
  }
  standard.getStandardFromVersion = getStandardFromVersion;
  return standard;
}
var categorizeChanges = {};
var classifier = {};
var ClassifierHelpers = {};
var hasRequiredClassifierHelpers;
function requireClassifierHelpers() {
  if (hasRequiredClassifierHelpers) return ClassifierHelpers;
  hasRequiredClassifierHelpers = 1;
  Object.defineProperty(ClassifierHelpers, "__esModule", { value: true });
  ClassifierHelpers.generateClassifierPath = ClassifierHelpers.changeLastElementToPlaceholder = void 0;
  function changeLastElementToPlaceholder(path) {
    path.pop();
    path.push("*");
    return path.join("/");
  }
  ClassifierHelpers.changeLastElementToPlaceholder = changeLastElementToPlaceholder;
  function generateClassifierPath(standard2, path) {
    const pathArray = path.split("/");
    for (let i = 0; i < pathArray.length; i++) {
      const slicedPathSegment = pathArray.slice(0, i + 1);
      const pathSegment = slicedPathSegment.join("/");
      if (pathSegment === "") {
        continue;
      }
      if (standard2[pathSegment]) {
        continue;
      }
      const newPathSegment = changeLastElementToPlaceholder(slicedPathSegment);
      if (!standard2[newPathSegment]) {
        return void 0;
      }
      pathArray[i] = "*";
    }
    return pathArray.join("/");
  }
  ClassifierHelpers.generateClassifierPath = generateClassifierPath;
  return ClassifierHelpers;
}
var hasRequiredClassifier;
function requireClassifier() {
  if (hasRequiredClassifier) return classifier;
  hasRequiredClassifier = 1;
  Object.defineProperty(classifier, "__esModule", { value: true });
  const constants_1 = requireConstants();
  const ClassifierHelpers_1 = requireClassifierHelpers();
  function classifier$1(standard2, path) {
    const classifierPath = ClassifierHelpers_1.generateClassifierPath(standard2, path);
    if (!classifierPath) {
      return {
        add: constants_1.unclassified,
        remove: constants_1.unclassified,
        edit: constants_1.unclassified
      };
    }
    return standard2[classifierPath];
  }
  classifier.default = classifier$1;
  return classifier;
}
var hasRequiredCategorizeChanges;
function requireCategorizeChanges() {
  if (hasRequiredCategorizeChanges) return categorizeChanges;
  hasRequiredCategorizeChanges = 1;
  var __importDefault = categorizeChanges && categorizeChanges.__importDefault || function(mod) {
    return mod && mod.__esModule ? mod : { "default": mod };
  };
  Object.defineProperty(categorizeChanges, "__esModule", { value: true });
  const classifier_1 = __importDefault(requireClassifier());
  function categorizeChanges$1(standard2, diffs) {
    const output = {
      changes: []
    };
    for (const diff of diffs) {
      const newDiffObject = Object.assign({}, diff);
      const classifierObject = classifier_1.default(standard2, diff.path);
      newDiffObject.type = classifierObject[diff.action] || "unclassified";
      output.changes.push(newDiffObject);
    }
    return output;
  }
  categorizeChanges.default = categorizeChanges$1;
  return categorizeChanges;
}
var asyncapidiff = {};
var toProperFormat = {};
var convertToYAML = {};
var require$$0 = /* @__PURE__ */ _commonjsHelpers.getAugmentedNamespace(jsYaml.namespace);
var hasRequiredConvertToYAML;
function requireConvertToYAML() {
  if (hasRequiredConvertToYAML) return convertToYAML;
  hasRequiredConvertToYAML = 1;
  var __importDefault = convertToYAML && convertToYAML.__importDefault || function(mod) {
    return mod && mod.__esModule ? mod : { "default": mod };
  };
  Object.defineProperty(convertToYAML, "__esModule", { value: true });
  const js_yaml_1 = __importDefault(require$$0);
  function convertToYAML$1(object) {
    return js_yaml_1.default.dump(object);
  }
  convertToYAML.default = convertToYAML$1;
  return convertToYAML;
}
var convertToMarkdown = {};
var converters = { exports: {} };
var hasRequiredConverters;
function requireConverters() {
  if (hasRequiredConverters) return converters.exports;
  hasRequiredConverters = 1;
  var _typeof = typeof Symbol === "function" && typeof Symbol.iterator === "symbol" ? function(obj) {
    return typeof obj;
  } : function(obj) {
    return obj && typeof Symbol === "function" && obj.constructor === Symbol && obj !== Symbol.prototype ? "symbol" : typeof obj;
  };
  function _defineProperty(obj, key, value) {
    if (key in obj) {
      Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
    } else {
      obj[key] = value;
    }
    return obj;
  }
  var converters$1 = converters.exports = {};
  var generateHeader = function generateHeader2(repeat) {
    return function(input, json2md) {
      return "#".repeat(repeat) + " " + json2md(input);
    };
  };
  var indent = function indent2(content, spaces, ignoreFirst) {
    var lines = content;
    if (typeof content === "string") {
      lines = content.split("\n");
    }
    if (ignoreFirst) {
      if (lines.length <= 1) {
        return lines.join("\n");
      }
      return lines[0] + "\n" + indent2(lines.slice(1), spaces, false);
    }
    return lines.map(function(c) {
      return " ".repeat(spaces) + c;
    }).join("\n");
  };
  var parseTextFormat = function parseTextFormat2(text) {
    var formats = {
      strong: "**",
      italic: "*",
      underline: "_",
      strikethrough: "~~"
    };
    return text.replace(/<\/?strong\>/gi, formats.strong).replace(/<\/?bold\>/gi, formats.strong).replace(/<\/?em\>/gi, formats.italic).replace(/<\/?italic\>/gi, formats.italic).replace(/<\/?u\>/gi, formats.underline).replace(/<\/?strike\>/gi, formats.strikethrough);
  };
  converters$1.h1 = generateHeader(1);
  converters$1.h2 = generateHeader(2);
  converters$1.h3 = generateHeader(3);
  converters$1.h4 = generateHeader(4);
  converters$1.h5 = generateHeader(5);
  converters$1.h6 = generateHeader(6);
  converters$1.blockquote = function(input, json2md) {
    return json2md(input, "> ");
  };
  converters$1.img = function(input, json2md) {
    if (Array.isArray(input)) {
      return json2md(input, "", "img");
    }
    if (typeof input === "string") {
      return converters$1.img({ source: input, title: "", alt: "" });
    }
    input.title = input.title || "";
    input.alt = input.alt || "";
    return "![" + input.alt + "](" + input.source + ' "' + input.title + '")';
  };
  converters$1.ul = function(input, json2md) {
    var c = "";
    for (var i = 0; i < input.length; ++i) {
      var marker = "";
      var type = Object.keys(input[i])[0];
      if (type !== "ul" && type !== "ol" && type !== "taskLists") {
        marker += "\n - ";
      }
      c += marker + parseTextFormat(indent(json2md(input[i]), 4, true));
    }
    return c;
  };
  converters$1.ol = function(input, json2md) {
    var c = "";
    var jumpCount = 0;
    for (var i = 0; i < input.length; ++i) {
      var marker = "";
      var type = Object.keys(input[i])[0];
      if (type !== "ul" && type !== "ol" && type !== "taskLists") {
        marker = "\n " + (i + 1 - jumpCount) + ". ";
      } else {
        jumpCount++;
      }
      c += marker + parseTextFormat(indent(json2md(input[i]), 4, true));
    }
    return c;
  };
  converters$1.taskLists = function(input, json2md) {
    var c = "";
    for (var i = 0; i < input.length; ++i) {
      var marker = "";
      var type = Object.keys(input[i])[0];
      if (type !== "ul" && type !== "ol" && type !== "taskLists") {
        marker += input[i].isDone ? "\n - [x] " : "\n - [ ] ";
      }
      c += marker + parseTextFormat(indent(json2md(input[i].title || input[i]), 4, true));
    }
    return c;
  };
  converters$1.code = function(input, json2md) {
    var c = "```" + (input.language || "") + "\n";
    if (Array.isArray(input.content)) {
      c += input.content.join("\n");
    } else {
      c += input.content;
    }
    c += "\n```";
    return c;
  };
  converters$1.p = function(input, json2md) {
    return parseTextFormat(json2md(input, "\n"));
  };
  converters$1.table = function(input, json2md) {
    var _PREFERRED_LENGTH_PER;
    var ALIGNMENT = {
      CENTER: "center",
      RIGHT: "right",
      LEFT: "left",
      NONE: "none"
    };
    var PREFERRED_LENGTH_PER_ALIGNMENT = (_PREFERRED_LENGTH_PER = {}, _defineProperty(_PREFERRED_LENGTH_PER, ALIGNMENT.CENTER, 3), _defineProperty(_PREFERRED_LENGTH_PER, ALIGNMENT.RIGHT, 2), _defineProperty(_PREFERRED_LENGTH_PER, ALIGNMENT.LEFT, 2), _defineProperty(_PREFERRED_LENGTH_PER, ALIGNMENT.NONE, 1), _PREFERRED_LENGTH_PER);
    if ((typeof input === "undefined" ? "undefined" : _typeof(input)) !== "object" || !input.hasOwnProperty("headers") || !input.hasOwnProperty("rows")) {
      return "";
    }
    var alignment = input.headers.map(function(_, index2) {
      return input.aligns && input.aligns[index2] ? input.aligns[index2] : ALIGNMENT.NONE;
    });
    var preferred_lengths = input.headers.map(function(header2, index2) {
      return Math.max(PREFERRED_LENGTH_PER_ALIGNMENT[alignment[index2]], header2.length - 2);
    });
    if (input.pretty === true) {
      input.rows.forEach(function(row) {
        (Array.isArray(row) ? row : input.headers.map(function(col_id) {
          return row[col_id];
        })).forEach(function(cell, index2) {
          preferred_lengths[index2] = Math.max(preferred_lengths[index2], cell.length - 2);
        });
      });
    }
    var fill_right = function fill_right2(diff, header2) {
      return " ".repeat(diff) + header2;
    };
    var fill_left = function fill_left2(diff, header2) {
      return header2 + " ".repeat(diff);
    };
    var fill_center = function fill_center2(diff, header2) {
      return " ".repeat(Math.floor(diff / 2)) + header2 + " ".repeat(Math.ceil(diff / 2));
    };
    var fill_th = function fill_th2(header2, index2) {
      var diff = preferred_lengths[index2] + 2 - header2.length;
      switch (alignment[index2]) {
        case ALIGNMENT.RIGHT:
          return fill_right(diff, header2);
        case ALIGNMENT.LEFT:
          return fill_left(diff, header2);
        case ALIGNMENT.CENTER:
        case ALIGNMENT.NONE:
        default:
          return fill_center(diff, header2);
      }
    };
    var fill_td = function fill_td2(header2, index2) {
      var diff = preferred_lengths[index2] + 2 - header2.length;
      switch (alignment[index2]) {
        case ALIGNMENT.RIGHT:
          return fill_right(diff, header2);
        case ALIGNMENT.NONE:
        case ALIGNMENT.LEFT:
          return fill_left(diff, header2);
        case ALIGNMENT.CENTER:
        default:
          return fill_center(diff, header2);
      }
    };
    var column_names = input.headers.map(fill_th);
    var header = "| " + column_names.join(" | ") + " |";
    var spaces = "| " + input.headers.map(function(_, index2) {
      var inner = "-".repeat(preferred_lengths[index2]);
      switch (alignment[index2]) {
        case ALIGNMENT.CENTER:
          return ":" + inner + ":";
        case ALIGNMENT.RIGHT:
          return "-" + inner + ":";
        case ALIGNMENT.LEFT:
          return ":" + inner + "-";
        case ALIGNMENT.NONE:
        default:
          return "-" + inner + "-";
      }
    }).join(" | ") + " |";
    var fill_tbody_cell = function fill_tbody_cell2(cell, index2) {
      if (input.pretty !== true) return cell;
      return fill_td(cell, index2);
    };
    var data = input.rows.map(function(row) {
      return "| " + (Array.isArray(row) ? row : input.headers.map(function(col_id) {
        return row[col_id];
      })).map(function(cell) {
        return json2md(cell);
      }).map(function(cell) {
        return parseTextFormat(cell);
      }).map(function(cell) {
        return cell.replace(/([^\\])\|/, "$1\\|");
      }).map(function(cell) {
        return cell.trim();
      }).map(fill_tbody_cell).join(" | ") + " |";
    }).join("\n");
    return [header, spaces, data].join("\n");
  };
  converters$1.link = function(input, json2md) {
    if (Array.isArray(input)) {
      return json2md(input, "", "link");
    }
    if (typeof input === "string") {
      return converters$1.link({ source: input, title: "" });
    }
    return "[" + input.title + "](" + input.source + ")";
  };
  converters$1.hr = function(input, json2md) {
    return "---";
  };
  return converters.exports;
}
var lib$1;
var hasRequiredLib$2;
function requireLib$2() {
  if (hasRequiredLib$2) return lib$1;
  hasRequiredLib$2 = 1;
  function indento(input, width, char) {
    char = typeof char !== "string" ? " " : char;
    return String(input).replace(/^/gm, char.repeat(width));
  }
  lib$1 = indento;
  return lib$1;
}
var lib;
var hasRequiredLib$1;
function requireLib$1() {
  if (hasRequiredLib$1) return lib;
  hasRequiredLib$1 = 1;
  var converters2 = requireConverters(), indento = requireLib$2();
  function json2md(data, prefix, _type) {
    prefix = prefix || "";
    if (typeof data === "string" || typeof data === "number") {
      return indento(data, 1, prefix);
    }
    var content = [];
    if (Array.isArray(data)) {
      for (var i = 0; i < data.length; ++i) {
        content.push(indento(json2md(data[i], "", _type), 1, prefix));
      }
      return content.join("\n");
    } else {
      var type = Object.keys(data)[0], func = converters2[_type || type];
      if (typeof func === "function") {
        return indento(func(_type ? data : data[type], json2md), 1, prefix) + "\n";
      }
      throw new Error("There is no such converter: " + type);
    }
  }
  json2md.async = function(data, prefix, _type) {
    return Promise.resolve().then(function() {
      prefix = prefix || "";
      if (typeof data === "string" || typeof data === "number") {
        return indento(data, 1, prefix);
      }
      var content = [];
      if (Array.isArray(data)) {
        var promises = data.map(function(d, index2) {
          return Promise.resolve().then(function() {
            return json2md.async(d, "", _type);
          }).then(function(result) {
            return indento(result, 1, prefix);
          }).then(function(result) {
            content[index2] = result;
          });
        });
        return Promise.all(promises).then(function() {
          return content.join("\n");
        });
      } else {
        var type = Object.keys(data)[0], func = converters2[_type || type];
        if (typeof func === "function") {
          return Promise.resolve().then(function() {
            return func(_type ? data : data[type], json2md);
          }).then(function(result) {
            return indento(result, 1, prefix) + "\n";
          });
        }
        throw new Error("There is no such converter: " + type);
      }
    });
  };
  json2md.converters = converters2;
  lib = json2md;
  return lib;
}
var MarkdownHelpers = {};
var hasRequiredMarkdownHelpers;
function requireMarkdownHelpers() {
  if (hasRequiredMarkdownHelpers) return MarkdownHelpers;
  hasRequiredMarkdownHelpers = 1;
  var __importDefault = MarkdownHelpers && MarkdownHelpers.__importDefault || function(mod) {
    return mod && mod.__esModule ? mod : { "default": mod };
  };
  Object.defineProperty(MarkdownHelpers, "__esModule", { value: true });
  MarkdownHelpers.convertDataToDropdown = MarkdownHelpers.generateMarkdownForChange = MarkdownHelpers.capitaliseFirstLetter = MarkdownHelpers.groupChangesByType = void 0;
  const convertToYAML_1 = __importDefault(requireConvertToYAML());
  function groupChangesByType(object) {
    return object.reduce((objectsByKeyValue, obj) => {
      const value = obj["type"];
      objectsByKeyValue[value] = (objectsByKeyValue[value] || []).concat(obj);
      return objectsByKeyValue;
    }, {});
  }
  MarkdownHelpers.groupChangesByType = groupChangesByType;
  function capitaliseFirstLetter(s) {
    return s[0].toUpperCase() + s.slice(1);
  }
  MarkdownHelpers.capitaliseFirstLetter = capitaliseFirstLetter;
  function generateMarkdownForChange(config) {
    const toAppend = [`**Path**: \`${config.change.path}\``];
    const listItem = { ul: [] };
    for (const [label, value] of Object.entries(config.change)) {
      if (label !== "path" && label !== "type") {
        if (typeof value === "object") {
          listItem.ul.push(convertDataToDropdown({
            label: capitaliseFirstLetter(label),
            data: value,
            markdownSubtype: config.markdownSubtype
          }));
        } else {
          listItem.ul.push(`**${capitaliseFirstLetter(label)}**: ${value}`);
        }
      }
    }
    toAppend.push(listItem);
    return toAppend;
  }
  MarkdownHelpers.generateMarkdownForChange = generateMarkdownForChange;
  function convertDataToDropdown(config) {
    const displayData = config.markdownSubtype === "json" ? JSON.stringify(config.data, null, 2) : convertToYAML_1.default(config.data);
    return `<details>
    <summary> ${config.label} </summary>
    
\`\`\`${config.markdownSubtype}
${displayData}
\`\`\`            
</details>  
`;
  }
  MarkdownHelpers.convertDataToDropdown = convertDataToDropdown;
  return MarkdownHelpers;
}
var hasRequiredConvertToMarkdown;
function requireConvertToMarkdown() {
  if (hasRequiredConvertToMarkdown) return convertToMarkdown;
  hasRequiredConvertToMarkdown = 1;
  var __importDefault = convertToMarkdown && convertToMarkdown.__importDefault || function(mod) {
    return mod && mod.__esModule ? mod : { "default": mod };
  };
  Object.defineProperty(convertToMarkdown, "__esModule", { value: true });
  const json2md_1 = __importDefault(requireLib$1());
  const MarkdownHelpers_1 = requireMarkdownHelpers();
  function convertToMarkdown$1(object, markdownSubtype) {
    if (Object.prototype.hasOwnProperty.call(object, "changes")) {
      object = object.changes;
    }
    const changeTypeGroups = MarkdownHelpers_1.groupChangesByType(object);
    const markdownStructure = [];
    for (const [changeType, changes] of Object.entries(changeTypeGroups)) {
      markdownStructure.push({ h2: MarkdownHelpers_1.capitaliseFirstLetter(changeType) });
      const outerList = { ul: [] };
      for (const change of changes) {
        outerList.ul.push(...MarkdownHelpers_1.generateMarkdownForChange({ change, markdownSubtype }));
      }
      markdownStructure.push(outerList);
    }
    return json2md_1.default(markdownStructure);
  }
  convertToMarkdown.default = convertToMarkdown$1;
  return convertToMarkdown;
}
var hasRequiredToProperFormat;
function requireToProperFormat() {
  if (hasRequiredToProperFormat) return toProperFormat;
  hasRequiredToProperFormat = 1;
  var __importDefault = toProperFormat && toProperFormat.__importDefault || function(mod) {
    return mod && mod.__esModule ? mod : { "default": mod };
  };
  Object.defineProperty(toProperFormat, "__esModule", { value: true });
  const convertToYAML_1 = __importDefault(requireConvertToYAML());
  const convertToMarkdown_1 = __importDefault(requireConvertToMarkdown());
  function toProperFormat$1(config) {
    if (config.outputType === "yaml" || config.outputType === "yml") {
      return convertToYAML_1.default(config.data);
    } else if (config.outputType === "markdown" || config.outputType === "md") {
      return convertToMarkdown_1.default(config.data, config.markdownSubtype);
    }
    return config.data;
  }
  toProperFormat.default = toProperFormat$1;
  return toProperFormat;
}
var hasRequiredAsyncapidiff;
function requireAsyncapidiff() {
  if (hasRequiredAsyncapidiff) return asyncapidiff;
  hasRequiredAsyncapidiff = 1;
  var __importDefault = asyncapidiff && asyncapidiff.__importDefault || function(mod) {
    return mod && mod.__esModule ? mod : { "default": mod };
  };
  Object.defineProperty(asyncapidiff, "__esModule", { value: true });
  const constants_1 = requireConstants();
  const toProperFormat_1 = __importDefault(requireToProperFormat());
  class AsyncAPIDiff {
    constructor(output, options) {
      this.output = JSON.parse(output);
      this.outputType = options.outputType;
      this.markdownSubtype = options.markdownSubtype || "json";
    }
    /**
     * @returns {Changes} All the breaking changes
     */
    breaking() {
      const breakingChanges = this.output.changes.filter((diff) => diff.type === constants_1.breaking);
      return toProperFormat_1.default({ data: breakingChanges, outputType: this.outputType, markdownSubtype: this.markdownSubtype });
    }
    /**
     * @returns {Changes} All the non-breaking changes
     */
    nonBreaking() {
      const nonBreakingChanges = this.output.changes.filter((diff) => diff.type === constants_1.nonBreaking);
      return toProperFormat_1.default({ data: nonBreakingChanges, outputType: this.outputType, markdownSubtype: this.markdownSubtype });
    }
    /**
     * @returns {Changes} All the unclassified changes
     */
    unclassified() {
      const unclassifiedChanges = this.output.changes.filter((diff) => diff.type === constants_1.unclassified);
      return toProperFormat_1.default({ data: unclassifiedChanges, outputType: this.outputType, markdownSubtype: this.markdownSubtype });
    }
    /**
     * @returns {Output}  The full output
     */
    getOutput() {
      return toProperFormat_1.default({ data: this.output, outputType: this.outputType, markdownSubtype: this.markdownSubtype });
    }
  }
  asyncapidiff.default = AsyncAPIDiff;
  return asyncapidiff;
}
var mergeStandard = {};
var hasRequiredMergeStandard;
function requireMergeStandard() {
  if (hasRequiredMergeStandard) return mergeStandard;
  hasRequiredMergeStandard = 1;
  Object.defineProperty(mergeStandard, "__esModule", { value: true });
  mergeStandard.mergeStandard = void 0;
  function mergeStandard$1(standard2, overrides) {
    Object.assign(standard2, overrides);
  }
  mergeStandard.mergeStandard = mergeStandard$1;
  return mergeStandard;
}
var hasRequiredMain;
function requireMain() {
  if (hasRequiredMain) return main;
  hasRequiredMain = 1;
  var __importDefault = main && main.__importDefault || function(mod) {
    return mod && mod.__esModule ? mod : { "default": mod };
  };
  Object.defineProperty(main, "__esModule", { value: true });
  main.diff = void 0;
  const generateDiff_1 = __importDefault(requireGenerateDiff());
  const standard_1 = requireStandard();
  const categorizeChanges_1 = __importDefault(requireCategorizeChanges());
  const asyncapidiff_1 = __importDefault(requireAsyncapidiff());
  const mergeStandard_1 = requireMergeStandard();
  const DiffHelpers_1 = requireDiffHelpers();
  function diff(firstDocument, secondDocument, config = {}) {
    var _a, _b;
    if (DiffHelpers_1.incompatibleDocuments(firstDocument, secondDocument)) {
      throw new TypeError("diff between different AsyncAPI version is not allowed");
    }
    const standard2 = standard_1.getStandardFromVersion(firstDocument);
    if (config.override) {
      if (typeof config.override !== "object") {
        throw new TypeError("Override data must be an object");
      }
      mergeStandard_1.mergeStandard(standard2, config.override);
    }
    const diffOutput = generateDiff_1.default(firstDocument, secondDocument);
    const output = categorizeChanges_1.default(standard2, diffOutput);
    return new asyncapidiff_1.default(JSON.stringify(output), {
      outputType: (_a = config.outputType) !== null && _a !== void 0 ? _a : "json",
      markdownSubtype: (_b = config.markdownSubtype) !== null && _b !== void 0 ? _b : "json"
    });
  }
  main.diff = diff;
  return main;
}
var types = {};
var hasRequiredTypes;
function requireTypes() {
  if (hasRequiredTypes) return types;
  hasRequiredTypes = 1;
  Object.defineProperty(types, "__esModule", { value: true });
  return types;
}
var hasRequiredLib;
function requireLib() {
  if (hasRequiredLib) return lib$2;
  hasRequiredLib = 1;
  (function(exports2) {
    var __createBinding = lib$2 && lib$2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      Object.defineProperty(o, k2, { enumerable: true, get: function() {
        return m[k];
      } });
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = lib$2 && lib$2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    __exportStar(requireMain(), exports2);
    __exportStar(requireTypes(), exports2);
  })(lib$2);
  return lib$2;
}
var libExports = requireLib();
var index = /* @__PURE__ */ _commonjsHelpers.getDefaultExportFromCjs(libExports);
var namespace = /* @__PURE__ */ _mergeNamespaces({
  __proto__: null,
  default: index
}, [libExports]);
exports.default = namespace;
