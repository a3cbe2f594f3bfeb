/** Summarises a V8 .cpuprofile: self time by package (or our own source folder) and the hottest functions. */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const profile = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfTime = new Map<number, number>();
// Idle time is waiting (for PostgreSQL or for requests), not work; percentages are of busy time.
const isIdle = (id: number) => ['(idle)', '(program)'].includes(byId.get(id)!.callFrame.functionName);
profile.samples.forEach((id, i) => {
  if (!isIdle(id)) selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...selfTime.values()].reduce((a, b) => a + b, 0);

function bucket(url: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const own = /\/server\/src\/([^/]+)/.exec(url);
  if (own) return `server/src/${own[1]}`;
  return url.startsWith('node:') ? 'node internals' : url ? url : '(native / idle / gc)';
}

const groups = new Map<string, number>();
const functions = new Map<string, number>();
for (const [id, time] of selfTime) {
  const frame = byId.get(id)!.callFrame;
  groups.set(bucket(frame.url), (groups.get(bucket(frame.url)) ?? 0) + time);
  const name = `${frame.functionName || '(anonymous)'} ${bucket(frame.url)}:${frame.lineNumber}`;
  functions.set(name, (functions.get(name) ?? 0) + time);
}
const top = (map: Map<string, number>, n: number) =>
  [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, t]) => ({ name, percent: Number(((100 * t) / total).toFixed(1)) }));
console.table(top(groups, 15));
console.table(top(functions, 20));
