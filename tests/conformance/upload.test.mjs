// Conformance of the upload path: the unmodified official VOD SDK (ApplyUpload, CommitUpload,
// DescribeMediaInfos, CreateAigcAudioTask with a FileId) and the unmodified official object-storage
// SDK (cos-nodejs-sdk-v5: putObject, sliceUploadFile) against aigc-vod-emulator. The COS SDK keeps its
// real endpoint shape — Domain '{Bucket}.cos.{Region}.myqcloud.com:PORT' over http: — and a patched DNS
// lookup sends every *.myqcloud.com connection to 127.0.0.1, so the emulator sees exactly what COS
// would (Host with the port, signed).
//
// Run: AIGC_EMULATOR=build/bin/aigc-vod-emulator node --test tests/conformance/upload.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import dns from 'node:dns';
import http from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tencentcloud = require('tencentcloud-sdk-nodejs-vod');
const VodClient = tencentcloud.vod.v20180717.Client;
const COS = require('cos-nodejs-sdk-v5');

const EMULATOR = process.env.AIGC_EMULATOR;
const HOST = 'vod.tencentcloudapi.com';
const ID = 'AKIDCONFORMANCEUPLOAD000000000000000';
const KEY = 'ConformanceUploadSecretKey000000';

// Every *.myqcloud.com and *.tencentcloudapi.com name resolves to the emulator on loopback.
const realLookup = dns.lookup;
dns.lookup = (hostname, options, callback) => {
  if (typeof options === 'function') { callback = options; options = {}; }
  if (/\.(myqcloud|tencentcloudapi)\.com$/.test(hostname)) {
    if (options && options.all) return callback(null, [{ address: '127.0.0.1', family: 4 }]);
    return callback(null, '127.0.0.1', 4);
  }
  return realLookup(hostname, options, callback);
};
const agent = new http.Agent({ keepAlive: true });

