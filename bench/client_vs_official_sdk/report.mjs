// Reads the runs of run.sh (runs.tsv: rep, client, masked SecretId, run folder, load average), checks
// every downloaded file, counts requests in each emulator log, and prints Markdown tables: one row per
// run, the median per client, and the ratios ours / official.
//
//   node report.mjs --runs WORK/runs.tsv --tasks N --duration S [--poll-interval S] [--task-seconds S]
//
// Emulator log lines (--log): "TIME ADDR ACTION MASKEDID RESULT [TASKID] MS" for API calls,
// "TIME ADDR GET /files/TASKID/NAME - STATUS MS" for downloads. API lines are attributed by masked
// SecretId; download lines by TaskId, to the SecretId whose CreateAigcAudioTask returned it.
import fs from 'node:fs';
import path from 'node:path';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const TASKS = Number(args.tasks);
const DURATION = Number(args.duration);

// A WAV is valid when its RIFF/WAVE chunks are consistent with the file size and its data chunk holds
// exactly DURATION seconds of PCM as described by its fmt chunk.
function checkWav(file) {
  const b = fs.readFileSync(file);
  if (b.length < 44 || b.toString('latin1', 0, 4) !== 'RIFF' || b.toString('latin1', 8, 12) !== 'WAVE') return 'not RIFF/WAVE';
  if (b.readUInt32LE(4) !== b.length - 8) return 'RIFF size differs from file size';
  let fmt = null;
  for (let off = 12; off + 8 <= b.length;) {
    const id = b.toString('latin1', off, off + 4), size = b.readUInt32LE(off + 4);
    if (id === 'fmt ') fmt = { format: b.readUInt16LE(off + 8), channels: b.readUInt16LE(off + 10), rate: b.readUInt32LE(off + 12), bits: b.readUInt16LE(off + 22) };
    if (id === 'data') {
      if (!fmt) return 'data before fmt';
      if (fmt.format !== 1) return `not PCM (format ${fmt.format})`;
      const want = fmt.channels * (fmt.bits / 8) * fmt.rate * DURATION;
      if (size !== want) return `data ${size} bytes, want ${want} (${DURATION} s)`;
      if (off + 8 + size !== b.length) return `file ${b.length} bytes, want ${off + 8 + size}`;
      return null;
    }
    off += 8 + size + (size & 1);
  }
  return 'no data chunk';
}

function parseLog(file) {
  const api = new Map();   // masked id -> { total, byAction, byResult }
  const taskOwner = new Map();
  const files = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const t = line.split(' ');
    if (t.length < 6) continue;
    if (t[2] === 'GET' || t[2] === 'HEAD') {
      files.push({ path: t[3], status: t[5] });
      continue;
    }
    const [, , action, masked, result] = t;
    const a = api.get(masked) ?? { total: 0, byAction: {}, byResult: {} };
    a.total++;
    a.byAction[action] = (a.byAction[action] ?? 0) + 1;
    a.byResult[result] = (a.byResult[result] ?? 0) + 1;
    api.set(masked, a);
    if (action === 'CreateAigcAudioTask' && result === 'OK') taskOwner.set(t[5], masked);
  }
  const gets = new Map();
  for (const f of files) {
    const owner = taskOwner.get(f.path.split('/')[2]) ?? '?';
    const g = gets.get(owner) ?? { total: 0, ok: 0 };
    g.total++;
    if (f.status === '200' || f.status === '206') g.ok++;
    gets.set(owner, g);
  }
  return { api, gets };
}

