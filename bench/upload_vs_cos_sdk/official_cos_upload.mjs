// The "official" side of bench/upload_vs_cos_sdk: what `aigc-audio upload FILE` does, written with the
// unmodified official SDKs: ApplyUpload and CommitUpload through tencentcloud-sdk-nodejs-vod, the bytes
// through the object-storage SDK cos-nodejs-sdk-v5 (sliceUploadFile: multipart with parallel parts,
// or one PUT for small files), pointed at the emulator with its own `Ip` option (the URL goes to
// 127.0.0.1:PORT, the Host header and the signature keep <bucket>.cos.<region>.myqcloud.com).
//
//   node official_cos_upload.mjs --port PORT --file PATH [--chunk-mib 8] [--parallel 3]
//
// Credentials: TENCENTCLOUD_SECRET_ID / TENCENTCLOUD_SECRET_KEY. Prints one JSON line:
// {"FileId","MediaUrl","bytes","ms"} (ms: ApplyUpload to CommitUpload).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const tencentcloud = require('tencentcloud-sdk-nodejs-vod');
const COS = require('cos-nodejs-sdk-v5');

const opts = { chunkMib: 8, parallel: 3 };
const names = { '--port': 'port', '--file': 'file', '--chunk-mib': 'chunkMib', '--parallel': 'parallel' };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i += 2) {
  const key = names[argv[i]];
  if (!key || i + 1 >= argv.length) throw new Error(`bad argument ${argv[i]}`);
  opts[key] = key === 'file' ? argv[i + 1] : Number(argv[i + 1]);
}
if (!opts.port || !opts.file) throw new Error('--port and --file are required');

const agent = new http.Agent({
  keepAlive: true,
  lookup: (hostname, options, callback) => {
    if (options && options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
    else callback(null, '127.0.0.1', 4);
  },
});
const vod = new tencentcloud.vod.v20180717.Client({
  credential: { secretId: process.env.TENCENTCLOUD_SECRET_ID, secretKey: process.env.TENCENTCLOUD_SECRET_KEY },
  region: '',
  profile: { httpProfile: { endpoint: `vod.tencentcloudapi.com:${opts.port}`, protocol: 'http://', agent, reqTimeout: 120 } },
});

const started = Date.now();
const applied = await vod.ApplyUpload({
  MediaType: path.extname(opts.file).slice(1).toLowerCase(),
  MediaName: path.basename(opts.file, path.extname(opts.file)),
});
const cert = applied.TempCertificate;
const cos = new COS({
  SecretId: cert.SecretId,
  SecretKey: cert.SecretKey,
  SecurityToken: cert.Token,
  Protocol: 'http:',
  Ip: `127.0.0.1:${opts.port}`,
  ChunkParallelLimit: opts.parallel,
  ChunkSize: opts.chunkMib * 1024 * 1024,
});
await new Promise((resolve, reject) => {
  cos.sliceUploadFile(
    {
      Bucket: applied.StorageBucket,
      Region: applied.StorageRegion,
      Key: applied.MediaStoragePath.replace(/^\//, ''),
      FilePath: opts.file,
      ChunkSize: opts.chunkMib * 1024 * 1024,
      AsyncLimit: opts.parallel,
    },
    (err, data) => (err ? reject(new Error(JSON.stringify(err))) : resolve(data)),
  );
});
const committed = await vod.CommitUpload({ VodSessionKey: applied.VodSessionKey });
const ms = Date.now() - started;
process.stdout.write(JSON.stringify({
  FileId: committed.FileId, MediaUrl: committed.MediaUrl, bytes: fs.statSync(opts.file).size, ms,
}) + '\n');
agent.destroy();
