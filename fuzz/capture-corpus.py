#!/usr/bin/env python3
"""Captures seed inputs for the fuzz targets from a running emulator's real answers.

  fuzz/capture-corpus.py PATH/TO/aigc-vod-emulator   (writes into fuzz/corpus/<target>/)

Starts the emulator on a free port (tasks take 1 s), sends every action — successes and errors — and
saves, named by what they are: the raw answer bodies (fuzz_task_detail), the same with the 4 header
bytes of fuzz_api_reply, the request bodies (fuzz_request), the raw HTTP requests in
fuzz_emulator_request's format, and the object-storage XML answers (fuzz_cos_xml).
"""
import hashlib, hmac, http.client, json, os, subprocess, sys, time, urllib.parse

ID, KEY = "AKIDLOCALEMULATORDEMO0000000000000000", "LocalEmulatorDemoSecretKey000000"
HERE = os.path.dirname(os.path.abspath(__file__))


def save(target, name, data):
    d = os.path.join(HERE, "corpus", target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def sign(action, body, host, ts):
    date = time.strftime("%Y-%m-%d", time.gmtime(ts))
    canon = "POST\n/\n\ncontent-type:application/json\nhost:%s\n\ncontent-type;host\n%s" % (
        host, hashlib.sha256(body).hexdigest())
    scope = "%s/vod/tc3_request" % date
    sts = "TC3-HMAC-SHA256\n%d\n%s\n%s" % (ts, scope, hashlib.sha256(canon.encode()).hexdigest())
    k = hmac.new(("TC3" + KEY).encode(), date.encode(), hashlib.sha256).digest()
    k = hmac.new(k, b"vod", hashlib.sha256).digest()
    k = hmac.new(k, b"tc3_request", hashlib.sha256).digest()
    sig = hmac.new(k, sts.encode(), hashlib.sha256).hexdigest()
    return "TC3-HMAC-SHA256 Credential=%s/%s, SignedHeaders=content-type;host, Signature=%s" % (ID, scope, sig)


def call(port, name, action, params, signed=True):
    body = json.dumps(params, ensure_ascii=False, separators=(",", ":")).encode() if not isinstance(params, bytes) else params
    host = "vod.tencentcloudapi.com"
    ts = int(time.time())
    headers = {"Content-Type": "application/json", "Host": host, "X-TC-Action": action, "X-TC-Version": "2018-07-17",
               "X-TC-Timestamp": str(ts), "X-TC-Region": "ap-guangzhou"}
    if signed:
        headers["Authorization"] = sign(action, body, host, ts)
    c = http.client.HTTPConnection("127.0.0.1", port)
    c.request("POST", "/", body, headers)
    r = c.getresponse()
    answer = r.read()
    c.close()
    save("fuzz_task_detail", name, answer)
    save("fuzz_api_reply", name, bytes([0, 0, 2, 0]) + answer)
    raw = "POST / HTTP/1.1\r\n" + "".join("%s: %s\r\n" % kv for kv in headers.items() if kv[0] != "Authorization")
    raw += "X-Fuzz-Sign: tc3\r\n\r\n" if signed else "Authorization: TC3-HMAC-SHA256 Credential=%s/2024-01-01/vod/tc3_request, SignedHeaders=content-type;host, Signature=00\r\n\r\n" % ID
    save("fuzz_emulator_request", name, raw.encode() + body)
    if action == "CreateAigcAudioTask" and isinstance(params, dict):
        save("fuzz_request", name, body)
    return json.loads(answer)["Response"]


def main():
    emu = subprocess.Popen([sys.argv[1], "--listen", "127.0.0.1:0", "--task-seconds", "1"], stdout=subprocess.PIPE, text=True)
    try:
        port = int(emu.stdout.readline().strip().rsplit(":", 1)[1])
        create = {"ModelName": "Kling", "SceneType": "sfx", "Prompt": "Fireworks during Spring Festival celebrations",
                  "OutputConfig": {"StorageMode": "Temporary", "Duration": 6}}
        t = call(port, "create-sfx", "CreateAigcAudioTask", create)["TaskId"]
        call(port, "detail-waiting", "DescribeTaskDetail", {"TaskId": t})
        music = {"SubAppId": 1500012345, "ModelName": "MiniMaxMusic", "ModelVersion": "2.6", "SceneType": "music",
                 "Prompt": "a calm piano piece for a tea-house scene 茶馆 🎹",
                 "AudioInfos": [{"Type": "Url", "Url": "https://example.com/ref.mp3"}],
                 "OutputConfig": {"StorageMode": "Permanent", "MediaName": "tea", "ClassId": 3,
                                  "ExpireTime": "2030-12-31T23:59:59+08:00", "OutputAudioFormat": "wav"},
                 "AdditionalParameters": "{\"lyrics\":\"la la\"}"}
        t2 = call(port, "create-music-permanent", "CreateAigcAudioTask", music)["TaskId"]
        call(port, "create-video-sfx", "CreateAigcAudioTask", {"ModelName": "Kling", "SceneType": "sfx",
             "VideoInfos": [{"Type": "File", "FileId": "5285890781234567890"}], "AdditionalParameters": "{\"bgm_prompt\":\"healing piano\",\"asmr_mode\":true}"})
        call(port, "create-fail-generate", "CreateAigcAudioTask", {"ModelName": "Kling", "SceneType": "sfx", "Prompt": "boom #fail-generate"})
        call(port, "create-invalid", "CreateAigcAudioTask", {"ModelName": 5, "SceneType": "opera", "Prompt": "x" * 1001,
             "OutputConfig": {"Duration": 61, "OutputAudioFormat": "ogg", "ExpireTime": "yesterday"}})
        call(port, "create-blocked", "CreateAigcAudioTask", {"ModelName": "Kling", "SceneType": "sfx", "Prompt": "nsfw"})
        call(port, "create-unknown-field", "CreateAigcAudioTask", {"ModelName": "Kling", "Foo": 1, "Prompt": "a"})
        time.sleep(2.5)
        call(port, "detail-finish", "DescribeTaskDetail", {"TaskId": t})
        call(port, "detail-finish-permanent", "DescribeTaskDetail", {"TaskId": t2, "SubAppId": 1500012345})
        call(port, "detail-unknown", "DescribeTaskDetail", {"TaskId": "251441341-AigcAudioTask-00000000000000000000000000000000t"})
        call(port, "describe-tasks", "DescribeTasks", {"Limit": 10, "Sort": {"Field": "CreateTime", "Order": "Desc"}})
        call(port, "describe-tasks-sub", "DescribeTasks", {"SubAppId": 1500012345, "Status": "FINISH"})
        fid = call(port, "detail-finish-permanent2", "DescribeTaskDetail", {"TaskId": t2, "SubAppId": 1500012345})
        fileid = fid.get("AigcAudioTask", {}).get("Output", {}).get("AudioInfos", [{}])[0].get("FileId", "1")
        call(port, "media-infos", "DescribeMediaInfos", {"FileIds": [fileid, "404"], "SubAppId": 1500012345})
        call(port, "manage-abort", "ManageTask", {"TaskId": t, "OperationType": "Abort"})
        up = call(port, "apply-upload", "ApplyUpload", {"MediaType": "wav", "MediaName": "ref"})
        call(port, "commit-upload", "CommitUpload", {"VodSessionKey": up.get("VodSessionKey", "")})
        call(port, "bad-json", "DescribeTasks", b"{\"Limit\":")
        call(port, "bad-signature", "DescribeTasks", {}, signed=False)
        call(port, "unknown-action", "DescribeNothing", {})
    finally:
        emu.terminate()
        emu.wait()


if __name__ == "__main__":
    main()
