// Conformance: the unmodified official Tencent Cloud Node SDK (tencentcloud-sdk-nodejs-vod) drives
// aigc-vod-emulator exactly as it would drive the real service — endpoint vod.tencentcloudapi.com:PORT
// over http://, with an agent that resolves that name to 127.0.0.1 — and must not be able to tell the
// difference: same answers, same error codes, same shapes.
//
// Run: AIGC_EMULATOR=build/bin/aigc-vod-emulator node --test tests/conformance/conformance.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import http from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tencentcloud = require('tencentcloud-sdk-nodejs-vod');
const VodClient = tencentcloud.vod.v20180717.Client;
const { CommonClient } = require('tencentcloud-sdk-nodejs-common');

const EMULATOR = process.env.AIGC_EMULATOR;
const HOST = 'vod.tencentcloudapi.com';
const ID = 'AKIDCONFORMANCE0000000000000000000000';
const KEY = 'ConformanceSecretKey000000000000';
const TOKEN_ID = 'AKIDCONFORMANCETOKEN00000000000000000';
const TOKEN_KEY = 'ConformanceTokenSecretKey0000000';

// Every connection to any host goes to the emulator on loopback: the SDK keeps its real host name.
const agent = new http.Agent({
  keepAlive: true,
  lookup: (hostname, options, callback) => {
    if (options && options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
    else callback(null, '127.0.0.1', 4);
  },
});

const emulators = [];
async function startEmulator(extraArgs = []) {
  assert.ok(EMULATOR, 'set AIGC_EMULATOR to the aigc-vod-emulator executable');
  const child = spawn(EMULATOR, ['--listen', '127.0.0.1:0', '--secret-id', ID, '--secret-key', KEY, ...extraArgs],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  emulators.push(child);
  const first = await new Promise((resolve, reject) => {
    const rl = createInterface({ input: child.stdout });
    rl.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code} before listening`)));
  });
  const m = /^listening on http:\/\/127\.0\.0\.1:(\d+)$/.exec(first);
  assert.ok(m, `first line must be "listening on http://127.0.0.1:PORT", got "${first}"`);
  return Number(m[1]);
}

function sdk(port, { secretId = ID, secretKey = KEY, token, language } = {}) {
  return new VodClient({
    credential: { secretId, secretKey, token },
    region: '',
    profile: { httpProfile: { endpoint: `${HOST}:${port}`, protocol: 'http://', agent, reqTimeout: 30 }, language },
  });
}

async function expectError(promise, code, messagePart) {
  try {
    await promise;
  } catch (e) {
    assert.equal(e.code, code, `expected ${code}, got ${e.code}: ${e.message}`);
    assert.match(e.requestId ?? '', /^[0-9a-f-]{36}$/, 'every error carries a RequestId');
    if (messagePart) assert.match(e.message, messagePart);
    return e;
  }
  assert.fail(`expected ${code}, but the call succeeded`);
}

function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    http.get(url, { agent, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

function rawPost(port, headers, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/', headers: { Host: `${HOST}:${port}`, ...headers } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, json: JSON.parse(Buffer.concat(chunks).toString()) }));
      });
    req.on('error', reject);
    req.end(body);
  });
}

async function pollUntilDone(client, taskId, timeoutMs = 60000) {
  const seen = [];
  const start = Date.now();
  for (;;) {
    const r = await client.DescribeTaskDetail({ TaskId: taskId });
    seen.push(r);
    if (r.Status === 'FINISH' || r.Status === 'ABORTED') return seen;
    assert.ok(Date.now() - start < timeoutMs, `task ${taskId} not done within ${timeoutMs} ms`);
    await new Promise((r2) => setTimeout(r2, 250));
  }
}

let port;
before(async () => { port = await startEmulator(['--task-seconds', '2']); });
after(() => { for (const e of emulators) e.kill(); agent.destroy(); });

test('create, poll to FINISH, download and check a WAV', async () => {
  const client = sdk(port);
  const created = await client.CreateAigcAudioTask({
    ModelName: 'Kling', SceneType: 'sfx', Prompt: 'Fireworks during Spring Festival celebrations',
    OutputConfig: { StorageMode: 'Temporary', Duration: 3, OutputAudioFormat: 'wav' },
  });
  assert.match(created.TaskId, /^\d+-AigcAudioTask-[0-9a-f]{32}t$/);
  assert.match(created.RequestId, /^[0-9a-f-]{36}$/);

  const seen = await pollUntilDone(client, created.TaskId);
  const last = seen.at(-1);
  assert.equal(last.TaskType, 'AigcAudioTask');
  assert.equal(last.Status, 'FINISH');
  const progress = seen.map((r) => r.AigcAudioTask.Progress);
  for (let i = 1; i < progress.length; i++) assert.ok(progress[i] >= progress[i - 1], `progress went back: ${progress}`);
  for (const r of seen) assert.ok(['WAITING', 'PROCESSING', 'FINISH'].includes(r.Status));
  const t = last.AigcAudioTask;
  assert.equal(t.TaskId, created.TaskId);
  assert.equal(t.ErrCode, 0);
  assert.equal(t.ErrCodeExt, '');
  assert.equal(t.Progress, 100);
  assert.equal(t.Input.Prompt, 'Fireworks during Spring Festival celebrations');
  assert.equal(t.Input.OutputConfig.Duration, 3);
  assert.ok(Date.parse(last.FinishTime) >= Date.parse(last.CreateTime));
  const out = t.Output.AudioInfos[0];
  assert.equal(out.FileType, 'wav');
  assert.equal(out.StorageMode, 'Temporary');
  assert.ok(Math.abs(out.Duration - 3) < 0.01);

  const file = await get(out.FileUrl);
  assert.equal(file.status, 200);
  assert.match(file.headers['content-type'], /^audio\/(wav|x-wav|wave)/);
  assert.equal(Number(file.headers['content-length']), file.body.length);
  assert.equal(file.body.subarray(0, 4).toString(), 'RIFF');
  assert.equal(file.body.subarray(8, 12).toString(), 'WAVE');
  const channels = file.body.readUInt16LE(22), rate = file.body.readUInt32LE(24), bits = file.body.readUInt16LE(34);
  assert.equal(bits, 16);
  const dataBytes = file.body.length - 44;
  assert.equal(dataBytes / (channels * 2 * rate), 3, 'exactly the requested duration');

  const range = await get(out.FileUrl, { Range: 'bytes=100-199' });
  assert.equal(range.status, 206);
  assert.equal(range.body.length, 100);
  assert.deepEqual(range.body, file.body.subarray(100, 200));
  assert.match(range.headers['content-range'], new RegExp(`^bytes 100-199/${file.body.length}$`));
});

test('music in MP3 is a real MP3 of the default length', async () => {
  const client = sdk(port);
  const { TaskId } = await client.CreateAigcAudioTask({
    ModelName: 'MiniMaxMusic', ModelVersion: '2.6', SceneType: 'music', Prompt: 'a calm piano piece for a tea house',
    OutputConfig: { OutputAudioFormat: 'mp3', Duration: 5 },
    AdditionalParameters: JSON.stringify({ lyrics: 'la la la' }),
  });
  const last = (await pollUntilDone(client, TaskId)).at(-1);
  const out = last.AigcAudioTask.Output.AudioInfos[0];
  assert.equal(out.FileType, 'mp3');
  const file = await get(out.FileUrl);
  assert.equal(file.headers['content-type'], 'audio/mpeg');
  const b = file.body;
  assert.ok(b.subarray(0, 3).toString() === 'ID3' || (b[0] === 0xff && (b[1] & 0xe0) === 0xe0), 'MP3 frame sync or ID3');
  assert.ok(b.length > 5 * 128000 / 8 * 0.8, `an MP3 of 5 s at 128 kbps, got ${b.length} bytes`);
  assert.equal(last.AigcAudioTask.Input.AdditionalParameters, JSON.stringify({ lyrics: 'la la la' }));
});

test('DescribeTasks lists the tasks, pages with ScrollToken, filters by status', async () => {
  const client = sdk(port);
  const ids = [];
  for (let i = 0; i < 3; i++) ids.push((await client.CreateAigcAudioTask({ Prompt: `wind ${i}`, SceneType: 'sfx', ModelName: 'Kling' })).TaskId);
  const all = [];
  let token = '';
  for (let page = 0; page < 50; page++) {
    const r = await client.DescribeTasks({ Limit: 2, ScrollToken: token || undefined, Sort: { Field: 'CreateTime', Order: 'Desc' } });
    assert.ok(r.TaskSet.length <= 2);
    all.push(...r.TaskSet);
    token = r.ScrollToken;
    if (!token) break;
  }
  for (const id of ids) assert.ok(all.some((t) => t.TaskId === id && t.TaskType === 'AigcAudioTask'), `${id} listed`);
  const times = all.map((t) => Date.parse(t.CreateTime));
  for (let i = 1; i < times.length; i++) assert.ok(times[i] <= times[i - 1], 'sorted by CreateTime, newest first');
  const finished = await client.DescribeTasks({ Status: 'FINISH', Limit: 100 });
  for (const t of finished.TaskSet) assert.equal(t.Status, 'FINISH');
});

test('ManageTask aborts a WAITING task, refuses a finished one', async () => {
  const client = sdk(port);
  const { TaskId } = await client.CreateAigcAudioTask({ Prompt: 'distant thunder #slow', SceneType: 'sfx', ModelName: 'Kling' });
  await client.ManageTask({ TaskId, OperationType: 'Abort' });
  const r = await client.DescribeTaskDetail({ TaskId });
  assert.equal(r.Status, 'ABORTED');
  assert.equal(r.AigcAudioTask.ErrCodeExt, 'OperationCanceled');

  const done = await client.CreateAigcAudioTask({ Prompt: 'bells', SceneType: 'sfx', ModelName: 'Kling' });
  await pollUntilDone(client, done.TaskId);
  const e = await client.ManageTask({ TaskId: done.TaskId, OperationType: 'Abort' }).then(() => null, (x) => x);
  assert.ok(e, 'aborting a finished task must fail');
  assert.match(e.requestId ?? '', /^[0-9a-f-]{36}$/);
  assert.ok(['InvalidParameterValue.TaskId', 'FailedOperation'].includes(e.code), e.code);
});

test('a documented trigger word ends the task FINISH with ModelGenerateFailed', async () => {
  const client = sdk(port);
  const { TaskId } = await client.CreateAigcAudioTask({ Prompt: 'rain #fail-generate', SceneType: 'sfx', ModelName: 'Kling' });
  const last = (await pollUntilDone(client, TaskId)).at(-1);
  assert.equal(last.Status, 'FINISH');
  assert.equal(last.AigcAudioTask.ErrCodeExt, 'ModelGenerateFailed');
  assert.notEqual(last.AigcAudioTask.ErrCode, 0);
  assert.ok((last.AigcAudioTask.Output?.AudioInfos ?? []).length === 0);
});

test('unknown TaskId', async () => {
  const e = await sdk(port).DescribeTaskDetail({ TaskId: '1-AigcAudioTask-00000000000000000000000000000000t' }).catch((x) => x);
  assert.ok(['ResourceNotFound', 'InvalidParameterValue.TaskId'].includes(e.code), e.code);
});

test('auth: wrong SecretKey is SignatureFailure', async () => {
  await expectError(sdk(port, { secretKey: 'wrong-key' }).DescribeTasks({}), 'AuthFailure.SignatureFailure');
});

test('auth: unknown SecretId is SecretIdNotFound', async () => {
  await expectError(sdk(port, { secretId: 'AKIDNOSUCHID000000000000000000000000' }).DescribeTasks({}), 'AuthFailure.SecretIdNotFound');
});

test('auth: a timestamp more than 300 s off is SignatureExpire', async () => {
  const skewed = await startEmulator(['--clock-offset', '600']);
  await expectError(sdk(skewed).DescribeTasks({}), 'AuthFailure.SignatureExpire');
});

test('auth: a required token must match (TokenFailure)', async () => {
  const p = await startEmulator(['--token', 'sts-token-1']);
  await expectError(sdk(p, { token: 'sts-token-2' }).DescribeTasks({}), 'AuthFailure.TokenFailure');
  const ok = await sdk(p, { token: 'sts-token-1' }).DescribeTasks({});
  assert.ok(Array.isArray(ok.TaskSet));
});

test('auth: a missing or malformed Authorization is InvalidAuthorization', async () => {
  const headers = { 'Content-Type': 'application/json', 'X-TC-Action': 'DescribeTasks', 'X-TC-Version': '2018-07-17',
    'X-TC-Timestamp': String(Math.floor(Date.now() / 1000)) };
  for (const auth of [undefined, 'Bearer abc', 'TC3-HMAC-SHA256 nonsense']) {
    const h = { ...headers };
    if (auth) h.Authorization = auth;
    const r = await rawPost(port, h, '{}');
    assert.equal(r.status, 200);
    assert.ok(r.headers.date, 'a Date header');
    assert.equal(r.json.Response.Error.Code, 'AuthFailure.InvalidAuthorization');
    assert.match(r.json.Response.RequestId, /^[0-9a-f-]{36}$/);
  }
});

test('actions and versions: InvalidAction, NoSuchVersion, MissingParameter', async () => {
  const common = (version) => new CommonClient(`${HOST}:${port}`, version, {
    credential: { secretId: ID, secretKey: KEY }, region: '',
    profile: { httpProfile: { endpoint: `${HOST}:${port}`, protocol: 'http://', agent } },
  });
  await expectError(common('2018-07-17').request('NoSuchAction', {}), 'InvalidAction');
  await expectError(common('2017-01-01').request('DescribeTasks', {}), 'NoSuchVersion');
  const r = await rawPost(port, { 'Content-Type': 'application/json', 'X-TC-Version': '2018-07-17',
    'X-TC-Timestamp': String(Math.floor(Date.now() / 1000)), Authorization: 'TC3-HMAC-SHA256 Credential=x/2026-01-01/vod/tc3_request, SignedHeaders=content-type;host, Signature=00' }, '{}');
  assert.ok(['MissingParameter', 'AuthFailure.InvalidAuthorization', 'AuthFailure.SecretIdNotFound'].includes(r.json.Response.Error.Code));
});

test('input: each invalid field is refused with a message that names it', async () => {
  const client = sdk(port);
  const cases = [
    [{ Prompt: 'rain', OutputConfig: { Duration: 61 } }, /Duration/],
    [{ Prompt: 'rain', OutputConfig: { StorageMode: 'Forever' } }, /StorageMode/],
    [{ Prompt: 'rain', OutputConfig: { OutputAudioFormat: 'flac' } }, /OutputAudioFormat/],
    [{ Prompt: 'rain', OutputConfig: { MediaName: 'x'.repeat(65) } }, /MediaName/],
    [{ Prompt: 'rain', OutputConfig: { ExpireTime: '2001-01-01T00:00:00Z' } }, /ExpireTime/],
    [{ Prompt: 'rain', AdditionalParameters: 'not json' }, /AdditionalParameters/],
    [{ Prompt: 'rain', AudioInfos: [{ Type: 'Url', Url: 'ftp://example.com/a.mp3' }] }, /Url/],
    [{ Prompt: 'rain', SceneType: 'voice' }, /SceneType/],
    [{ Prompt: 'x'.repeat(1001) }, /Prompt/],
    [{ SceneType: 'sfx' }, /Prompt/],
    [{ Prompt: 'rain', ModelName: 'NoSuchModel' }, /ModelName/],
    [{ Prompt: 'rain', ModelName: 'MiniMaxMusic', ModelVersion: '9.9' }, /ModelVersion/],
  ];
  for (const [req, field] of cases) {
    const e = await client.CreateAigcAudioTask(req).then(() => null, (x) => x);
    assert.ok(e, `refused: ${JSON.stringify(req).slice(0, 80)}`);
    assert.match(e.code, /^(InvalidParameter|InvalidParameterValue|MissingParameter)(\.|$)/, `${JSON.stringify(req).slice(0, 60)} -> ${e.code}`);
    assert.match(e.message, field, `${e.code}: ${e.message}`);
  }
});

test('input: a blocked word is refused by moderation', async () => {
  const p = await startEmulator(['--blocked-word', 'forbiddenword']);
  await expectError(sdk(p).CreateAigcAudioTask({ Prompt: 'a Forbiddenword sound', SceneType: 'sfx' }),
    'InvalidParameter.ViolationContent');
});

test('errors in Chinese when X-TC-Language is zh-CN, and still the same codes', async () => {
  const e = await sdk(port, { secretKey: 'wrong', language: 'zh-CN' }).DescribeTasks({}).catch((x) => x);
  assert.equal(e.code, 'AuthFailure.SignatureFailure');
});
