/**
 * Summarises a V8 CPU profile (.cpuprofile, as written by `node --cpu-prof`): where the
 * sampled time went, by function (self time) and by module (self time, and inclusive
 * time: a sample counts for every module on its stack once), optionally within a window
 * of the run only.
 *
 *   npx tsx bench/profile.ts bench/results/profiles/app-….cpuprofile [top]
 *
 * Modules: a package under node_modules (by its name), a file of the project (src/…),
 * Node's own code (node:…), and V8's pseudo-frames: (garbage collector), (program)
 * (compiling, native code outside JavaScript), (idle) (waiting for I/O).
 *
 * The window is given in microseconds of the monotonic clock (process.hrtime in any
 * process of the machine reads the same clock as V8's profiler timestamps on Linux); if
 * it does not fall inside the profile, the whole profile is used and the summary says so.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { round, table } from "./stats.js";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileRow {
  name: string;
  ms: number;
  /** Share of the busy (non-idle) time, in percent. */
  percent: number;
}

export interface ProfileSummary {
  file: string;
  /** "window" when the given window was used, "whole profile" otherwise (with why). */
  scope: string;
  sampledMs: number;
  idleMs: number;
  busyMs: number;
  /** Busy ms per update, when the number of updates in the window is given. */
  busyMsPerUpdate: number | null;
  topFunctions: (ProfileRow & { module: string; location: string })[];
  selfByModule: ProfileRow[];
  inclusiveByModule: ProfileRow[];
}

const ROOT_URL = new URL("../", import.meta.url).href;

/** The module a frame belongs to. */
export function moduleOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (url === "") return functionName.startsWith("(") ? functionName : "(native code)";
  const nm = url.lastIndexOf("/node_modules/");
  if (nm !== -1) {
    const [first, second] = url.slice(nm + "/node_modules/".length).split("/");
    return first?.startsWith("@") ? `${first}/${second}` : (first ?? url);
  }
  if (url.startsWith("node:")) {
    const rest = url.slice("node:".length).replace(/^internal\//, "");
    return `node:${rest.split("/")[0]}`;
  }
  if (url.startsWith(ROOT_URL)) return url.slice(ROOT_URL.length);
  if (url.startsWith("file://")) return fileURLToPath(url);
  return url;
}

/** Where a function is: its file (inside its package for dependencies) and line. */
function location(frame: CallFrame): string {
  const { url } = frame;
  if (url === "") return frame.functionName.startsWith("(") ? "" : "(native code)";
  const nm = url.lastIndexOf("/node_modules/");
  const file = nm !== -1 ? url.slice(nm + "/node_modules/".length) : url.startsWith(ROOT_URL) ? url.slice(ROOT_URL.length) : url;
  return `${file}:${frame.lineNumber + 1}`;
}

/** Node's internals and V8's pseudo-frames sit under everything: left out of the inclusive view. */
function isInfrastructure(module: string): boolean {
  return module.startsWith("node:") || module.startsWith("(");
}

