// Validates rendered Kubernetes manifests (kubectl kustomize output, on stdin or in files):
// 1. each object against the Kubernetes API schema of its kind (kubernetes-models: JSON schemas
//    of the Kubernetes 1.27+ OpenAPI, compiled with ajv): types, required fields, enums;
// 2. strictly: a field the API does not have (a typo such as "livenesProbe") is an error, read
//    from the models' type declarations (the schemas themselves accept unknown fields);
// 3. Oubli's own rules: every container has requests and a memory limit, every Oubli service
//    (image oubli/*) has liveness and readiness probes on Spring Boot's probe endpoints, every
//    ConfigMap/Secret a pod refers to (not optional) exists, every Service selects some pod.
// Usage: kubectl kustomize deploy/k8s/overlays/dev | node validate.mjs [--external=Secret/name] [files]
// Exit 0 when every object passes, 1 otherwise (each problem printed).
import { readFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseAllDocuments } from "yaml";

const require = createRequire(import.meta.url);
const modelsRoot = path.dirname(require.resolve("kubernetes-models/package.json"));
const nodeModules = path.dirname(modelsRoot);

const problems = [];
const problem = (where, text) => problems.push(`${where}: ${text}`);

// ---------------------------------------------------------------- input
// --external=Kind/name: an object that exists in the cluster but not in these manifests (a Secret
// created out of band); files otherwise, or stdin
const external = new Set(process.argv.slice(2).filter((a) => a.startsWith("--external=")).map((a) => a.slice(11)));
const inputs = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const texts = inputs.length ? inputs.map((f) => [f, readFileSync(f, "utf8")]) : [["<stdin>", readFileSync(0, "utf8")]];
const objects = [];
for (const [file, text] of texts) {
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length) {
      problem(file, `YAML: ${doc.errors.map((e) => e.message).join("; ")}`);
      continue;
    }
    const obj = doc.toJS();
    if (obj == null) continue;
    objects.push(obj);
  }
}

// ---------------------------------------------------------------- 1. schema
function modulePath(apiVersion) {
  // "v1" -> kubernetes-models/v1 ; "apps/v1" -> kubernetes-models/apps/v1
  return path.join(modelsRoot, apiVersion);
}

async function schemaCheck(obj, where) {
  const dir = modulePath(obj.apiVersion);
  const file = path.join(dir, `${obj.kind}.mjs`);
  if (!existsSync(file)) {
    problem(where, `unknown apiVersion/kind ${obj.apiVersion} ${obj.kind}`);
    return null;
  }
  const mod = await import(file);
  const Model = mod[obj.kind];
  try {
    new Model(obj).validate();
  } catch (e) {
    problem(where, `schema: ${e.message}`);
  }
  return path.join(dir, `${obj.kind}.d.ts`);
}

// ---------------------------------------------------------------- 2. unknown fields
const declarations = new Map();

function resolveImport(fromFile, spec) {
  const base = spec.startsWith(".") ? path.resolve(path.dirname(fromFile), spec) : path.join(nodeModules, spec);
  return `${base}.d.ts`;
}

