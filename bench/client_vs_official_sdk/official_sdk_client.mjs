// The "official" side of bench/client_vs_official_sdk: the same workload as
// `aigc-audio batch FILE --poll-interval S --download-dir DIR`, written the way a sensible user would
// write it with the unmodified official Node SDK (tencentcloud-sdk-nodejs-vod).
//
//   node official_sdk_client.mjs --port PORT --prompts FILE --download-dir DIR
//        [--poll-interval 1] [--duration 2] [--format wav]
//
// Credentials: TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY.
// Per task: CreateAigcAudioTask (Kling, sfx) -> DescribeTaskDetail every poll interval until FINISH or
// ABORTED -> download Output.AudioInfos[0].FileUrl with node's http into DIR/TASKID.FORMAT.
// All tasks run concurrently; the script paces itself to the service's limits (20 creates/s,
// 100 reads/s, sliding one-second window, as the service counts) and, should it still meet
// RequestLimitExceeded, backs off 1 s, 2 s, 4 s ... and counts the retries.
// Prints one JSON line per task, then one JSON summary line (stdout).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tencentcloud = require('tencentcloud-sdk-nodejs-vod');
const VodClient = tencentcloud.vod.v20180717.Client;

function parseArgs(argv) {
  const opts = { pollInterval: 1, duration: 2, format: 'wav', createLimit: 20, readLimit: 100 };
  const names = {
    '--port': 'port', '--prompts': 'prompts', '--download-dir': 'downloadDir', '--poll-interval': 'pollInterval',
    '--duration': 'duration', '--format': 'format', '--create-limit': 'createLimit', '--read-limit': 'readLimit',
  };
  for (let i = 0; i < argv.length; i += 2) {
    const key = names[argv[i]];
    if (!key || i + 1 >= argv.length) throw new Error(`bad argument ${argv[i]}`);
    opts[key] = ['port', 'pollInterval', 'duration', 'createLimit', 'readLimit'].includes(key) ? Number(argv[i + 1]) : argv[i + 1];
  }
  for (const k of ['port', 'prompts', 'downloadDir']) if (opts[k] === undefined) throw new Error(`--${k} is required`);
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Every name resolves to loopback: the SDK keeps the real host name (it signs for the service named by
// the endpoint's first DNS label), the connections go to the emulator.
const agent = new http.Agent({
  keepAlive: true,
  lookup: (hostname, options, callback) => {
    if (options && options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
    else callback(null, '127.0.0.1', 4);
  },
});

const client = new VodClient({
  credential: { secretId: process.env.TENCENTCLOUD_SECRET_ID, secretKey: process.env.TENCENTCLOUD_SECRET_KEY },
  region: '',
  profile: { httpProfile: { endpoint: `vod.tencentcloudapi.com:${opts.port}`, protocol: 'http://', agent, reqTimeout: 60 } },
});

// At most `limit` starts in any sliding window of windowMs; callers wait their turn in order.
class Pacer {
  constructor(limit, windowMs = 1000) { this.limit = limit; this.windowMs = windowMs; this.times = []; this.tail = Promise.resolve(); }
  acquire() {
    const turn = this.tail.then(async () => {
      for (;;) {
        const now = Date.now();
        while (this.times.length && this.times[0] <= now - this.windowMs) this.times.shift();
        if (this.times.length < this.limit) { this.times.push(now); return; }
        await sleep(this.times[0] + this.windowMs - now + 1);
      }
    });
    this.tail = turn;
    return turn;
  }
}
const pacers = { create: new Pacer(opts.createLimit), read: new Pacer(opts.readLimit) };
const stats = { create: 0, read: 0, rateLimitRetries: 0, transientRetries: 0, downloads: 0 };

// RequestLimitExceeded: nothing ran, so any call may be sent again (backoff 1, 2, 4 ... s).
// Reads are also retried after network errors and InternalError; a create is not (it might have run).
async function call(kind, fn) {
  let backoff = 1000;
  for (let attempt = 0; ; attempt++) {
    await pacers[kind].acquire();
    stats[kind]++;
    try {
      return await fn();
    } catch (e) {
      const limited = e.code === 'RequestLimitExceeded';
      const transient = kind === 'read' && (e.code === 'InternalError' || !e.requestId);
      if (attempt < 6 && (limited || transient)) {
        if (limited) stats.rateLimitRetries++; else stats.transientRetries++;
        await sleep(backoff);
        backoff *= 2;
        continue;
      }
      throw e;
    }
  }
}

async function download(url, file) {
  stats.downloads++;
  const res = await new Promise((resolve, reject) => http.get(url, { agent }, resolve).on('error', reject));
  if (res.statusCode !== 200) { res.resume(); throw new Error(`HTTP ${res.statusCode} for ${url}`); }
  const expected = Number(res.headers['content-length']);
  await pipeline(res, fs.createWriteStream(file));
  const size = fs.statSync(file).size;
  if (size !== expected) throw new Error(`${file}: ${size} bytes, Content-Length said ${expected}`);
  return size;
}

async function runTask(prompt) {
  const result = { Prompt: prompt, TaskId: '' };
  try {
    const created = await call('create', () => client.CreateAigcAudioTask({
      ModelName: 'Kling', SceneType: 'sfx', Prompt: prompt,
      OutputConfig: { Duration: opts.duration, OutputAudioFormat: opts.format },
    }));
    result.TaskId = created.TaskId;
    let detail;
    for (;;) {
      await sleep(opts.pollInterval * 1000);
      detail = await call('read', () => client.DescribeTaskDetail({ TaskId: created.TaskId }));
      if (detail.Status === 'FINISH' || detail.Status === 'ABORTED') break;
    }
    const t = detail.AigcAudioTask;
    if (detail.Status !== 'FINISH' || !t || t.ErrCode !== 0) {
      result.Outcome = 'failed';
      result.Detail = `${detail.Status} ${t?.ErrCodeExt ?? ''}`.trim();
      return result;
    }
    const out = t.Output.AudioInfos[0];
    const file = path.join(opts.downloadDir, `${created.TaskId}.${out.FileType || opts.format}`);
    result.SavedBytes = await download(out.FileUrl, file);
    result.SavedPath = file;
    result.Outcome = 'finished';
  } catch (e) {
    result.Outcome = result.TaskId ? 'failed' : 'submit-failed';
    result.Detail = `${e.code ?? ''} ${e.message}`.trim();
  }
  return result;
}

const prompts = fs.readFileSync(opts.prompts, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
fs.mkdirSync(opts.downloadDir, { recursive: true });
const started = Date.now();
const results = await Promise.all(prompts.map(async (p) => {
  const r = await runTask(p);
  process.stdout.write(JSON.stringify(r) + '\n');
  return r;
}));
agent.destroy();
const count = (o) => results.filter((r) => r.Outcome === o).length;
const summary = {
  summary: true, tasks: results.length, finished: count('finished'), failed: count('failed'),
  submitFailed: count('submit-failed'), apiRequests: stats.create + stats.read, ...stats,
  seconds: (Date.now() - started) / 1000,
};
process.stdout.write(JSON.stringify(summary) + '\n');
process.exitCode = summary.finished === summary.tasks ? 0 : 1;