export function summariseProfile(
  file: string,
  options: { window?: { startUs: number; endUs: number }; updates?: number; top?: number } = {},
): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const top = options.top ?? 15;
  const byId = new Map<number, ProfileNode>();
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }

  // Sample i happened at startTime + Σ timeDeltas[0..i] and stands for the time until
  // the next sample.
  const times: number[] = [];
  let t = profile.startTime;
  for (const delta of profile.timeDeltas) times.push((t += delta));
  let { startUs, endUs } = options.window ?? { startUs: -Infinity, endUs: Infinity };
  let scope = options.window ? "window" : "whole profile";
  if (options.window && (startUs < profile.startTime || endUs > profile.endTime)) {
    scope = `whole profile (the window ${round(startUs / 1e3)}–${round(endUs / 1e3)} ms is not inside the profile's ${round(profile.startTime / 1e3)}–${round(profile.endTime / 1e3)} ms: different clocks?)`;
    startUs = -Infinity;
    endUs = Infinity;
  }

  const selfByFrame = new Map<string, { frame: CallFrame; us: number }>();
  const selfByModule = new Map<string, number>();
  const inclusiveByModule = new Map<string, number>();
  const modulesOnStack = new Map<number, string[]>();
  const stackModules = (id: number): string[] => {
    const known = modulesOnStack.get(id);
    if (known) return known;
    const set = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = byId.get(cur)!.callFrame;
      if (frame.functionName !== "(root)") set.add(moduleOf(frame));
    }
    const list = [...set];
    modulesOnStack.set(id, list);
    return list;
  };

  let sampledUs = 0;
  let idleUs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const at = times[i]!;
    if (at < startUs || at > endUs) continue;
    const next = times[i + 1] ?? profile.endTime;
    const us = Math.max(0, next - at);
    const node = byId.get(profile.samples[i]!)!;
    const frame = node.callFrame;
    sampledUs += us;
    if (frame.functionName === "(idle)") {
      idleUs += us;
      continue;
    }
    const key = `${frame.functionName}\u0000${frame.url}\u0000${frame.lineNumber}`;
    const entry = selfByFrame.get(key) ?? { frame, us: 0 };
    entry.us += us;
    selfByFrame.set(key, entry);
    const module = moduleOf(frame);
    selfByModule.set(module, (selfByModule.get(module) ?? 0) + us);
    for (const m of stackModules(node.id)) inclusiveByModule.set(m, (inclusiveByModule.get(m) ?? 0) + us);
  }

  const busyUs = sampledUs - idleUs;
  const row = (name: string, us: number): ProfileRow => ({ name, ms: round(us / 1000, 1), percent: round((100 * us) / Math.max(1, busyUs), 1) });
  const sorted = <T>(map: Map<string, T>, us: (v: T) => number) => [...map].sort((a, b) => us(b[1]) - us(a[1]));
  return {
    file,
    scope,
    sampledMs: round(sampledUs / 1000, 1),
    idleMs: round(idleUs / 1000, 1),
    busyMs: round(busyUs / 1000, 1),
    busyMsPerUpdate: options.updates ? round(busyUs / 1000 / options.updates, 3) : null,
    topFunctions: sorted(selfByFrame, (v) => v.us)
      .slice(0, top)
      .map(([, { frame, us }]) => ({ ...row(frame.functionName || "(anonymous)", us), module: moduleOf(frame), location: location(frame) })),
    selfByModule: sorted(selfByModule, (v) => v).slice(0, top).map(([m, us]) => row(m, us)),
    inclusiveByModule: sorted(inclusiveByModule, (v) => v)
      .filter(([m]) => !isInfrastructure(m))
      .slice(0, top)
      .map(([m, us]) => row(m, us)),
  };
}

export function printProfile(p: ProfileSummary, indent = "  "): void {
  const perUpdate = p.busyMsPerUpdate === null ? "" : `, ${p.busyMsPerUpdate} ms per update`;
  // Milliseconds per update of a row, when the number of updates is known.
  const per = (ms: number) => (p.busyMsPerUpdate === null || p.busyMs === 0 ? "" : ((ms / p.busyMs) * p.busyMsPerUpdate).toFixed(3));
  console.log(`${indent}profile ${p.file}`);
  console.log(`${indent}${p.scope}: ${p.sampledMs} ms sampled, ${p.busyMs} ms busy (${p.idleMs} ms idle)${perUpdate}`);
  const show = (title: string, header: string[], rows: string[][]) => {
    console.log(`${indent}${title}`);
    console.log(table(header, rows).split("\n").map((l) => `${indent}  ${l}`).join("\n"));
  };
  show(
    "top functions by self time",
    ["function", "self ms", "% busy", "ms/update", "where"],
    p.topFunctions.map((f) => [f.name.slice(0, 50), f.ms.toFixed(0), f.percent.toFixed(1), per(f.ms), f.location]),
  );
  show("self time by module", ["module", "self ms", "% busy", "ms/update"], p.selfByModule.map((m) => [m.name, m.ms.toFixed(0), m.percent.toFixed(1), per(m.ms)]));
  show(
    "inclusive time by package or project file (with it anywhere on the stack; Node's internals left out)",
    ["module", "total ms", "% busy", "ms/update"],
    p.inclusiveByModule.map((m) => [m.name, m.ms.toFixed(0), m.percent.toFixed(1), per(m.ms)]),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: npx tsx bench/profile.ts FILE.cpuprofile [top]");
    process.exit(2);
  }
  printProfile(summariseProfile(file, { top: Number(process.argv[3] ?? 20) }));
}