// the properties of the interface a declaration file exports: name -> type text; null for aliases
function declaration(file) {
  if (declarations.has(file)) return declarations.get(file);
  const text = readFileSync(file, "utf8");
  const imports = new Map();
  for (const m of text.matchAll(/import \{ (\w+) \} from "([^"]+)";/g)) imports.set(m[1], resolveImport(file, m[2]));
  const start = text.search(/export interface I\w+( extends [\w, ]+)? \{/);
  let result = null;
  if (start >= 0) {
    const props = new Map();
    let depth = 0;
    let body = "";
    for (let i = text.indexOf("{", start); i < text.length; i++) {
      const c = text[i];
      if (c === "{") depth++;
      if (c === "}") depth--;
      body += c;
      if (depth === 0) break;
    }
    // top-level properties only: skip text nested in inline object types and comments
    const clean = body.replace(/\/\*[\s\S]*?\*\//g, "");
    let level = 0;
    for (const line of clean.split("\n")) {
      const m = level === 1 && line.match(/^\s*"([^"]+)"\??: (.*)$/);
      if (m) props.set(m[1], m[2]);
      for (const c of line) {
        if (c === "{") level++;
        if (c === "}") level--;
      }
    }
    // top-level kinds extend TypeMeta (apiVersion, kind)
    if (/export interface I\w+ extends TypeMeta/.test(text)) {
      props.set("apiVersion", "string");
      props.set("kind", "string");
    }
    result = { props, imports };
  }
  declarations.set(file, result);
  return result;
}

function strictCheck(value, file, where) {
  if (value == null || typeof value !== "object" || !file || !existsSync(file)) return;
  const decl = declaration(file);
  if (!decl) return; // a type alias (IntOrString, Quantity, Time): no fields
  for (const [key, child] of Object.entries(value)) {
    if (!decl.props.has(key)) {
      problem(where, `unknown field "${key}"`);
      continue;
    }
    const type = decl.props.get(key).trim().replace(/;$/, "");
    const array = type.match(/^Array<(\w+)>$/);
    const name = array ? array[1] : type;
    if (!/^I\w+$/.test(name) || !decl.imports.has(name)) continue; // scalars, enums, maps
    const childFile = decl.imports.get(name);
    if (array && Array.isArray(child)) child.forEach((item, i) => strictCheck(item, childFile, `${where}.${key}[${i}]`));
    else strictCheck(child, childFile, `${where}.${key}`);
  }
}

// ---------------------------------------------------------------- 3. Oubli's rules
function podSpec(obj) {
  if (["Deployment", "StatefulSet", "DaemonSet", "Job"].includes(obj.kind)) return obj.spec?.template?.spec;
  return null;
}

function oubliRules(all) {
  const names = (kind) => new Set(all.filter((o) => o.kind === kind).map((o) => `${o.metadata?.namespace ?? ""}/${o.metadata?.name}`));
  const configMaps = names("ConfigMap");
  const secrets = names("Secret");
  const podLabels = [];
  for (const obj of all) {
    const spec = podSpec(obj);
    if (!spec) continue;
    const ns = obj.metadata?.namespace ?? "";
    const where = `${obj.kind}/${obj.metadata?.name}`;
    podLabels.push({ ns, labels: obj.spec?.template?.metadata?.labels ?? {} });
    for (const c of spec.containers ?? []) {
      const at = `${where} container ${c.name}`;
      if (!c.resources?.requests) problem(at, "no resource requests");
      if (!c.resources?.limits?.memory) problem(at, "no memory limit");
      if (/^oubli\//.test(c.image ?? "")) {
        if (c.livenessProbe?.httpGet?.path !== "/actuator/health/liveness") problem(at, "liveness probe is not GET /actuator/health/liveness");
        if (c.readinessProbe?.httpGet?.path !== "/actuator/health/readiness") problem(at, "readiness probe is not GET /actuator/health/readiness");
        if (!spec.securityContext?.runAsNonRoot) problem(at, "pod does not require runAsNonRoot");
      }
      const refs = [];
      for (const e of c.envFrom ?? []) {
        if (e.configMapRef) refs.push(["ConfigMap", e.configMapRef.name, e.configMapRef.optional]);
        if (e.secretRef) refs.push(["Secret", e.secretRef.name, e.secretRef.optional]);
      }
      for (const e of c.env ?? []) {
        const s = e.valueFrom?.secretKeyRef;
        const m = e.valueFrom?.configMapKeyRef;
        if (s) refs.push(["Secret", s.name, s.optional]);
        if (m) refs.push(["ConfigMap", m.name, m.optional]);
      }
      for (const [kind, name, optional] of refs) {
        const known = kind === "Secret" ? secrets : configMaps;
        if (!optional && !known.has(`${ns}/${name}`) && !external.has(`${kind}/${name}`)) problem(at, `refers to ${kind} ${name}, which is not in the manifests`);
      }
    }
  }
  for (const svc of all.filter((o) => o.kind === "Service")) {
    const sel = svc.spec?.selector ?? {};
    const ns = svc.metadata?.namespace ?? "";
    const hit = podLabels.some((p) => p.ns === ns && Object.entries(sel).every(([k, v]) => p.labels[k] === v));
    if (!hit) problem(`Service/${svc.metadata?.name}`, "selects no pod in the manifests");
  }
}

// ---------------------------------------------------------------- run
for (const obj of objects) {
  const where = `${obj.kind}/${obj.metadata?.name}`;
  if (!obj.apiVersion || !obj.kind) {
    problem(where, "no apiVersion or kind");
    continue;
  }
  const decl = await schemaCheck(obj, where);
  strictCheck(obj, decl, where);
}
oubliRules(objects);

if (problems.length) {
  for (const p of problems) console.log(`  INVALID ${p}`);
  console.log(`${objects.length} objects, ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`${objects.length} objects valid (schema, unknown fields, Oubli rules)`);