let child;
let port;
let dir;
before(async () => {
  assert.ok(EMULATOR, 'set AIGC_EMULATOR to the aigc-vod-emulator executable');
  child = spawn(EMULATOR, ['--listen', '127.0.0.1:0', '--secret-id', ID, '--secret-key', KEY, '--task-seconds', '1'],
    { stdio: ['ignore', 'pipe', 'inherit'] });
  const first = await new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code} before listening`)));
  });
  const m = /^listening on http:\/\/127\.0\.0\.1:(\d+)$/.exec(first);
  assert.ok(m, `unexpected first line "${first}"`);
  port = Number(m[1]);
  dir = mkdtempSync(join(tmpdir(), 'aigc-upload-conformance-'));
});
after(() => {
  child?.kill();
  agent.destroy();
  if (dir) rmSync(dir, { recursive: true, force: true });
  dns.lookup = realLookup;
});

function vod() {
  return new VodClient({
    credential: { secretId: ID, secretKey: KEY },
    region: '',
    profile: { httpProfile: { endpoint: `${HOST}:${port}`, protocol: 'http://', agent, reqTimeout: 30 } },
  });
}

function cosFor(applied, token) {
  const cert = applied.TempCertificate;
  return new COS({
    SecretId: cert.SecretId,
    SecretKey: cert.SecretKey,
    SecurityToken: token ?? cert.Token,
    Protocol: 'http:',
    Domain: `{Bucket}.cos.{Region}.myqcloud.com:${port}`,
  });
}

function call(cos, method, params) {
  return new Promise((resolve, reject) => cos[method](params, (err, data) => (err ? reject(err) : resolve(data))));
}

function target(applied) {
  return { Bucket: applied.StorageBucket, Region: applied.StorageRegion, Key: applied.MediaStoragePath.slice(1) };
}

function wav(seconds) {
  const rate = 8000;
  const data = Buffer.alloc(seconds * rate * 2);
  for (let i = 0; i < data.length; i++) data[i] = (i * 7) & 0xff;
  const h = Buffer.alloc(44);
  h.write('RIFF', 0); h.writeUInt32LE(36 + data.length, 4); h.write('WAVEfmt ', 8);
  h.writeUInt32LE(16, 16); h.writeUInt16LE(1, 20); h.writeUInt16LE(1, 22); h.writeUInt32LE(rate, 24);
  h.writeUInt32LE(rate * 2, 28); h.writeUInt16LE(2, 32); h.writeUInt16LE(16, 34); h.write('data', 36);
  h.writeUInt32LE(data.length, 40);
  return Buffer.concat([h, data]);
}

function get(url) {
  return new Promise((resolve, reject) => {
    http.get(url, { agent }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const md5 = (b) => createHash('md5').update(b).digest('hex');

test('ApplyUpload, putObject, CommitUpload, DescribeMediaInfos and a Create that references the FileId', async () => {
  const client = vod();
  const applied = await client.ApplyUpload({ MediaType: 'wav', MediaName: 'conformance take', ClassId: 2 });
  assert.equal(applied.StorageBucket, 'vodemu-1250000000');
  assert.equal(applied.StorageRegion, 'ap-guangzhou');
  assert.match(applied.MediaStoragePath, /^\/.+\.wav$/);
  assert.ok(applied.VodSessionKey);
  assert.ok(applied.TempCertificate.ExpiredTime > Date.now() / 1000);

  const body = wav(2);
  const put = await call(cosFor(applied), 'putObject', { ...target(applied), Body: body });
  assert.equal(put.statusCode, 200);
  assert.equal(put.ETag, `"${md5(body)}"`);
  assert.ok(put.headers['x-cos-request-id']);

  const committed = await client.CommitUpload({ VodSessionKey: applied.VodSessionKey });
  assert.match(committed.FileId, /^\d{19}$/);
  // Committing again (a retry after a lost answer) yields the same file.
  assert.equal((await client.CommitUpload({ VodSessionKey: applied.VodSessionKey })).FileId, committed.FileId);
  const served = await get(committed.MediaUrl);
  assert.equal(served.status, 200);
  assert.equal(md5(served.body), md5(body));

  const infos = await client.DescribeMediaInfos({ FileIds: [committed.FileId, '5285890000000000001'] });
  assert.equal(infos.MediaInfoSet.length, 1);
  assert.deepEqual(infos.NotExistFileIdSet, ['5285890000000000001']);
  const info = infos.MediaInfoSet[0];
  assert.equal(info.FileId, committed.FileId);
  assert.equal(info.BasicInfo.Name, 'conformance take');
  assert.equal(info.BasicInfo.Type, 'wav');
  assert.equal(info.BasicInfo.Category, 'Audio');
  assert.equal(info.BasicInfo.ClassId, 2);
  assert.equal(info.BasicInfo.MediaUrl, committed.MediaUrl);
  assert.equal(info.MetaData.Size, body.length);
  assert.equal(info.MetaData.Duration, 2);

  const ref = { Type: 'File', FileId: committed.FileId };
  const created = await client.CreateAigcAudioTask({
    ModelName: 'MiniMaxMusic', ModelVersion: '2.0', SceneType: 'music', Prompt: 'calm strings', AudioInfos: [ref],
  });
  const detail = await client.DescribeTaskDetail({ TaskId: created.TaskId });
  assert.deepEqual(detail.AigcAudioTask.Input.AudioInfos, [ref]);
  await assert.rejects(
    client.CreateAigcAudioTask({ Prompt: 'x', AudioInfos: [{ Type: 'File', FileId: '5285890000000000002' }] }),
    (e) => e.code === 'InvalidParameterValue.FileId' && /AudioInfos\[0\]\.FileId/.test(e.message));
});

test('sliceUploadFile of 5 MB in 1 MB parts, then CommitUpload serves the same bytes', async () => {
  const client = vod();
  const applied = await client.ApplyUpload({ MediaType: 'mp4' });
  const data = Buffer.alloc(5 * 1024 * 1024 + 4321);
  for (let i = 0; i < data.length; i++) data[i] = (i * 31 + (i >> 10)) & 0xff;
  const file = join(dir, 'slice.mp4');
  writeFileSync(file, data);
  const done = await call(cosFor(applied), 'sliceUploadFile', { ...target(applied), FilePath: file, ChunkSize: 1024 * 1024 });
  assert.equal(done.statusCode, 200);
  assert.match(done.ETag, /^"[0-9a-f]{32}-6"$/);
  assert.equal(done.Key, applied.MediaStoragePath.slice(1));
  const committed = await client.CommitUpload({ VodSessionKey: applied.VodSessionKey });
  const served = await get(committed.MediaUrl);
  assert.equal(served.status, 200);
  assert.equal(served.body.length, data.length);
  assert.equal(md5(served.body), md5(data));
  const info = (await client.DescribeMediaInfos({ FileIds: [committed.FileId] })).MediaInfoSet[0];
  assert.equal(info.BasicInfo.Category, 'Video');
});

test('a wrong security token is refused the way COS refuses it', async () => {
  const client = vod();
  const applied = await client.ApplyUpload({ MediaType: 'mp3' });
  const err = await call(cosFor(applied, 'not-the-token'), 'putObject', { ...target(applied), Body: Buffer.from('x') })
    .then(() => assert.fail('the upload must be refused'), (e) => e);
  assert.equal(err.statusCode, 400);
  assert.equal(err.code, 'InvalidToken');
  assert.equal(err.error.Code, 'InvalidToken');
  assert.ok(err.error.RequestId);
  assert.equal(err.headers['x-cos-request-id'], err.error.RequestId);
  // And CommitUpload knows nothing was stored.
  await assert.rejects(client.CommitUpload({ VodSessionKey: applied.VodSessionKey }), (e) => e.code === 'FailedOperation');
});
