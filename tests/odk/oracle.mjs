// Drives the ODK Web Forms engine (@getodk/xforms-engine) headless under
// Node, as the oracle Waymark's imported forms are compared with.
//
//   node tests/odk/oracle.mjs JOB.json     (a batch: prints one JSON result)
//   node tests/odk/oracle.mjs -            (interactive: one JSON line in,
//                                            one JSON line out)
//
// JOB: { "form": "form.xml", "clear_hidden": bool, "compare": bool,
// "steps": [ {"op": "set", "ref": "/data/q", "value": "a b"} |
// {"op": "add", "ref": "/data/rep"} ] }. A batch prints { "load_ms",
// "step_ms": [...], "states": [...] }; interactively the first line is the
// job without steps (answered with the state after load), then each line
// is a step (answered with the state after it). A state maps each leaf's
// reference to { type, relevant, required, value, constraint } (the
// constraint's verdict on the current value), and each repeat's to
// { type: "repeat", relevant, count }.
//
// `clear_hidden` applies Waymark's deliberate policy inside ODK after each
// step: a value that stops being relevant is deleted, and a repeat that
// stops being relevant loses its blocks (docs/questionnaires.md,
// "Differences from ODK"). Needs the packages tests/odk/install.sh puts in
// ODK_NODE_MODULES.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const modules = process.env.ODK_NODE_MODULES;
if (!modules) {
  console.error('ODK_NODE_MODULES is not set (see tests/odk/install.sh)');
  process.exit(2);
}
const load = (name) => import(pathToFileURL(path.join(modules, name, 'package.json')).href.replace(/package\.json$/, '') + mainOf(name));
function mainOf(name) {
  const pkg = JSON.parse(fs.readFileSync(path.join(modules, name, 'package.json'), 'utf8'));
  const exp = pkg.exports?.['.'];
  return (typeof exp === 'string' ? exp : exp?.import ?? exp?.default ?? pkg.main ?? 'index.js').replace(/^\.\//, '');
}

// The engine parses XML with the DOM: jsdom provides it, as in the
// engine's own tests.
const { JSDOM } = await load('jsdom');
const dom = new JSDOM('');
for (const k of ['DOMParser', 'XMLSerializer', 'Node', 'Element', 'Document', 'XPathResult', 'document', 'window', 'NodeFilter', 'XMLDocument', 'Attr', 'Text']) {
  if (dom.window[k] !== undefined && globalThis[k] === undefined) globalThis[k] = dom.window[k];
}
// Its tree-sitter WASM loader takes Node for CommonJS: give it what it reads.
globalThis.__dirname = path.join(modules, '@getodk/xforms-engine/dist/');
globalThis.module = { exports: {} };
const { createInstance } = await load('@getodk/xforms-engine');

let root = null;
let clearHidden = false;

function nodes() {
  const out = new Map();
  const walk = (n) => {
    out.set(n.currentState.reference, n);
    for (const c of n.currentState.children ?? []) walk(c);
  };
  walk(root);
  return out;
}

function text(v) {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join(' ');
  return String(v);
}

function isRepeat(n) {
  return String(n.nodeType).startsWith('repeat-range');
}

function state() {
  const out = {};
  for (const [ref, n] of nodes()) {
    const s = n.currentState;
    if (isRepeat(n)) {
      out[ref] = {
        type: 'repeat',
        relevant: s.relevant,
        count: s.children.length,
        // jr:count: ODK sets the number of blocks itself.
        controlled: n.nodeType === 'repeat-range:controlled',
      };
      continue;
    }
    if (s.children !== null && s.children !== undefined) continue;
    const v = n.validationState;
    out[ref] = {
      type: n.nodeType,
      vt: n.valueType ?? null,
      relevant: s.relevant,
      required: s.required,
      value: text(s.value),
      constraint: v?.constraint ? v.constraint.valid : true,
    };
  }
  return out;
}

function setValue(n, value) {
  if (n.nodeType === 'select') {
    n.selectValues(value === '' ? [] : value.split(' '));
  } else if (n.nodeType === 'trigger') {
    n.setValue(value !== '');
  } else {
    n.setValue(value);
  }
}

// Waymark deletes what stops being relevant; ODK keeps it aside (and
// shows it blank while it is not relevant), so it is blanked here. Deleting
// can change relevance again: a few passes, until nothing is left.
function clearIrrelevant() {
  for (let round = 0; round < 50; round++) {
    let changed = false;
    for (const [, n] of nodes()) {
      const s = n.currentState;
      if (s.relevant) continue;
      if (isRepeat(n) && s.children.length > 0 && typeof n.removeInstances === 'function') {
        n.removeInstances(0, s.children.length);
        changed = true;
        // Its nodes are gone: walk the tree afresh.
        break;
      } else if ((s.children === null || s.children === undefined)
          && ['input', 'select', 'trigger'].includes(n.nodeType)) {
        setValue(n, '');
      }
    }
    if (!changed && round > 0) break;
  }
}

// ODK also keeps aside a choice its filter stops offering, and shows it
// again when the filter does; Waymark deletes it. Setting each select to
// what it shows now deletes what is kept aside.
function clearFiltered() {
  for (const [, n] of nodes()) {
    if (n.nodeType === 'select' && n.currentState.relevant) {
      n.selectValues([...n.currentState.value]);
    }
  }
}

function apply(step) {
  const n = nodes().get(step.ref);
  if (!n) throw new Error(`no node ${step.ref}`);
  switch (step.op) {
    case 'set':
      setValue(n, step.value);
      break;
    case 'add':
      n.addInstances();
      break;
    case 'remove':
      n.removeInstances(step.index ?? 0);
      break;
    default:
      throw new Error(`unknown step ${step.op}`);
  }
  if (clearHidden) {
    clearIrrelevant();
    clearFiltered();
  }
}

async function open(job) {
  clearHidden = !!job.clear_hidden;
  const xml = fs.readFileSync(job.form, 'utf8');
  const t0 = performance.now();
  // Attachments (external choices) come from files beside the form; no
  // request ever leaves the machine. A missing one reads as empty.
  const dir = path.dirname(job.form);
  const fetchFormAttachment = async (url) => {
    const file = path.join(dir, path.basename(String(url.pathname ?? url)));
    if (!fs.existsSync(file)) return { ok: false, status: 404, text: async () => '', blob: async () => new Blob([]) };
    const body = fs.readFileSync(file, 'utf8');
    return { ok: true, status: 200, text: async () => body, blob: async () => new Blob([body]) };
  };
  root = (await createInstance(xml, {
    form: { fetchFormAttachment, missingResourceBehavior: 'BLANK' },
  })).root;
  const ms = performance.now() - t0;
  if (clearHidden) clearIrrelevant();
  return ms;
}

if (process.argv[2] === '-') {
  const readline = await import('node:readline');
  const lines = readline.createInterface({ input: process.stdin });
  let opened = false;
  for await (const line of lines) {
    if (!line.trim()) continue;
    let reply;
    try {
      const msg = JSON.parse(line);
      if (!opened) {
        const ms = await open(msg);
        opened = true;
        reply = { load_ms: ms, state: state() };
      } else {
        apply(msg);
        reply = { state: state() };
      }
    } catch (e) {
      reply = { error: String(e && e.message || e) };
    }
    process.stdout.write(JSON.stringify(reply) + '\n');
  }
} else {
  const job = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const loadMs = await open(job);
  const states = [job.compare === false ? null : state()];
  const stepMs = [];
  for (const step of job.steps) {
    const t = performance.now();
    apply(step);
    stepMs.push(performance.now() - t);
    states.push(job.compare === false ? null : state());
  }
  if (job.compare === false) states.push(state());
  process.stdout.write(JSON.stringify({ load_ms: loadMs, step_ms: stepMs, states }));
}