function clientOutcomes(dir) {
  const out = { finished: 0, failed: 0, ownRequests: null };
  for (const line of fs.readFileSync(path.join(dir, 'client.stdout'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const j = JSON.parse(line);
    if (j.summary) { out.ownRequests = j.apiRequests; out.retries = j.rateLimitRetries + j.transientRetries; continue; }
    if (j.Outcome === 'finished') out.finished++; else out.failed++;
  }
  const m = /(\d+) API requests/.exec(fs.readFileSync(path.join(dir, 'client.stderr'), 'utf8'));
  if (m && out.ownRequests === null) out.ownRequests = Number(m[1]);
  return out;
}

const runs = fs.readFileSync(args.runs, 'utf8').trim().split('\n').map((l) => {
  const [rep, client, masked, dir, load] = l.split('\t');
  const timeLine = fs.readFileSync(path.join(dir, 'time.txt'), 'utf8').trim().split('\n').at(-1);
  const [wall, user, sys, rssKb] = timeLine.split(' ').map(Number);
  const { api, gets } = parseLog(path.join(dir, 'emulator.log'));
  const mine = api.get(masked) ?? { total: 0, byAction: {}, byResult: {} };
  const foreign = [...api.keys()].filter((k) => k !== masked).reduce((s, k) => s + api.get(k).total, 0)
    + [...gets.keys()].filter((k) => k !== masked).reduce((s, k) => s + gets.get(k).total, 0);
  const dl = path.join(dir, 'downloads');
  const bad = [];
  let valid = 0;
  for (const f of fs.readdirSync(dl)) {
    const err = checkWav(path.join(dl, f));
    if (err) bad.push(`${f}: ${err}`); else valid++;
  }
  const o = clientOutcomes(dir);
  return {
    rep: Number(rep), client, masked, load: Number(load), wall, cpu: user + sys, user, sys, rssMb: rssKb / 1024,
    api: mine.total, creates: mine.byAction.CreateAigcAudioTask ?? 0, describes: mine.byAction.DescribeTaskDetail ?? 0,
    limited: mine.byResult.RequestLimitExceeded ?? 0, apiErrors: mine.total - (mine.byResult.OK ?? 0),
    gets: gets.get(masked)?.total ?? 0, foreign, ownRequests: o.ownRequests, finished: o.finished, failed: o.failed,
    retries: o.retries, valid, bad,
  };
});

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const f = (x, d = 2) => (x === null || x === undefined || Number.isNaN(x) ? '–' : Number(x).toFixed(d));

console.log(`\n### Runs (${TASKS} tasks each, Duration ${DURATION} s wav, poll ${args['poll-interval'] ?? '?'} s, emulator --task-seconds ${args['task-seconds'] ?? '?'})\n`);
console.log('| run | client | wall s | CPU s (user+sys) | peak RSS MiB | API requests (emulator) | creates | DescribeTaskDetail | RequestLimitExceeded | file GETs | client\'s own count | finished / failed | valid WAVs | load avg |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of runs) {
  console.log(`| ${r.rep} | ${r.client} | ${f(r.wall)} | ${f(r.cpu)} (${f(r.user)}+${f(r.sys)}) | ${f(r.rssMb, 1)} | ${r.api} | ${r.creates} | ${r.describes} | ${r.limited} | ${r.gets} | ${r.ownRequests ?? '–'} | ${r.finished} / ${r.failed} | ${r.valid}/${TASKS} | ${f(r.load)} |`);
}

const by = (c) => runs.filter((r) => r.client === c);
const ours = by('ours'), off = by('official');
const metrics = [
  ['wall time (s)', 'wall', 2], ['CPU time user+sys (s)', 'cpu', 2], ['peak RSS (MiB)', 'rssMb', 1],
  ['API requests (emulator log)', 'api', 0], ['…of which RequestLimitExceeded', 'limited', 0],
  ['file downloads (GET)', 'gets', 0], ['tasks finished', 'finished', 0], ['tasks failed', 'failed', 0],
  ['valid WAVs', 'valid', 0],
];
const ratioKeys = new Set(['wall', 'cpu', 'rssMb', 'api']);
console.log(`\n### Median per client (${ours.length} run(s) of ours, ${off.length} of official${ours.length === 2 ? '; median of 2 = their mean' : ''})\n`);
console.log('| metric | ours (aigc-audio batch) | official Node SDK | ratio ours / official |');
console.log('|---|---:|---:|---:|');
for (const [label, key, d] of metrics) {
  const a = median(ours.map((r) => r[key])), b = median(off.map((r) => r[key]));
  console.log(`| ${label} | ${f(a, d)} | ${f(b, d)} | ${ratioKeys.has(key) && b ? f(a / b, 2) : ''} |`);
}

const problems = [];
for (const r of runs) {
  if (r.foreign) problems.push(`run ${r.rep} ${r.client}: ${r.foreign} log lines not attributable to ${r.masked}`);
  if (r.bad.length) problems.push(`run ${r.rep} ${r.client}: ${r.bad.length} invalid files, e.g. ${r.bad[0]}`);
  if (r.valid !== TASKS || r.finished !== TASKS) problems.push(`run ${r.rep} ${r.client}: ${r.finished} finished, ${r.valid} valid WAVs of ${TASKS}`);
  if (r.ownRequests !== null && r.ownRequests !== r.api) problems.push(`run ${r.rep} ${r.client}: client counted ${r.ownRequests} API requests, emulator logged ${r.api}`);
}
console.log(problems.length ? `\nProblems:\n- ${problems.join('\n- ')}` : '\nChecks: every task finished, every file is a valid WAV of the requested length, every log line attributed, client and emulator request counts agree.');
process.exitCode = problems.length ? 1 : 0;
