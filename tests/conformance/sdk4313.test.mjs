// Conformance with the newest package that carries VOD's models, tencentcloud-sdk-nodejs 4.1.313
// (2026-09; tencentcloud-sdk-nodejs-vod stops at 4.1.287): its unmodified client drives the emulator and
// reads what 4.1.313 added — the echoed Input.NegativePrompt / EnhancePrompt, and every ErrCodeExt that
// AigcAudioTask documents, each produced by a prompt trigger (docs/emulator.md).
//
// Run: AIGC_EMULATOR=build/bin/aigc-vod-emulator node --test tests/conformance/sdk4313.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import http from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// Only the VOD service of the all-services package (loading every service takes seconds).
const { vod } = require('tencentcloud-sdk-nodejs/tencentcloud/services/vod');
const VodClient = vod.v20180717.Client;

const EMULATOR = process.env.AIGC_EMULATOR;
const HOST = 'vod.tencentcloudapi.com';
const ID = 'AKIDCONFORMANCE4313000000000000000000';
const KEY = 'Conformance4313SecretKey00000000';

const agent = new http.Agent({
  keepAlive: true,
  lookup: (hostname, options, callback) => {
    if (options && options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
    else callback(null, '127.0.0.1', 4);
  },
});

let emulator;
let client;
before(async () => {
  assert.ok(EMULATOR, 'set AIGC_EMULATOR to the aigc-vod-emulator executable');
  emulator = spawn(EMULATOR, ['--listen', '127.0.0.1:0', '--secret-id', ID, '--secret-key', KEY,
    '--task-seconds', '0.5'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const first = await new Promise((resolve, reject) => {
    createInterface({ input: emulator.stdout }).once('line', resolve);
    emulator.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
  });
  const m = /^listening on http:\/\/127\.0\.0\.1:(\d+)$/.exec(first);
  assert.ok(m, `unexpected first line "${first}"`);
  client = new VodClient({
    credential: { secretId: ID, secretKey: KEY },
    region: '',
    profile: { httpProfile: { endpoint: `${HOST}:${m[1]}`, protocol: 'http://', agent, reqTimeout: 30 } },
  });
});
after(() => { emulator?.kill(); agent.destroy(); });

async function finished(request) {
  const { TaskId } = await client.CreateAigcAudioTask(request);
  assert.match(TaskId, /-AigcAudioTask-[0-9a-f]{32}t$/);
  const start = Date.now();
  for (;;) {
    const r = await client.DescribeTaskDetail({ TaskId });
    if (r.Status === 'FINISH' || r.Status === 'ABORTED') return r;
    assert.ok(Date.now() - start < 20000, `${TaskId} did not finish`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test('4.1.313: Input echoes NegativePrompt and EnhancePrompt', async () => {
  const r = await finished({
    ModelName: 'Kling', SceneType: 'sfx', Prompt: 'rain on a tin roof',
    OutputConfig: { Duration: 1, OutputAudioFormat: 'wav' },
    AdditionalParameters: JSON.stringify({ negative_prompt: 'thunder', enhance_prompt: true }),
  });
  const input = r.AigcAudioTask.Input;
  assert.equal(input.NegativePrompt, 'thunder');
  assert.equal(input.EnhancePrompt, true);
  assert.equal(input.Prompt, 'rain on a tin roof');
  assert.equal(r.AigcAudioTask.ErrCodeExt, '');
  assert.ok(r.AigcAudioTask.Output.AudioInfos.length >= 1);
});

// The 13 values of AigcAudioTask.ErrCodeExt in 4.1.313's vod_models.d.ts, with the trigger for each.
const codes = [
  ['#fail-concurrency', 'RequestLimitExceeded'],
  ['#fail-violation', 'InvalidParameter.VoilationContent'],
  ['#fail-value', 'InvalidParameterValue'],
  ['#fail-backlog', 'FailedOperation'],
  ['#fail-internal', 'InternalError'],
  ['#fail-parameter', 'InvalidParameter'],
  ['#fail-format', 'InvalidParameter.MediaFormat'],
  ['#fail-moderation', 'ContentModerationFailed'],
  ['#fail-resource', 'ResourceInsufficient'],
  ['#fail-generate', 'ModelGenerateFailed'],
  ['#fail-notfound', 'ResourceNotFound'],
  ['#fail-canceled', 'OperationCanceled'],
  ['#fail-timeout', 'TaskTimeout'],
];
for (const [trigger, code] of codes) {
  test(`4.1.313: ErrCodeExt ${code}`, async () => {
    const r = await finished({ ModelName: 'Kling', SceneType: 'sfx', Prompt: `door ${trigger}`,
      OutputConfig: { Duration: 1 } });
    assert.equal(r.Status, 'FINISH');
    assert.equal(r.AigcAudioTask.ErrCodeExt, code);
    assert.notEqual(r.AigcAudioTask.ErrCode, 0);
    assert.ok(r.AigcAudioTask.Message.length > 0);
  });
}
