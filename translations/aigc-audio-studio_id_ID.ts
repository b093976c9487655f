<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ApiError</name>
    <message>
        <source>The request was sent but its answer was lost, so the task may or may not have been created. It was not sent again, to avoid a second billed task; check the task list (DescribeTasks) before generating again.</source>
        <translation>Permintaan sudah terkirim tetapi jawabannya hilang, jadi tugas mungkin sudah dibuat, mungkin juga belum. Permintaan tidak dikirim ulang agar tidak ada tugas kedua yang ditagih; periksa daftar tugas (DescribeTasks) sebelum membuat lagi.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. Check the endpoint, the system time and any proxy that intercepts HTTPS.</source>
        <translation>Sertifikat server tidak dapat diverifikasi. Periksa endpoint, waktu sistem, dan proxy apa pun yang mencegat HTTPS.</translation>
    </message>
    <message>
        <source>The request&apos;s time was rejected even after correcting for the server&apos;s clock. Check the system clock and time zone settings.</source>
        <translation>Waktu permintaan ditolak meskipun sudah dikoreksi sesuai jam server. Periksa jam sistem dan pengaturan zona waktu.</translation>
    </message>
    <message>
        <source>The signature was rejected: check the SecretKey of this profile.</source>
        <translation>Tanda tangan ditolak: periksa SecretKey pada profil ini.</translation>
    </message>
    <message>
        <source>The SecretId does not exist or is disabled: check the SecretId of this profile.</source>
        <translation>SecretId tidak ada atau dinonaktifkan: periksa SecretId pada profil ini.</translation>
    </message>
    <message>
        <source>The temporary credentials (token) have expired: get new ones.</source>
        <translation>Kredensial sementara (token) sudah kedaluwarsa: dapatkan yang baru.</translation>
    </message>
    <message>
        <source>VOD is not activated for this account.</source>
        <translation>VOD belum diaktifkan untuk akun ini.</translation>
    </message>
    <message>
        <source>The SubAppId is wrong for this account: check the profile&apos;s SubAppId.</source>
        <translation>SubAppId tidak sesuai untuk akun ini: periksa SubAppId pada profil.</translation>
    </message>
    <message>
        <source>The key lacks permission for this action, or the credentials are wrong.</source>
        <translation>Kunci ini tidak berizin untuk tindakan ini, atau kredensialnya salah.</translation>
    </message>
    <message>
        <source>The service is rate limiting this account; try again in a moment.</source>
        <translation>Layanan sedang membatasi laju permintaan akun ini; coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>A temporary problem with the network or the service; try again later.</source>
        <translation>Ada masalah sementara pada jaringan atau layanan; coba lagi nanti.</translation>
    </message>
    <message>
        <source>A field of the request was refused; correct it and try again.</source>
        <translation>Salah satu kolom permintaan ditolak; perbaiki lalu coba lagi.</translation>
    </message>
    <message>
        <source>The prompt or reference media was refused by content moderation.</source>
        <translation>Prompt atau media referensi ditolak oleh moderasi konten.</translation>
    </message>
    <message>
        <source>The AIGC quota of this account is exhausted.</source>
        <translation>Kuota AIGC akun ini sudah habis.</translation>
    </message>
    <message>
        <source>The task or file is unknown (tasks can be queried for 3 days only).</source>
        <translation>Tugas atau berkas tidak dikenal (tugas hanya dapat dicek selama 3 hari).</translation>
    </message>
    <message>
        <source>The request was malformed; this is a bug in the client, please report it with the RequestId.</source>
        <translation>Format permintaan salah; ini bug pada klien, laporkan beserta RequestId-nya.</translation>
    </message>
    <message>
        <source>Check the system clock.</source>
        <translation>Periksa jam sistem.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Tidak ada profil bernama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The local emulator could not start: %1</source>
        <translation>Emulator lokal tidak dapat dijalankan: %1</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;: %2</source>
        <translation>Tidak ada profil bernama &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>the disk is full</source>
        <translation>disk penuh</translation>
    </message>
    <message>
        <source>could not write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>could not write %1: no free temporary name beside it</source>
        <translation>tidak dapat menulis %1: tidak ada nama sementara yang bebas di sebelahnya</translation>
    </message>
</context>
<context>
    <name>AudioExporter</name>
    <message>
        <source>could not write %1: %2; nothing was written</source>
        <translation>tidak dapat menulis %1: %2; tidak ada yang ditulis</translation>
    </message>
    <message>
        <source>%1 must end in .%2 to hold %3</source>
        <translation>%1 harus berakhiran .%2 untuk memuat %3</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>tidak dapat menulis di %1: %2</translation>
    </message>
    <message>
        <source>%1 appeared while exporting; choose overwrite to replace it</source>
        <translation>%1 muncul saat mengekspor; pilih timpa untuk menggantinya</translation>
    </message>
    <message>
        <source>loudness: reached %1 LUFS, %2 LU short of the target %3 LUFS: more gain would lift the true peak above the ceiling of %4 dBTP (it is %5 dBTP before the gain); lower the target or raise the ceiling</source>
        <translation>kenyaringan: mencapai %1 LUFS, kurang %2 LU dari target %3 LUFS: penguatan lebih akan menaikkan true peak melewati batas %4 dBTP (sebelum penguatan %5 dBTP); turunkan target atau naikkan batas</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>loudness: the sound is silent (below the -70 LUFS gate), so it was left as it is instead of being brought to %1 LUFS</source>
        <translation>kenyaringan: suara senyap (di bawah gerbang -70 LUFS), jadi dibiarkan apa adanya alih-alih dibawa ke %1 LUFS</translation>
    </message>
    <message>
        <source>%1 has %2 MiB free; this export needs about %3 MiB</source>
        <translation>%1 memiliki %2 MiB kosong; ekspor ini perlu sekitar %3 MiB</translation>
    </message>
    <message>
        <source>%1 cannot hold %2 Hz, the rate of %3; choose a rate such as 48000</source>
        <translation>%1 tidak dapat memuat %2 Hz, laju %3; pilih laju seperti 48000</translation>
    </message>
    <message>
        <source>%1 is the source itself; an export never replaces its source</source>
        <translation>%1 adalah sumbernya sendiri; ekspor tidak pernah menggantikan sumbernya</translation>
    </message>
    <message>
        <source>%1 exists already; choose overwrite to replace it</source>
        <translation>%1 sudah ada; pilih timpa untuk menggantinya</translation>
    </message>
    <message>
        <source>cannot save the %1 sound as %2: the name has no extension to say its format (%3)</source>
        <translation>tidak dapat menyimpan suara %1 sebagai %2: nama tidak memiliki ekstensi yang menyatakan formatnya (%3)</translation>
    </message>
    <message>
        <source>cannot save the %1 sound as %2: .%3 is not an audio format this app writes (%4)</source>
        <translation>tidak dapat menyimpan suara %1 sebagai %2: .%3 bukan format audio yang ditulis aplikasi ini (%4)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>tidak dapat membuka %1: %2</translation>
    </message>
</context>
<context>
    <name>AudioModelCatalog</name>
    <message>
        <source>Sound effects from text, or from a reference video</source>
        <translation>Efek suara dari teks atau dari video referensi</translation>
    </message>
    <message>
        <source>Video to sound effect: background music prompt</source>
        <translation>Video ke efek suara: prompt musik latar</translation>
    </message>
    <message>
        <source>ASMR mode</source>
        <translation>Mode ASMR</translation>
    </message>
    <message>
        <source>Music, with optional lyrics</source>
        <translation>Musik, dengan lirik opsional</translation>
    </message>
    <message>
        <source>Lyrics</source>
        <translation>Lirik</translation>
    </message>
    <message>
        <source>Music (documented for the sibling MPS product)</source>
        <translation>Musik (didokumentasikan untuk produk saudaranya, MPS)</translation>
    </message>
    <message>
        <source>Fireworks during Spring Festival celebrations</source>
        <translation>Kembang api saat perayaan Tahun Baru Imlek</translation>
    </message>
    <message>
        <source>Rain on a tin roof at night, distant thunder</source>
        <translation>Hujan di atap seng pada malam hari, guntur di kejauhan</translation>
    </message>
    <message>
        <source>Footsteps on gravel, slow and heavy</source>
        <translation>Langkah kaki di atas kerikil, lambat dan berat</translation>
    </message>
    <message>
        <source>A temple bell ringing once in the mountains</source>
        <translation>Lonceng kuil berdentang sekali di pegunungan</translation>
    </message>
    <message>
        <source>A sports car engine revving and speeding away</source>
        <translation>Mesin mobil sport meraung lalu melaju kencang</translation>
    </message>
    <message>
        <source>Crackling campfire with wind in the pines</source>
        <translation>Api unggun berderak dengan angin di antara pohon pinus</translation>
    </message>
    <message>
        <source>A calm piano piece for a tea house, healing mood</source>
        <translation>Musik piano yang tenang untuk kedai teh, suasana menenangkan</translation>
    </message>
    <message>
        <source>Epic orchestral battle theme, fast and tense</source>
        <translation>Tema pertempuran orkestra yang epik, cepat dan menegangkan</translation>
    </message>
    <message>
        <source>Happy festive melody with guzheng and drums</source>
        <translation>Melodi meriah yang ceria dengan guzheng dan genderang</translation>
    </message>
</context>
<context>
    <name>AudioTask</name>
    <message>
        <source>the task finished without any output</source>
        <translation>tugas selesai tanpa keluaran apa pun</translation>
    </message>
</context>
<context>
    <name>AudioTaskRequest</name>
    <message>
        <source>must be at most %1 characters (got %2)</source>
        <translation>maksimal %1 karakter (saat ini %2)</translation>
    </message>
    <message>
        <source>is required unless a reference video or audio is given</source>
        <translation>wajib diisi kecuali ada video atau audio referensi</translation>
    </message>
    <message>
        <source>must be one of %1 (got &quot;%2&quot;)</source>
        <translation>harus salah satu dari %1 (saat ini &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>must not start or end with spaces (got &quot;%1&quot;)</source>
        <translation>tidak boleh diawali atau diakhiri spasi (saat ini &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>must be a JSON object: %1 at character %2</source>
        <translation>harus berupa objek JSON: %1 pada karakter ke-%2</translation>
    </message>
    <message>
        <source>must be a JSON object such as {&quot;lyrics&quot;:&quot;...&quot;}</source>
        <translation>harus berupa objek JSON, misalnya {&quot;lyrics&quot;:&quot;...&quot;}</translation>
    </message>
    <message>
        <source>must be an object with Type, FileId or Url</source>
        <translation>harus berupa objek dengan Type, FileId, atau Url</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>harus berupa array</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>harus berupa objek</translation>
    </message>
</context>
<context>
    <name>Audition</name>
    <message>
        <source>Auto-play on Select</source>
        <translation>Putar otomatis saat dipilih</translation>
    </message>
    <message>
        <source>Play a sound as soon as its row is selected, so the arrow keys audition the takes</source>
        <translation>Putar suara begitu barisnya dipilih, sehingga tombol panah memperdengarkan setiap hasil</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Enter a SecretId and a SecretKey first.</source>
        <translation>Masukkan SecretId dan SecretKey terlebih dahulu.</translation>
    </message>
    <message>
        <source>The endpoint is not valid: choose a site or enter an http(s):// URL.</source>
        <translation>Endpoint tidak valid: pilih situs atau masukkan URL http(s)://.</translation>
    </message>
    <message>
        <source>Connected: the credentials work (%1 ms).</source>
        <translation>Terhubung: kredensial berfungsi (%1 md).</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s behind the service&apos;s; requests are corrected for it, but you should correct the system time.</source>
        <translation>Jam komputer ini %1 dtk lebih lambat daripada jam layanan; permintaan sudah dikoreksi, tetapi sebaiknya perbaiki waktu sistem.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s ahead of the service&apos;s; requests are corrected for it, but you should correct the system time.</source>
        <translation>Jam komputer ini %1 dtk lebih cepat daripada jam layanan; permintaan sudah dikoreksi, tetapi sebaiknya perbaiki waktu sistem.</translation>
    </message>
    <message>
        <source>The SecretKey is wrong for this SecretId.</source>
        <translation>SecretKey tidak cocok dengan SecretId ini.</translation>
    </message>
    <message>
        <source>The service does not know this SecretId, or it is disabled: check that it was copied whole.</source>
        <translation>Layanan tidak mengenali SecretId ini, atau SecretId dinonaktifkan: pastikan disalin secara utuh.</translation>
    </message>
    <message>
        <source>The temporary token has expired or does not match: get new temporary credentials.</source>
        <translation>Token sementara sudah kedaluwarsa atau tidak cocok: dapatkan kredensial sementara yang baru.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock is %1 s behind the service&apos;s: correct the system time.</source>
        <translation>Jam komputer %1 dtk lebih lambat daripada jam layanan: perbaiki waktu sistem.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock is %1 s ahead of the service&apos;s: correct the system time.</source>
        <translation>Jam komputer %1 dtk lebih cepat daripada jam layanan: perbaiki waktu sistem.</translation>
    </message>
    <message>
        <source>The service refused the request&apos;s time stamp: check the system time and time zone.</source>
        <translation>Layanan menolak stempel waktu permintaan: periksa waktu sistem dan zona waktu.</translation>
    </message>
    <message>
        <source>The credentials work but lack permission for VOD: ask the account&apos;s administrator to grant it (CAM).</source>
        <translation>Kredensial berfungsi tetapi tidak berizin untuk VOD: minta administrator akun untuk memberikannya (CAM).</translation>
    </message>
    <message>
        <source>The credentials work, but VOD is not activated for this account.</source>
        <translation>Kredensial berfungsi, tetapi VOD belum diaktifkan untuk akun ini.</translation>
    </message>
    <message>
        <source>The credentials work, but this SubAppId does not belong to the account.</source>
        <translation>Kredensial berfungsi, tetapi SubAppId ini bukan milik akun tersebut.</translation>
    </message>
    <message>
        <source>The service answered with an error: %1</source>
        <translation>Layanan menjawab dengan galat: %1</translation>
    </message>
    <message>
        <source>(%1; RequestId %2)</source>
        <translation>(%1; RequestId %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Could not reach the service: %1.</source>
        <translation>Tidak dapat menjangkau layanan: %1.</translation>
    </message>
    <message>
        <source>The service did not answer in time: check the network connection and proxy.</source>
        <translation>Layanan tidak menjawab tepat waktu: periksa koneksi jaringan dan proxy.</translation>
    </message>
    <message>
        <source>Something answered, but not like the VOD API: %1. Check the endpoint.</source>
        <translation>Ada yang menjawab, tetapi bukan seperti API VOD: %1. Periksa endpoint.</translation>
    </message>
    <message>
        <source>The test failed: %1.</source>
        <translation>Pengujian gagal: %1.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection failed: %1</source>
        <translation>Koneksi aman (TLS) gagal: %1</translation>
    </message>
</context>
<context>
    <name>CosJob</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>upload cancelled</source>
        <translation>unggahan dibatalkan</translation>
    </message>
    <message>
        <source>no progress for %1 s talking to object storage</source>
        <translation>tidak ada kemajuan selama %1 dtk saat berkomunikasi dengan penyimpanan objek</translation>
    </message>
    <message>
        <source>object storage: secure connection failed: %1</source>
        <translation>penyimpanan objek: koneksi aman gagal: %1</translation>
    </message>
    <message>
        <source>object storage unreachable: %1</source>
        <translation>penyimpanan objek tidak dapat dijangkau: %1</translation>
    </message>
    <message>
        <source>object storage request failed: %1</source>
        <translation>permintaan ke penyimpanan objek gagal: %1</translation>
    </message>
    <message>
        <source>object storage answered HTTP %1 without an XML error</source>
        <translation>penyimpanan objek menjawab HTTP %1 tanpa galat XML</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>object storage: %1</source>
        <translation>penyimpanan objek: %1</translation>
    </message>
    <message>
        <source>object storage answered with more than %1 MB: it was not read</source>
        <translation>penyimpanan objek menjawab dengan lebih dari %1 MB: tidak dibaca</translation>
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <source>profile &quot;%1&quot;</source>
        <translation>profil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (no profiles exist yet)</source>
        <translation>Tidak ada profil bernama &quot;%1&quot; (belum ada profil sama sekali)</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (profiles: %2)</source>
        <translation>Tidak ada profil bernama &quot;%1&quot; (profil yang ada: %2)</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: no secret store is available to read its secrets</source>
        <translation>Profil &quot;%1&quot;: tidak ada penyimpanan rahasia yang tersedia untuk membaca rahasianya</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profil &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no SecretId and SecretKey saved (%2): enter them in the profile</source>
        <translation>Profil &quot;%1&quot; tidak menyimpan SecretId dan SecretKey (%2): isikan keduanya di profil</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>variabel lingkungan</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Variabel lingkungan: %1</translation>
    </message>
    <message>
        <source>tccli profile &quot;%1&quot; (%2)</source>
        <translation>profil tccli &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>No credentials found. Tried: the default profile (none is set); the environment (%1 and %2 are not set); %3; %4 [default]. Create a profile, or set %1 and %2.</source>
        <translation>Kredensial tidak ditemukan. Sudah dicoba: profil bawaan (belum ditetapkan); variabel lingkungan (%1 dan %2 tidak ditetapkan); %3; %4 [default]. Buat profil, atau tetapkan %1 dan %2.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: the proxy password: %2</source>
        <translation>Profil &quot;%1&quot;: kata sandi proxy: %2</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;: %2</source>
        <translation>Tidak ada profil bernama &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>DescribeTasksRequest</name>
    <message>
        <source>must be one of %1 (got &quot;%2&quot;)</source>
        <translation>harus salah satu dari %1 (saat ini &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>must be CreateTime or FinishTime (got &quot;%1&quot;)</source>
        <translation>harus CreateTime atau FinishTime (saat ini &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>must be Asc or Desc (got &quot;%1&quot;)</source>
        <translation>harus Asc atau Desc (saat ini &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>must be an integer from 1 to %1 (got %2)</source>
        <translation>harus bilangan bulat dari 1 sampai %1 (saat ini %2)</translation>
    </message>
</context>
<context>
    <name>DiagnosticsReport</name>
    <message>
        <source>AIGC Audio Studio diagnostics</source>
        <translation>Diagnostik AIGC Audio Studio</translation>
    </message>
    <message>
        <source>Secrets (SecretKey, token, proxy passwords) are not included; SecretIds are masked.</source>
        <translation>Rahasia (SecretKey, token, kata sandi proxy) tidak disertakan; SecretId disamarkan.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>config: %1</source>
        <translation>konfigurasi: %1</translation>
    </message>
    <message>
        <source>data: %1</source>
        <translation>data: %1</translation>
    </message>
    <message>
        <source>library: %1</source>
        <translation>pustaka: %1</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source> (active)</source>
        <translation> (aktif)</translation>
    </message>
    <message>
        <source>, secrets in a plain-text file</source>
        <translation>, rahasia di berkas teks biasa</translation>
    </message>
    <message>
        <source>, secrets in the keychain</source>
        <translation>, rahasia di keychain</translation>
    </message>
    <message>
        <source>, offline demo</source>
        <translation>, demo luring</translation>
    </message>
    <message>
        <source>active endpoint: %1</source>
        <translation>endpoint aktif: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>unfinished uploads: %1</source>
        <translation>unggahan yang belum selesai: %1</translation>
    </message>
    <message>
        <source>Latest tasks</source>
        <translation>Tugas terbaru</translation>
    </message>
    <message>
        <source>(no TaskId)</source>
        <translation>(tanpa TaskId)</translation>
    </message>
    <message>
        <source>download: %1</source>
        <translation>unduhan: %1</translation>
    </message>
    <message>
        <source>Recent log</source>
        <translation>Log terbaru</translation>
    </message>
</context>
<context>
    <name>DownloadJob</name>
    <message>
        <source>cannot download &quot;%1&quot;: not an http(s) URL</source>
        <translation>tidak dapat mengunduh &quot;%1&quot;: bukan URL http(s)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>tidak dapat membuat folder %1</translation>
    </message>
    <message>
        <source>download cancelled</source>
        <translation>unduhan dibatalkan</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>range not satisfiable</source>
        <translation>rentang tidak dapat dipenuhi</translation>
    </message>
    <message>
        <source>the file server answered HTTP %1 for %2</source>
        <translation>server berkas menjawab HTTP %1 untuk %2</translation>
    </message>
    <message>
        <source>the file is gone (HTTP %1): a temporary URL is valid for 7 days</source>
        <translation>berkas sudah tidak ada (HTTP %1): URL sementara berlaku selama 7 hari</translation>
    </message>
    <message>
        <source>no data for %1 s while downloading</source>
        <translation>tidak ada data selama %1 dtk saat mengunduh</translation>
    </message>
    <message>
        <source>download failed: %1</source>
        <translation>unduhan gagal: %1</translation>
    </message>
    <message>
        <source>download restarted</source>
        <translation>unduhan dimulai ulang</translation>
    </message>
    <message>
        <source>the download ended after %1 of %2 bytes</source>
        <translation>unduhan berhenti setelah %1 dari %2 bita</translation>
    </message>
    <message>
        <source>cannot move the download into place at %1</source>
        <translation>tidak dapat memindahkan unduhan ke %1</translation>
    </message>
    <message>
        <source>the download from %1 is larger than %2 MB, more than this file can be: it was stopped and nothing was kept</source>
        <translation>unduhan dari %1 lebih besar dari %2 MB, melebihi ukuran yang mungkin untuk berkas ini: dihentikan dan tidak ada yang disimpan</translation>
    </message>
    <message>
        <source>the download did not finish within %1 min</source>
        <translation>unduhan tidak selesai dalam %1 menit</translation>
    </message>
    <message>
        <source>the download did not finish within %1 s</source>
        <translation>unduhan tidak selesai dalam %1 detik</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>&quot;%1&quot; is not a region name such as ap-singapore</source>
        <translation>&quot;%1&quot; bukan nama wilayah seperti ap-singapore</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an endpoint: use china, intl, region:NAME or an http(s):// URL</source>
        <translation>&quot;%1&quot; bukan endpoint: gunakan china, intl, region:NAME, atau URL http(s)://</translation>
    </message>
    <message>
        <source>China (vod.tencentcloudapi.com)</source>
        <translation>Tiongkok (vod.tencentcloudapi.com)</translation>
    </message>
    <message>
        <source>International (vod.intl.tencentcloudapi.com)</source>
        <translation>Internasional (vod.intl.tencentcloudapi.com)</translation>
    </message>
    <message>
        <source>Region %1 (%2)</source>
        <translation>Wilayah %1 (%2)</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>Kustom (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries a user or password (user:password@): an endpoint URL may not; the API is signed with the profile&apos;s SecretId and SecretKey</source>
        <translation>&quot;%1&quot; memuat pengguna atau kata sandi (user:password@): URL endpoint tidak boleh; API ditandatangani dengan SecretId dan SecretKey profil</translation>
    </message>
</context>
<context>
    <name>EnvCredentials</name>
    <message>
        <source>%1 is set but %2 is not: set both, or neither</source>
        <translation>%1 ditetapkan tetapi %2 tidak: tetapkan keduanya, atau tidak sama sekali</translation>
    </message>
    <message>
        <source>%1 and %2 are both set, to different tokens: unset one of them</source>
        <translation>%1 dan %2 sama-sama ditetapkan dengan token berbeda: hapus salah satunya</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a region name such as ap-singapore</source>
        <translation>%1 &quot;%2&quot; bukan nama wilayah seperti ap-singapore</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Sample &amp;rate:</source>
        <translation>&amp;Laju sampel:</translation>
    </message>
    <message>
        <source>Sample rate</source>
        <translation>Laju sampel</translation>
    </message>
    <message>
        <source>&amp;Bit depth:</source>
        <translation>Kedalaman &amp;bit:</translation>
    </message>
    <message>
        <source>Bit depth</source>
        <translation>Kedalaman bit</translation>
    </message>
    <message>
        <source>&amp;Loudness:</source>
        <translation>&amp;Kenyaringan:</translation>
    </message>
    <message>
        <source>Loudness target</source>
        <translation>Target kenyaringan</translation>
    </message>
    <message>
        <source> LUFS</source>
        <translation> LUFS</translation>
    </message>
    <message>
        <source>true peak at most</source>
        <translation>true peak paling tinggi</translation>
    </message>
    <message>
        <source>True-peak ceiling</source>
        <translation>Batas true peak</translation>
    </message>
    <message>
        <source> dBTP</source>
        <translation> dBTP</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>Templat nama berkas</translation>
    </message>
    <message>
        <source>Tokens: {prompt} {date} {model} {variation} {taskid} {rating}; the extension follows the format</source>
        <translation>Token: {prompt} {date} {model} {variation} {taskid} {rating}; ekstensi mengikuti format</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Folder ekspor</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>Replace files that &amp;exist</source>
        <translation>Ganti berkas yang sudah &amp;ada</translation>
    </message>
    <message numerus="yes">
        <source>%n sound(s), exported from the library&apos;s files (which stay as they are).</source>
        <translation>
            <numerusform>%n suara, diekspor dari berkas pustaka (yang tetap seperti semula).</numerusform>
        </translation>
    </message>
    <message>
        <source>As the source</source>
        <translation>Sama dengan sumber</translation>
    </message>
    <message>
        <source>%1 Hz</source>
        <translation>%1 Hz</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Ekspor ke</translation>
    </message>
    <message>
        <source>Nothing was written:</source>
        <translation>Tidak ada yang ditulis:</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n file(s) written.</source>
        <translation>
            <numerusform>Dibatalkan: %n berkas ditulis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be written:</source>
        <translation>
            <numerusform>%n berkas tidak dapat ditulis:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <source>16-bit PCM</source>
        <translation>PCM 16-bit</translation>
    </message>
    <message>
        <source>24-bit PCM</source>
        <translation>PCM 24-bit</translation>
    </message>
    <message>
        <source>32-bit float</source>
        <translation>float 32-bit</translation>
    </message>
    <message>
        <source>the format&apos;s default</source>
        <translation>bawaan format</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>nothing to export</source>
        <translation>tidak ada yang diekspor</translation>
    </message>
    <message>
        <source>%1 has no saved audio file</source>
        <translation>%1 tidak memiliki berkas audio tersimpan</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 tidak ada</translation>
    </message>
    <message>
        <source>is required: the folder to export into</source>
        <translation>wajib diisi: folder tujuan ekspor</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>tidak dapat membuat folder %1</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>tidak dapat menulis di %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; would be the name of both %2 and %3; add {variation} or {taskid} to the name</source>
        <translation>&quot;%1&quot; akan menjadi nama %2 sekaligus %3; tambahkan {variation} atau {taskid} ke nama</translation>
    </message>
</context>
<context>
    <name>ExportMetadata</name>
    <message>
        <source>libsndfile refused the %1 tag: %2</source>
        <translation>libsndfile menolak tag %1: %2</translation>
    </message>
    <message>
        <source>libsndfile refused the bext chunk: %1</source>
        <translation>libsndfile menolak chunk bext: %1</translation>
    </message>
    <message>
        <source>libsndfile refused the iXML chunk: %1</source>
        <translation>libsndfile menolak chunk iXML: %1</translation>
    </message>
</context>
<context>
    <name>ExportSettings</name>
    <message>
        <source>%1 holds 16- or 24-bit PCM, not %2</source>
        <translation>%1 memuat PCM 16- atau 24-bit, bukan %2</translation>
    </message>
    <message>
        <source>%1 is a compressed format without a bit depth; leave the bit depth unset</source>
        <translation>%1 adalah format terkompresi tanpa kedalaman bit; biarkan kedalaman bit kosong</translation>
    </message>
    <message>
        <source>must be from %1 to %2 Hz, e.g. 44100, 48000 or 96000 (got %3)</source>
        <translation>harus dari %1 sampai %2 Hz, mis. 44100, 48000 atau 96000 (didapat %3)</translation>
    </message>
    <message>
        <source>Ogg Opus holds 48000 Hz only (got %1)</source>
        <translation>Ogg Opus hanya memuat 48000 Hz (didapat %1)</translation>
    </message>
    <message>
        <source>%1 cannot hold %2 Hz; 44100 or 48000 Hz can</source>
        <translation>%1 tidak dapat memuat %2 Hz; 44100 atau 48000 Hz bisa</translation>
    </message>
    <message>
        <source>must be from %1 to %2 LUFS, e.g. -23, -16 or -14 (got %3)</source>
        <translation>harus dari %1 sampai %2 LUFS, mis. -23, -16 atau -14 (didapat %3)</translation>
    </message>
    <message>
        <source>a target of %1 LUFS is above the true-peak ceiling of %2 dBTP: a sound&apos;s peaks are always above its loudness, so every sound would clip past the ceiling; lower the target or raise the ceiling</source>
        <translation>target %1 LUFS berada di atas batas true peak %2 dBTP: puncak suara selalu di atas kenyaringannya, jadi setiap suara akan terpotong melewati batas; turunkan target atau naikkan batas</translation>
    </message>
    <message>
        <source>must be from %1 to %2 dBTP, e.g. -1 (got %3)</source>
        <translation>harus dari %1 sampai %2 dBTP, mis. -1 (didapat %3)</translation>
    </message>
    <message>
        <source>must not start before 0 ms (got %1 ms)</source>
        <translation>tidak boleh mulai sebelum 0 md (didapat %1 md)</translation>
    </message>
    <message>
        <source>must end after it starts (got %1 ms to %2 ms)</source>
        <translation>harus berakhir setelah mulai (didapat %1 md sampai %2 md)</translation>
    </message>
    <message>
        <source>must be at least %1 ms long (got %2 ms, from %3 to %4 ms)</source>
        <translation>harus setidaknya %1 md (didapat %2 md, dari %3 sampai %4 md)</translation>
    </message>
    <message>
        <source>must be 0 ms or more (got %1 ms)</source>
        <translation>harus 0 md atau lebih (didapat %1 md)</translation>
    </message>
    <message>
        <source>the fades (%1 ms in, %2 ms out) are longer together than the region (%3 ms)</source>
        <translation>fade (%1 md masuk, %2 md keluar) bersama-sama lebih panjang dari wilayah (%3 md)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UCS CatID of the list (e.g. RAINMetl, FIREBurn, WHSH)</source>
        <translation>&quot;%1&quot; bukan CatID UCS dari daftar (mis. RAINMetl, FIREBurn, WHSH)</translation>
    </message>
    <message>
        <source>the name uses {catid}: choose a UCS category</source>
        <translation>nama memakai {catid}: pilih kategori UCS</translation>
    </message>
    <message>
        <source>must be from 0 (smallest) to 1 (best) (got %1)</source>
        <translation>harus dari 0 (terkecil) sampai 1 (terbaik) (didapat %1)</translation>
    </message>
</context>
<context>
    <name>ExportSources</name>
    <message>
        <source>%1 is not in the local history; give its file with --input</source>
        <translation>%1 tidak ada di riwayat lokal; berikan berkasnya dengan --input</translation>
    </message>
    <message>
        <source>%1 has no saved file yet (download: %2)</source>
        <translation>%1 belum memiliki berkas tersimpan (unduhan: %2)</translation>
    </message>
    <message>
        <source>the saved file of %1 is missing: %2</source>
        <translation>berkas tersimpan %1 hilang: %2</translation>
    </message>
</context>
<context>
    <name>FieldParse</name>
    <message>
        <source>must be a string (got %1)</source>
        <translation>harus berupa string (saat ini %1)</translation>
    </message>
    <message>
        <source>must be an integer (got %1)</source>
        <translation>harus bilangan bulat (saat ini %1)</translation>
    </message>
    <message>
        <source>must be an unsigned integer (got %1)</source>
        <translation>harus bilangan bulat tak bertanda (saat ini %1)</translation>
    </message>
    <message>
        <source>must be an integer (got &quot;%1&quot;)</source>
        <translation>harus bilangan bulat (saat ini &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>must be an unsigned integer (got &quot;%1&quot;)</source>
        <translation>harus bilangan bulat tak bertanda (saat ini &quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>FileRangeDevice</name>
    <message>
        <source>a file range is read-only</source>
        <translation>rentang berkas hanya dapat dibaca</translation>
    </message>
    <message>
        <source>the file is shorter than expected (%1 bytes, needed %2): was it changed?</source>
        <translation>berkas lebih pendek dari yang diharapkan (%1 bita, perlu %2): apakah berkas itu diubah?</translation>
    </message>
</context>
<context>
    <name>GenerationForm</name>
    <message>
        <source>What</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Prompt:</source>
        <translation>&amp;Prompt:</translation>
    </message>
    <message>
        <source>Describe the sound, e.g. fireworks during Spring Festival celebrations</source>
        <translation>Jelaskan suaranya, mis. kembang api saat perayaan Tahun Baru Imlek</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>0 / 1000</source>
        <translation>0 / 1000</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Contoh</translation>
    </message>
    <message>
        <source>Example prompts</source>
        <translation>Contoh prompt</translation>
    </message>
    <message>
        <source>&amp;Scene:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cara pembuatan</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versi:</translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Versi model</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Reference videos</source>
        <translation>Video referensi</translation>
    </message>
    <message>
        <source>Add URL…</source>
        <translation>Tambah URL…</translation>
    </message>
    <message>
        <source>Add FileId…</source>
        <translation>Tambah FileId…</translation>
    </message>
    <message>
        <source>Add file…</source>
        <translation>Tambah berkas…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Reference audios</source>
        <translation>Audio referensi</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Keluaran</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durasi:</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Bawaan model</translation>
    </message>
    <message>
        <source>Duration in seconds</source>
        <translation>Durasi dalam detik</translation>
    </message>
    <message>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Output format</source>
        <translation>Format keluaran</translation>
    </message>
    <message>
        <source>S&amp;torage:</source>
        <translation>Pen&amp;yimpanan:</translation>
    </message>
    <message>
        <source>Storage mode</source>
        <translation>Mode penyimpanan</translation>
    </message>
    <message>
        <source>Media &amp;name:</source>
        <translation>&amp;Nama media:</translation>
    </message>
    <message>
        <source>Media name</source>
        <translation>Nama media</translation>
    </message>
    <message>
        <source>optional, at most 64 characters</source>
        <translation>opsional, maksimal 64 karakter</translation>
    </message>
    <message>
        <source>&amp;Class ID:</source>
        <translation>&amp;ID kelas:</translation>
    </message>
    <message>
        <source>Class ID</source>
        <translation>ID kelas</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Kedaluwarsa:</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Pada</translation>
    </message>
    <message>
        <source>Expire time</source>
        <translation>Waktu kedaluwarsa</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Lanjutan</translation>
    </message>
    <message>
        <source>&amp;Additional parameters:</source>
        <translation>Parameter &amp;tambahan:</translation>
    </message>
    <message>
        <source>Additional parameters, a JSON object</source>
        <translation>Parameter tambahan, berupa objek JSON</translation>
    </message>
    <message>
        <source>{&quot;lyrics&quot;: &quot;...&quot;}</source>
        <translation>{&quot;lyrics&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templat</translation>
    </message>
    <message>
        <source>Sub&amp;AppId:</source>
        <translation>Sub&amp;AppId:</translation>
    </message>
    <message>
        <source>SubAppId</source>
        <translation>SubAppId</translation>
    </message>
    <message>
        <source>Va&amp;riations:</source>
        <translation>Va&amp;riasi:</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>Variasi</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Hasilkan</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Hasilkan</translation>
    </message>
    <message>
        <source>AIGC Audio Studio</source>
        <translation>AIGC Audio Studio</translation>
    </message>
    <message>
        <source>Public http(s) URL:</source>
        <translation>URL http(s) publik:</translation>
    </message>
    <message>
        <source>VOD FileId:</source>
        <translation>FileId VOD:</translation>
    </message>
    <message>
        <source>Sound effect (sfx)</source>
        <translation>Efek suara (sfx)</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Musik</translation>
    </message>
    <message>
        <source>Temporary (download link for 7 days)</source>
        <translation>Sementara (tautan unduhan 7 hari)</translation>
    </message>
    <message>
        <source>Permanent (kept in VOD)</source>
        <translation>Permanen (disimpan di VOD)</translation>
    </message>
    <message>
        <source>A model this version does not know: it is sent as typed.</source>
        <translation>Model ini tidak dikenal oleh versi ini: nama dikirim apa adanya.</translation>
    </message>
    <message>
        <source>%1 (from the profile)</source>
        <translation>%1 (dari profil)</translation>
    </message>
    <message>
        <source>none (the profile sets none)</source>
        <translation>tidak ada (profil tidak menetapkannya)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Empty: no model-specific parameters</source>
        <translation>Kosong: tanpa parameter khusus model</translation>
    </message>
    <message>
        <source>✓ Valid JSON object</source>
        <translation>✓ Objek JSON valid</translation>
    </message>
    <message>
        <source>✗ Not a JSON object</source>
        <translation>✗ Bukan objek JSON</translation>
    </message>
    <message numerus="yes">
        <source>Send %n task(s) (Ctrl+Enter)</source>
        <translation>
            <numerusform>Kirim %n tugas (Ctrl+Enter)</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the marked fields first</source>
        <translation>Perbaiki dulu kolom yang ditandai</translation>
    </message>
    <message>
        <source>FileId %1</source>
        <translation>FileId %1</translation>
    </message>
    <message>
        <source>stable version</source>
        <translation>versi stabil</translation>
    </message>
    <message>
        <source>model name</source>
        <translation>nama model</translation>
    </message>
    <message>
        <source>Add a reference video</source>
        <translation>Tambah video referensi</translation>
    </message>
    <message>
        <source>Add a reference audio</source>
        <translation>Tambah audio referensi</translation>
    </message>
    <message>
        <source>Drop files or URLs here. A local file is uploaded to VOD as soon as it is added; a task generated meanwhile is sent when its files are uploaded.</source>
        <translation>Seret berkas atau URL ke sini. Berkas lokal langsung diunggah ke VOD begitu ditambahkan; tugas yang dibuat sementara itu dikirim setelah berkas-berkasnya selesai diunggah.</translation>
    </message>
    <message>
        <source>Video files (%1)</source>
        <translation>Berkas video (%1)</translation>
    </message>
    <message>
        <source>Audio files (%1)</source>
        <translation>Berkas audio (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua berkas (*)</translation>
    </message>
    <message>
        <source>Choose reference videos</source>
        <translation>Pilih video referensi</translation>
    </message>
    <message>
        <source>Choose reference audios</source>
        <translation>Pilih audio referensi</translation>
    </message>
    <message>
        <source>%1 was not uploaded: retry or remove it (%2)</source>
        <translation>%1 tidak terunggah: coba lagi atau hapus berkas itu (%2)</translation>
    </message>
    <message>
        <source>the upload is not known</source>
        <translation>unggahan tidak dikenal</translation>
    </message>
    <message numerus="yes">
        <source>Send %n task(s) as soon as the reference files are uploaded (Ctrl+Enter)</source>
        <translation>
            <numerusform>Kirim %n tugas segera setelah berkas referensi selesai diunggah (Ctrl+Enter)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reference file(s) still uploading: Generate now and the task is sent once they are done.</source>
        <translation>
            <numerusform>%n berkas referensi masih diunggah: tekan Hasilkan sekarang, dan tugas dikirim setelah unggahan selesai.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: there is nothing to upload it with</source>
        <translation>%1: tidak ada sarana untuk mengunggahnya</translation>
    </message>
    <message>
        <source>Not added:
%1</source>
        <translation>Tidak ditambahkan:
%1</translation>
    </message>
    <message>
        <source>the upload is not known any more</source>
        <translation>unggahan sudah tidak dikenal lagi</translation>
    </message>
    <message>
        <source>the upload stopped</source>
        <translation>unggahan berhenti</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>the history database is not open</source>
        <translation>basis data riwayat belum dibuka</translation>
    </message>
    <message>
        <source>TaskId %1 is already in the history</source>
        <translation>TaskId %1 sudah ada di riwayat</translation>
    </message>
    <message>
        <source>adding a task</source>
        <translation>menambahkan tugas</translation>
    </message>
    <message>
        <source>%1: there is no history record %2</source>
        <translation>%1: tidak ada catatan riwayat %2</translation>
    </message>
    <message>
        <source>setCreated: empty TaskId</source>
        <translation>setCreated: TaskId kosong</translation>
    </message>
    <message>
        <source>recording the TaskId</source>
        <translation>mencatat TaskId</translation>
    </message>
    <message>
        <source>recording a failed submission</source>
        <translation>mencatat pengiriman yang gagal</translation>
    </message>
    <message>
        <source>recording an unknown outcome</source>
        <translation>mencatat hasil yang tidak diketahui</translation>
    </message>
    <message>
        <source>resolveOutcome: empty TaskId</source>
        <translation>resolveOutcome: TaskId kosong</translation>
    </message>
    <message>
        <source>recording a reconciled task</source>
        <translation>mencatat tugas yang sudah direkonsiliasi</translation>
    </message>
    <message>
        <source>the task answer has no TaskId</source>
        <translation>jawaban tugas tidak memiliki TaskId</translation>
    </message>
    <message>
        <source>no history record has TaskId %1</source>
        <translation>tidak ada catatan riwayat dengan TaskId %1</translation>
    </message>
    <message>
        <source>recording the task&apos;s status</source>
        <translation>mencatat status tugas</translation>
    </message>
    <message>
        <source>recording the download</source>
        <translation>mencatat unduhan</translation>
    </message>
    <message>
        <source>finding expired tasks</source>
        <translation>mencari tugas yang kedaluwarsa</translation>
    </message>
    <message>
        <source>no final answer within the %1 hours the service keeps a task</source>
        <translation>tidak ada jawaban akhir dalam %1 jam selama layanan menyimpan tugas</translation>
    </message>
    <message>
        <source>marking expired tasks</source>
        <translation>menandai tugas yang kedaluwarsa</translation>
    </message>
    <message>
        <source>recording a lost task</source>
        <translation>mencatat tugas yang hilang</translation>
    </message>
    <message>
        <source>removing a task</source>
        <translation>menghapus tugas</translation>
    </message>
    <message>
        <source>restoring a task</source>
        <translation>memulihkan tugas</translation>
    </message>
    <message>
        <source>finding removed tasks</source>
        <translation>mencari tugas yang dihapus</translation>
    </message>
    <message>
        <source>purging removed tasks</source>
        <translation>membersihkan tugas yang dihapus</translation>
    </message>
    <message>
        <source>reading the history</source>
        <translation>membaca riwayat</translation>
    </message>
    <message>
        <source>there is no history record %1</source>
        <translation>tidak ada catatan riwayat %1</translation>
    </message>
    <message>
        <source>counting tasks</source>
        <translation>menghitung tugas</translation>
    </message>
    <message>
        <source>recording the uploaded references</source>
        <translation>mencatat referensi yang sudah diunggah</translation>
    </message>
    <message>
        <source>recording the media URL</source>
        <translation>mencatat URL media</translation>
    </message>
    <message>
        <source>the history database</source>
        <translation>basis data riwayat</translation>
    </message>
    <message>
        <source>record %1 is %2, not %3</source>
        <translation>catatan %1 berstatus %2, bukan %3</translation>
    </message>
    <message>
        <source>awaiting a TaskId</source>
        <translation>menunggu TaskId</translation>
    </message>
    <message>
        <source>waiting for uploads</source>
        <translation>menunggu unggahan</translation>
    </message>
    <message>
        <source>being submitted</source>
        <translation>sedang dikirim</translation>
    </message>
    <message>
        <source>awaiting reconciliation</source>
        <translation>menunggu pencocokan</translation>
    </message>
    <message>
        <source>a rating is from 0 to %1 stars (got %2)</source>
        <translation>peringkat dari 0 sampai %1 bintang (didapat %2)</translation>
    </message>
    <message>
        <source>rating a task</source>
        <translation>memberi peringkat tugas</translation>
    </message>
    <message>
        <source>marking a favourite</source>
        <translation>menandai favorit</translation>
    </message>
    <message>
        <source>tagging a task</source>
        <translation>memberi tag tugas</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>secrets stored in the system keychain</source>
        <translation>rahasia disimpan di keychain sistem</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>galat %1</translation>
    </message>
    <message>
        <source>the secrets of profile &quot;%1&quot; could not be read</source>
        <translation>rahasia profil &quot;%1&quot; tidak dapat dibaca</translation>
    </message>
    <message>
        <source>secrets were not saved</source>
        <translation>rahasia tidak disimpan</translation>
    </message>
    <message>
        <source>secrets were not removed</source>
        <translation>rahasia tidak dihapus</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1): %2</source>
        <translation>Akses ke keychain sistem ditolak (%1): %2</translation>
    </message>
    <message>
        <source>The system keychain could not delete the entry (%1): %2</source>
        <translation>Keychain sistem tidak dapat menghapus entri (%1): %2</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1): %2</source>
        <translation>Keychain sistem tidak tersedia (%1): %2</translation>
    </message>
    <message>
        <source>The keychain entry of profile &quot;%1&quot; is damaged (%2): save the profile&apos;s secrets again</source>
        <translation>Entri keychain profil &quot;%1&quot; rusak (%2): simpan lagi rahasia profil tersebut</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AIGC Audio Studio</source>
        <translation>AIGC Audio Studio</translation>
    </message>
    <message>
        <source>Search prompt, TaskId, model or error</source>
        <translation>Cari prompt, TaskId, model, atau galat</translation>
    </message>
    <message>
        <source>Search tasks</source>
        <translation>Cari tugas</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Saring menurut status</translation>
    </message>
    <message>
        <source>Filter by model</source>
        <translation>Saring menurut model</translation>
    </message>
    <message>
        <source>Filter by profile</source>
        <translation>Saring menurut profil</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tugas</translation>
    </message>
    <message>
        <source>No tasks yet. Describe a sound on the left and press Generate (Ctrl+Enter).</source>
        <translation>Belum ada tugas. Jelaskan suara di sebelah kiri, lalu tekan Hasilkan (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>T&amp;ugas</translation>
    </message>
    <message>
        <source>P&amp;rofiles</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>B&amp;antuan</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Bilah alat utama</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Hasilkan</translation>
    </message>
    <message>
        <source>Player and details</source>
        <translation>Pemutar dan detail</translation>
    </message>
    <message>
        <source>Task details</source>
        <translation>Detail tugas</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Hasilkan</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Send the form (Ctrl+Enter)</source>
        <translation>Kirim formulir (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Abort</source>
        <translation>&amp;Batalkan</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Abort the selected task (only while it is waiting)</source>
        <translation>Batalkan tugas yang dipilih (hanya selagi menunggu)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>Send the selected task&apos;s request again as a new task</source>
        <translation>Kirim ulang permintaan tugas yang dipilih sebagai tugas baru</translation>
    </message>
    <message>
        <source>&amp;Use These Settings Again</source>
        <translation>&amp;Gunakan pengaturan ini lagi</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Segarkan</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Ask the service for the selected task now</source>
        <translation>Tanyakan status tugas yang dipilih ke layanan sekarang</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Simpan sebagai…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Save the selected result as a file</source>
        <translation>Simpan hasil yang dipilih sebagai berkas</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Tampilkan di &amp;folder</translation>
    </message>
    <message>
        <source>Copy &amp;TaskId</source>
        <translation>Salin &amp;TaskId</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy &amp;RequestId</source>
        <translation>Salin &amp;RequestId</translation>
    </message>
    <message>
        <source>&amp;Remove from History</source>
        <translation>&amp;Hapus dari riwayat</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Undo Remove</source>
        <translation>&amp;Urungkan penghapusan</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>Request &amp;Inspector…</source>
        <translation>&amp;Pemeriksa permintaan…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>The request and response of the selected task, and how it was signed</source>
        <translation>Permintaan dan respons tugas yang dipilih, serta cara penandatanganannya</translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation>&amp;Kelola profil…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferensi…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About AIGC Audio Studio</source>
        <translation>&amp;Tentang AIGC Audio Studio</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Bersihkan filter</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; could not be used: %2</source>
        <translation>Profil &quot;%1&quot; tidak dapat digunakan: %2</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Tidak dibuat: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 gagal: %2</translation>
    </message>
    <message>
        <source>Could not save the result: %1</source>
        <translation>Hasil tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Save the result as</source>
        <translation>Simpan hasil sebagai</translation>
    </message>
    <message>
        <source>About AIGC Audio Studio</source>
        <translation>Tentang AIGC Audio Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;AIGC Audio Studio %1&lt;/h3&gt;&lt;p&gt;Sound effects and music from a description, with Tencent Cloud VOD&apos;s AI audio generation (CreateAigcAudioTask).&lt;/p&gt;&lt;p&gt;Qt %2. The offline demo runs a local emulator that synthesises its results on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;AIGC Audio Studio %1&lt;/h3&gt;&lt;p&gt;Efek suara dan musik dari sebuah deskripsi, dengan pembuatan audio AI dari Tencent Cloud VOD (CreateAigcAudioTask).&lt;/p&gt;&lt;p&gt;Qt %2. Demo luring menjalankan emulator lokal yang menyintesis hasilnya di komputer ini.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Any model</source>
        <translation>Semua model</translation>
    </message>
    <message>
        <source>Any profile</source>
        <translation>Semua profil</translation>
    </message>
    <message>
        <source>No profile is active: choose one in Profiles.</source>
        <translation>Tidak ada profil aktif: pilih satu di menu Profil.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n task(s)…</source>
        <translation>
            <numerusform>Mengirim %n tugas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Using profile &quot;%1&quot;</source>
        <translation>Menggunakan profil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 — AIGC Audio Studio</source>
        <translation>%1 — AIGC Audio Studio</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>Tanpa profil</translation>
    </message>
    <message>
        <source>Profile: %1 — offline demo, nothing is sent to Tencent Cloud</source>
        <translation>Profil: %1 — demo luring, tidak ada yang dikirim ke Tencent Cloud</translation>
    </message>
    <message>
        <source>Profile: %1 (%2)</source>
        <translation>Profil: %1 (%2)</translation>
    </message>
    <message>
        <source>The new language applies when AIGC Audio Studio starts again.</source>
        <translation>Bahasa baru berlaku setelah AIGC Audio Studio dijalankan ulang.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Simpan sebagai</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 disimpan</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n task(s) from the history — Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>%n tugas dihapus dari riwayat — tekan Ctrl+Z untuk mengembalikannya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your sound is ready</source>
        <translation>Suara Anda sudah siap</translation>
    </message>
    <message>
        <source>A task failed</source>
        <translation>Ada tugas yang gagal</translation>
    </message>
    <message>
        <source>Aborting the task</source>
        <translation>Membatalkan tugas</translation>
    </message>
    <message>
        <source>Looking for the task that was sent without an answer</source>
        <translation>Mencari tugas yang terkirim tanpa jawaban</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) will be sent once the reference files are uploaded.</source>
        <translation>
            <numerusform>%n tugas akan dikirim setelah berkas referensi selesai diunggah.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export Diagnostics…</source>
        <translation>&amp;Ekspor diagnostik…</translation>
    </message>
    <message>
        <source>Save versions, settings, recent tasks and the log (never a secret) to attach to a bug report</source>
        <translation>Simpan versi, pengaturan, tugas terbaru, dan log (tanpa rahasia apa pun) untuk dilampirkan pada laporan bug</translation>
    </message>
    <message>
        <source>Export Diagnostics</source>
        <translation>Ekspor diagnostik</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Berkas teks (*.txt);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1 (no secrets in it)</source>
        <translation>Diagnostik disimpan ke %1 (tanpa rahasia di dalamnya)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>The service refused what was asked, so the same request will most likely fail again.</source>
        <translation>Layanan menolak yang diminta, jadi permintaan yang sama kemungkinan besar akan gagal lagi.</translation>
    </message>
    <message>
        <source>Change the prompt or the settings with &quot;Use These Settings Again&quot; first.</source>
        <translation>Ubah dulu prompt atau pengaturan dengan &quot;Gunakan pengaturan ini lagi&quot;.</translation>
    </message>
    <message>
        <source>Use These Settings Again</source>
        <translation>Gunakan pengaturan ini lagi</translation>
    </message>
    <message>
        <source>Retry Anyway</source>
        <translation>Tetap coba lagi</translation>
    </message>
    <message>
        <source>Send the request again as a new task: %1. %2</source>
        <translation>Kirim ulang permintaan sebagai tugas baru: %1. %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2. A file already there is unchanged.</source>
        <translation>Tidak dapat menyimpan %1: %2. Berkas yang sudah ada tidak berubah.</translation>
    </message>
    <message>
        <source>Saved %1, converted to %2</source>
        <translation>Tersimpan %1, dikonversi ke %2</translation>
    </message>
    <message>
        <source>Words search the prompt, TaskId, model and error; tag:rain, rating&gt;=4 and fav narrow the list to a tag, a rating and favourites</source>
        <translation>Kata mencari di prompt, TaskId, model dan galat; tag:rain, rating&gt;=4 dan fav menyaring daftar menurut tag, peringkat dan favorit</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the selected results: format, sample rate, bit depth, loudness, names and folder</source>
        <translation>Ekspor hasil terpilih: format, laju sampel, kedalaman bit, kenyaringan, nama dan folder</translation>
    </message>
    <message>
        <source>None of the selected tasks has a saved sound to export yet.</source>
        <translation>Belum ada tugas terpilih yang memiliki suara tersimpan untuk diekspor.</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled; %n file(s) written to %1.</source>
        <translation>
            <numerusform>Ekspor dibatalkan; %n berkas ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1; some could not be written.</source>
        <translation>
            <numerusform>%n berkas diekspor ke %1; sebagian tidak dapat ditulis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1.</source>
        <translation>
            <numerusform>%n berkas diekspor ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManageTaskRequest</name>
    <message>
        <source>is required</source>
        <translation>wajib diisi</translation>
    </message>
    <message>
        <source>must be Abort (got &quot;%1&quot;)</source>
        <translation>harus Abort (saat ini &quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>MediaFileTypes</name>
    <message>
        <source>no file was given</source>
        <translation>tidak ada berkas yang diberikan</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation>berkas %1 tidak ada</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file</source>
        <translation>%1 adalah folder, bukan berkas</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 bukan berkas biasa</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1 has no file extension; VOD needs one of: %2</source>
        <translation>%1 tidak memiliki ekstensi berkas; VOD memerlukan salah satu dari: %2</translation>
    </message>
    <message>
        <source>&quot;.%1&quot; files are not supported; audio: %2; video: %3</source>
        <translation>berkas &quot;.%1&quot; tidak didukung; audio: %2; video: %3</translation>
    </message>
    <message>
        <source>%1 is a video file; reference audio must be one of: %2</source>
        <translation>%1 adalah berkas video; audio referensi harus salah satu dari: %2</translation>
    </message>
    <message>
        <source>%1 is an audio file; reference video must be one of: %2</source>
        <translation>%1 adalah berkas audio; video referensi harus salah satu dari: %2</translation>
    </message>
</context>
<context>
    <name>MediaReference</name>
    <message>
        <source>is required when Type is File</source>
        <translation>wajib diisi jika Type adalah File</translation>
    </message>
    <message>
        <source>must not contain spaces (got &quot;%1&quot;)</source>
        <translation>tidak boleh berisi spasi (saat ini &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>is required when Type is Url</source>
        <translation>wajib diisi jika Type adalah Url</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL (got &quot;%1&quot;)</source>
        <translation>harus berupa URL http:// atau https:// (saat ini &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>must be File or Url (got &quot;%1&quot;)</source>
        <translation>harus File atau Url (saat ini &quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>MediaUploader</name>
    <message>
        <source>there is no upload #%1 to resume</source>
        <translation>tidak ada unggahan #%1 untuk dilanjutkan</translation>
    </message>
    <message>
        <source>upload #%1 already ended: %2</source>
        <translation>unggahan #%1 sudah berakhir: %2</translation>
    </message>
    <message>
        <source>%1 changed or disappeared since its upload began; add it again to upload it anew</source>
        <translation>%1 berubah atau hilang sejak unggahannya dimulai; tambahkan lagi untuk mengunggahnya dari awal</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>upload cancelled</source>
        <translation>unggahan dibatalkan</translation>
    </message>
    <message>
        <source>the temporary upload credentials expired</source>
        <translation>kredensial unggahan sementara sudah kedaluwarsa</translation>
    </message>
    <message>
        <source>the upload had to start over too often (%1)</source>
        <translation>unggahan terlalu sering harus dimulai ulang (%1)</translation>
    </message>
    <message>
        <source>ApplyUpload answered without VodSessionKey, StorageBucket, StorageRegion, MediaStoragePath or TempCertificate</source>
        <translation>ApplyUpload menjawab tanpa VodSessionKey, StorageBucket, StorageRegion, MediaStoragePath, atau TempCertificate</translation>
    </message>
    <message>
        <source>object storage answered the start of a multipart upload without an UploadId</source>
        <translation>penyimpanan objek menjawab permintaan memulai unggahan multipart tanpa UploadId</translation>
    </message>
    <message>
        <source>object storage confirmed part %1 without an ETag</source>
        <translation>penyimpanan objek mengonfirmasi bagian %1 tanpa ETag</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>bagian %1</translation>
    </message>
    <message>
        <source>CommitUpload answered without a FileId</source>
        <translation>CommitUpload menjawab tanpa FileId</translation>
    </message>
    <message>
        <source>ApplyUpload answered with an unusable StorageBucket &quot;%1&quot; or StorageRegion &quot;%2&quot; (each must be letters, digits and &apos;-&apos;): nothing was uploaded</source>
        <translation>ApplyUpload menjawab dengan StorageBucket &quot;%1&quot; atau StorageRegion &quot;%2&quot; yang tidak dapat dipakai (masing-masing harus huruf, angka dan &apos;-&apos;): tidak ada yang diunggah</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>secrets kept in memory only (not saved)</source>
        <translation>rahasia hanya disimpan di memori (tidak tersimpan permanen)</translation>
    </message>
</context>
<context>
    <name>NamingTemplate</name>
    <message>
        <source>is empty; write a template such as %1</source>
        <translation>kosong; tulis templat seperti %1</translation>
    </message>
    <message>
        <source>must not contain &quot;%1&quot;: it names a file, not a folder (choose the folder separately)</source>
        <translation>tidak boleh memuat &quot;%1&quot;: ini menamai berkas, bukan folder (pilih folder secara terpisah)</translation>
    </message>
    <message>
        <source>&quot;}&quot; at position %1 closes no token</source>
        <translation>&quot;}&quot; pada posisi %1 tidak menutup token apa pun</translation>
    </message>
    <message>
        <source>&quot;{&quot; at position %1 is not closed; tokens are written like {prompt}</source>
        <translation>&quot;{&quot; pada posisi %1 tidak ditutup; token ditulis seperti {prompt}</translation>
    </message>
    <message>
        <source>unknown token {%1}; the tokens are %2</source>
        <translation>token {%1} tidak dikenal; tokennya adalah %2</translation>
    </message>
</context>
<context>
    <name>NetworkErrorText</name>
    <message>
        <source>it has expired</source>
        <translation>sertifikatnya sudah kedaluwarsa</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>sertifikatnya kedaluwarsa pada %1</translation>
    </message>
    <message>
        <source>it is not valid yet</source>
        <translation>sertifikatnya belum berlaku</translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation>sertifikatnya baru berlaku mulai %1</translation>
    </message>
    <message>
        <source>it is self-signed, and no authority this computer trusts vouches for it</source>
        <translation>sertifikatnya ditandatangani sendiri (self-signed), dan tidak ada otoritas yang dipercaya komputer ini yang menjaminnya</translation>
    </message>
    <message>
        <source>it is not signed by a certificate authority this computer trusts</source>
        <translation>sertifikatnya tidak ditandatangani oleh otoritas sertifikat yang dipercaya komputer ini</translation>
    </message>
    <message>
        <source>it was not issued for %1</source>
        <translation>sertifikatnya tidak diterbitkan untuk %1</translation>
    </message>
    <message>
        <source>it was issued for %1, not for %2</source>
        <translation>sertifikatnya diterbitkan untuk %1, bukan untuk %2</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>sertifikatnya sudah dicabut</translation>
    </message>
    <message>
        <source>the secure connection could not be set up</source>
        <translation>koneksi aman tidak dapat dibuat</translation>
    </message>
    <message>
        <source>check the host name of the endpoint</source>
        <translation>periksa nama host endpoint</translation>
    </message>
    <message>
        <source>check this computer&apos;s date and time; if they are right, the server&apos;s certificate is out of date</source>
        <translation>periksa tanggal dan waktu komputer ini; jika sudah benar, berarti sertifikat server berada di luar masa berlakunya</translation>
    </message>
    <message>
        <source>if a proxy or security software inspects HTTPS on this network, add its certificate authority to the system&apos;s trusted certificates</source>
        <translation>jika ada proxy atau perangkat lunak keamanan yang memeriksa HTTPS di jaringan ini, tambahkan otoritas sertifikatnya ke sertifikat tepercaya sistem</translation>
    </message>
    <message>
        <source>the certificate of %1 was refused, so nothing was sent: %2. What to do: %3. (Certificate errors are never ignored.)</source>
        <translation>sertifikat %1 ditolak, jadi tidak ada yang dikirim: %2. Yang perlu dilakukan: %3. (Galat sertifikat tidak pernah diabaikan.)</translation>
    </message>
    <message>
        <source>the proxy</source>
        <translation>proxy</translation>
    </message>
    <message>
        <source>%1 refused the connection (is it running?): check the proxy setting of the profile</source>
        <translation>%1 menolak koneksi (apakah sedang berjalan?): periksa pengaturan proxy pada profil</translation>
    </message>
    <message>
        <source>%1 was not found (unknown host name): check the proxy setting of the profile</source>
        <translation>%1 tidak ditemukan (nama host tidak dikenal): periksa pengaturan proxy pada profil</translation>
    </message>
    <message>
        <source>%1 refused the user name or password: check the proxy&apos;s user and password in the profile</source>
        <translation>%1 menolak nama pengguna atau kata sandi: periksa pengguna dan kata sandi proxy pada profil</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 tidak menjawab tepat waktu</translation>
    </message>
    <message>
        <source>%1 closed the connection (%2)</source>
        <translation>%1 menutup koneksi (%2)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 gagal: %2</translation>
    </message>
</context>
<context>
    <name>OutputConfig</name>
    <message>
        <source>must be one of %1 (got &quot;%2&quot;)</source>
        <translation>harus salah satu dari %1 (saat ini &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>must be at most %1 characters (got %2)</source>
        <translation>maksimal %1 karakter (saat ini %2)</translation>
    </message>
    <message>
        <source>must be an integer of 0 or more (got %1)</source>
        <translation>harus bilangan bulat 0 atau lebih (saat ini %1)</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time such as 2026-12-31T23:59:59+08:00 (got &quot;%1&quot;)</source>
        <translation>harus berupa tanggal dan waktu ISO 8601 seperti 2026-12-31T23:59:59+08:00 (saat ini &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>must be in the future (got %1, now is %2)</source>
        <translation>harus di masa mendatang (nilainya %1, sekarang %2)</translation>
    </message>
    <message>
        <source>must be an integer from 0 to %1 seconds (got %2)</source>
        <translation>harus bilangan bulat dari 0 sampai %1 detik (saat ini %2)</translation>
    </message>
</context>
<context>
    <name>OutputLibrary</name>
    <message>
        <source>task %1 has no output to download</source>
        <translation>tugas %1 tidak memiliki keluaran untuk diunduh</translation>
    </message>
    <message>
        <source>task %1 has no download URL (FileId %2): ask DescribeMediaInfos for one</source>
        <translation>tugas %1 tidak memiliki URL unduhan (FileId %2): minta lewat DescribeMediaInfos</translation>
    </message>
    <message>
        <source>the temporary URL has expired: it was valid until %1 (7 days after the task finished)</source>
        <translation>URL sementara sudah kedaluwarsa: berlaku hingga %1 (7 hari setelah tugas selesai)</translation>
    </message>
    <message>
        <source>download cancelled</source>
        <translation>unduhan dibatalkan</translation>
    </message>
    <message>
        <source>saved, but the sidecar could not be written: %1</source>
        <translation>tersimpan, tetapi berkas pendamping (sidecar) tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>the temporary URL has expired or was withdrawn (HTTP %1): a Temporary output can be downloaded for 7 days after the task finished, until %2</source>
        <translation>URL sementara sudah kedaluwarsa atau ditarik (HTTP %1): keluaran Sementara dapat diunduh selama 7 hari setelah tugas selesai, hingga %2</translation>
    </message>
    <message>
        <source>the file is no longer available (HTTP %1): the URL has expired or was withdrawn</source>
        <translation>berkas sudah tidak tersedia (HTTP %1): URL sudah kedaluwarsa atau ditarik</translation>
    </message>
    <message>
        <source>the history record %1 is gone</source>
        <translation>catatan riwayat %1 sudah tidak ada</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>OutputLocator</name>
    <message>
        <source>the output of task %1 has neither a FileUrl nor a FileId</source>
        <translation>keluaran tugas %1 tidak memiliki FileUrl maupun FileId</translation>
    </message>
    <message>
        <source>no client to look up FileId %1</source>
        <translation>tidak ada klien untuk mencari FileId %1</translation>
    </message>
    <message>
        <source>could not look up FileId %1</source>
        <translation>tidak dapat mencari FileId %1</translation>
    </message>
    <message>
        <source>VOD does not know FileId %1 (the output of task %2): the media was deleted, has expired or belongs to another SubAppId</source>
        <translation>VOD tidak mengenal FileId %1 (keluaran tugas %2): media telah dihapus, kedaluwarsa, atau milik SubAppId lain</translation>
    </message>
</context>
<context>
    <name>PlaintextSecretStore</name>
    <message>
        <source>secrets stored in plain text at %1</source>
        <translation>rahasia disimpan sebagai teks biasa di %1</translation>
    </message>
    <message>
        <source>Could not read the secrets file %1: %2</source>
        <translation>Berkas rahasia %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>The secrets file %1 is %2</source>
        <translation>Berkas rahasia %1 tidak valid: %2</translation>
    </message>
    <message>
        <source>Could not create the folder %1: secrets were not saved</source>
        <translation>Folder %1 tidak dapat dibuat: rahasia tidak disimpan</translation>
    </message>
    <message>
        <source>Could not make %1 readable by its owner only: secrets were not saved</source>
        <translation>%1 tidak dapat dibuat hanya dapat dibaca oleh pemiliknya: rahasia tidak disimpan</translation>
    </message>
    <message>
        <source>Could not delete %1 (%2): secrets were not removed</source>
        <translation>%1 tidak dapat dihapus (%2): rahasia tidak dihapus</translation>
    </message>
    <message>
        <source>%1: secrets were not saved</source>
        <translation>%1: rahasia tidak disimpan</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <source>Player</source>
        <translation>Pemutar</translation>
    </message>
    <message>
        <source>No audio selected</source>
        <translation>Belum ada audio yang dipilih</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Putar (Spasi)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Putar</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>Posisi pemutaran</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posisi</translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation>Waktu berjalan dan total</translation>
    </message>
    <message>
        <source>Repeat the audio until stopped</source>
        <translation>Ulangi audio sampai dihentikan</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Bisukan</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>&amp;Keluaran:</translation>
    </message>
    <message>
        <source>Audio output device</source>
        <translation>Perangkat keluaran audio</translation>
    </message>
    <message>
        <source>Output device</source>
        <translation>Perangkat keluaran</translation>
    </message>
    <message>
        <source>Player status</source>
        <translation>Status pemutar</translation>
    </message>
    <message>
        <source>The audio cannot be played.</source>
        <translation>Audio tidak dapat diputar.</translation>
    </message>
    <message>
        <source>Drawing the waveform…</source>
        <translation>Menggambar bentuk gelombang…</translation>
    </message>
    <message>
        <source>Streaming: the waveform appears once the file is downloaded</source>
        <translation>Streaming: bentuk gelombang muncul setelah berkas selesai diunduh</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Elapsed / total playback time, e.g. &quot;0:03 / 0:06&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Jeda (Spasi)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Bunyikan</translation>
    </message>
    <message>
        <source>Volume: %1%</source>
        <extracomment>Tooltip of the volume slider; %1 is 0..100</extracomment>
        <translation>Volume: %1%</translation>
    </message>
    <message>
        <source>No audio output device found</source>
        <translation>Perangkat audio tidak ditemukan</translation>
    </message>
    <message>
        <source>No audio output device was found. Connect one; the list updates by itself.</source>
        <translation>Perangkat keluaran audio tidak ditemukan. Sambungkan satu; daftar akan diperbarui dengan sendirinya.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Bawaan sistem</translation>
    </message>
    <message>
        <source>This audio cannot be played.</source>
        <translation>Audio ini tidak dapat diputar.</translation>
    </message>
    <message>
        <source>No waveform: %1</source>
        <translation>Tidak ada bentuk gelombang: %1</translation>
    </message>
    <message>
        <source>Play/Pause</source>
        <translation>Putar/Jeda</translation>
    </message>
    <message>
        <source>Play or pause the selected audio</source>
        <translation>Putar atau jeda audio yang dipilih</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferensi</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Library &amp;folder:</source>
        <translation>&amp;Folder pustaka:</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Folder pustaka</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>Every finished result is saved here with a .json file of its request and response.</source>
        <translation>Setiap hasil yang selesai disimpan di sini beserta berkas .json berisi permintaan dan responsnya.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Bahasa sistem</translation>
    </message>
    <message>
        <source>The library folder &quot;%1&quot; cannot be created.</source>
        <translation>Folder pustaka &quot;%1&quot; tidak dapat dibuat.</translation>
    </message>
    <message>
        <source>The library folder could not be recorded in %1.</source>
        <translation>Folder pustaka tidak dapat dicatat di %1.</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>cannot make %1 readable by its owner only (mode %2): %3</source>
        <translation>tidak dapat membuat %1 hanya dapat dibaca pemiliknya (mode %2): %3</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>tidak dapat membuat folder %1</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>tidak dapat membuat %1: %2</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>must not be empty</source>
        <translation>tidak boleh kosong</translation>
    </message>
    <message>
        <source>must not contain &apos;/&apos;, &apos;\&apos; or control characters</source>
        <translation>tidak boleh berisi &apos;/&apos;, &apos;\&apos;, atau karakter kontrol</translation>
    </message>
    <message>
        <source>must not start or end with spaces</source>
        <translation>tidak boleh diawali atau diakhiri spasi</translation>
    </message>
    <message>
        <source>must be at most %1 characters (got %2)</source>
        <translation>maksimal %1 karakter (saat ini %2)</translation>
    </message>
    <message>
        <source>is not valid: use china, intl, region:NAME or an http(s):// URL</source>
        <translation>tidak valid: gunakan china, intl, region:NAME, atau URL http(s)://</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid: use china, intl, region:NAME or an http(s):// URL</source>
        <translation>&quot;%1&quot; tidak valid: gunakan china, intl, region:NAME, atau URL http(s)://</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region name such as ap-singapore</source>
        <translation>&quot;%1&quot; bukan nama wilayah seperti ap-singapore</translation>
    </message>
    <message>
        <source>must be empty, zh-CN or en-US (got &quot;%1&quot;)</source>
        <translation>harus kosong, zh-CN, atau en-US (saat ini &quot;%1&quot;)</translation>
    </message>
</context>
<context>
    <name>ProfileFormFields</name>
    <message>
        <source>China (vod.tencentcloudapi.com)</source>
        <translation>Tiongkok (vod.tencentcloudapi.com)</translation>
    </message>
    <message>
        <source>International (vod.intl.tencentcloudapi.com)</source>
        <translation>Internasional (vod.intl.tencentcloudapi.com)</translation>
    </message>
    <message>
        <source>Regional (vod.&lt;region&gt;.tencentcloudapi.com)</source>
        <translation>Regional (vod.&lt;region&gt;.tencentcloudapi.com)</translation>
    </message>
    <message>
        <source>Local emulator (offline demo)</source>
        <translation>Emulator lokal (demo luring)</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>URL kustom</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Tidak dikirim</translation>
    </message>
    <message>
        <source>Service default</source>
        <translation>Bawaan layanan</translation>
    </message>
    <message>
        <source>Chinese (zh-CN)</source>
        <translation>Mandarin (zh-CN)</translation>
    </message>
    <message>
        <source>English (en-US)</source>
        <translation>Inggris (en-US)</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Pengaturan sistem</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Tanpa proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>Proxy HTTP</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>Proxy SOCKS5</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nama profil</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Endpoint region</source>
        <translation>Wilayah endpoint</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>URL endpoint</translation>
    </message>
    <message>
        <source>X-TC-Region header</source>
        <translation>Header X-TC-Region</translation>
    </message>
    <message>
        <source>SubAppId</source>
        <translation>SubAppId</translation>
    </message>
    <message>
        <source>Language of error messages</source>
        <translation>Bahasa pesan galat</translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Show the SecretKey</source>
        <translation>Tampilkan SecretKey</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Tampilkan token</translation>
    </message>
    <message>
        <source>Keep secrets in a plain-text file</source>
        <translation>Simpan rahasia di berkas teks biasa</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Profil baru</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Duplikat profil</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Hapus profil</translation>
    </message>
    <message>
        <source>Import credentials</source>
        <translation>Impor kredensial</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tes koneksi</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Simpan profil</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Jadikan aktif</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Hasil tes koneksi</translation>
    </message>
    <message>
        <source>Use a plain-text file</source>
        <translation>Gunakan berkas teks biasa</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Host proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port proxy</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Pengguna proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Kata sandi proxy</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a region name such as ap-singapore</source>
        <translation>&quot;%1&quot; bukan nama wilayah seperti ap-singapore</translation>
    </message>
    <message>
        <source>enter an http:// or https:// URL, such as %1</source>
        <translation>masukkan URL http:// atau https://, misalnya %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>&quot;%1&quot; bukan URL http:// atau https://</translation>
    </message>
    <message>
        <source>another profile is already called &quot;%1&quot;</source>
        <translation>sudah ada profil lain bernama &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be digits only (got &quot;%1&quot;)</source>
        <translation>hanya boleh berisi angka (saat ini &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>wajib diisi</translation>
    </message>
    <message>
        <source>must not contain spaces</source>
        <translation>tidak boleh berisi spasi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>X-TC-Region</source>
        <translation>X-TC-Region</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Follows the system proxy settings (on Linux the http_proxy, https_proxy, all_proxy and no_proxy variables). The local emulator and other loopback addresses are never proxied.</source>
        <translation>Mengikuti pengaturan proxy sistem (di Linux: variabel http_proxy, https_proxy, all_proxy, dan no_proxy). Emulator lokal dan alamat loopback lainnya tidak pernah melalui proxy.</translation>
    </message>
    <message>
        <source>Connects directly, whatever the system settings say.</source>
        <translation>Terhubung langsung, apa pun pengaturan sistemnya.</translation>
    </message>
    <message>
        <source>Every call, upload and download of this profile goes through this proxy. The password is kept with the profile&apos;s secrets, never in the settings file.</source>
        <translation>Setiap panggilan, unggahan, dan unduhan profil ini melewati proxy ini. Kata sandinya disimpan bersama rahasia profil, tidak pernah di berkas pengaturan.</translation>
    </message>
</context>
<context>
    <name>ProfileManager</name>
    <message>
        <source>no secret store is available</source>
        <translation>tidak ada penyimpanan rahasia yang tersedia</translation>
    </message>
    <message>
        <source>no profile file is open</source>
        <translation>tidak ada berkas profil yang terbuka</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;</source>
        <translation>Tidak ada profil bernama &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists</source>
        <translation>Profil bernama &quot;%1&quot; sudah ada</translation>
    </message>
    <message>
        <source>No secret store is available: nothing was saved.</source>
        <translation>Tidak ada penyimpanan rahasia yang tersedia: tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The secrets of &quot;%1&quot; could not be removed yet (%2); they will be at the next start.</source>
        <translation>Rahasia &quot;%1&quot; belum dapat dihapus (%2); akan dihapus pada awal berikutnya.</translation>
    </message>
    <message>
        <source>The proxy password could not be stored: %1. Nothing was saved.</source>
        <translation>Kata sandi proksi tidak dapat disimpan: %1. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was deleted, but its secrets could not be removed yet (%2); they will be at the next start.</source>
        <translation>Profil &quot;%1&quot; telah dihapus, tetapi rahasianya belum dapat dihapus (%2); akan dihapus pada awal berikutnya.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile cannot be saved: %1</source>
        <translation>Profil tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Could not create the folder %1</source>
        <translation>Folder %1 tidak dapat dibuat</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;</source>
        <translation>Tidak ada profil bernama &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists</source>
        <translation>Profil bernama &quot;%1&quot; sudah ada</translation>
    </message>
    <message>
        <source>The profile cannot be renamed: %1</source>
        <translation>Profil tidak dapat diganti namanya: %1</translation>
    </message>
    <message>
        <source>The profile file %1 is damaged (%2)</source>
        <translation>Berkas profil %1 rusak (%2)</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>berkas kosong</translation>
    </message>
    <message>
        <source>it is not a valid INI file</source>
        <translation>bukan berkas INI yang valid</translation>
    </message>
    <message>
        <source>it has no formatVersion and no profiles: it was cut short or is not a profile file</source>
        <translation>tidak memiliki formatVersion maupun profil: terpotong atau bukan berkas profil</translation>
    </message>
    <message>
        <source>formatVersion is &quot;%1&quot;, not a version</source>
        <translation>formatVersion adalah &quot;%1&quot;, bukan versi</translation>
    </message>
    <message>
        <source>it ends early: the end marker is missing, the file was cut short</source>
        <translation>berakhir terlalu dini: penanda akhir hilang, berkas terpotong</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has no %2</source>
        <translation>profil &quot;%1&quot; tidak memiliki %2</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2 is &quot;%3&quot;, not true or false</source>
        <translation>profil &quot;%1&quot;: %2 adalah &quot;%3&quot;, bukan true atau false</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: the endpoint is not valid (%2)</source>
        <translation>profil &quot;%1&quot;: endpoint tidak valid (%2)</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: SubAppId &quot;%2&quot; is not a number</source>
        <translation>profil &quot;%1&quot;: SubAppId &quot;%2&quot; bukan angka</translation>
    </message>
    <message>
        <source>%1, and it could not be moved aside to %2: nothing was changed</source>
        <translation>%1, dan tidak dapat dipindahkan ke %2: tidak ada yang diubah</translation>
    </message>
    <message>
        <source>%1: it was moved to %2 and a new file was started</source>
        <translation>%1: dipindahkan ke %2 dan berkas baru dimulai</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>Could not save the profiles: %1; %2 is unchanged</source>
        <translation>Tidak dapat menyimpan profil: %1; %2 tidak berubah</translation>
    </message>
    <message>
        <source>the write failed</source>
        <translation>penulisan gagal</translation>
    </message>
    <message>
        <source>the new file did not read back (%1)</source>
        <translation>berkas baru tidak terbaca kembali (%1)</translation>
    </message>
    <message>
        <source>profiles %1 instead of %2</source>
        <translation>profil %1 alih-alih %2</translation>
    </message>
    <message>
        <source>default &quot;%1&quot; instead of &quot;%2&quot;</source>
        <translation>bawaan &quot;%1&quot; alih-alih &quot;%2&quot;</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; did not read back as written</source>
        <translation>profil &quot;%1&quot; tidak terbaca kembali seperti yang ditulis</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Baru</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplikat</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Koneksi</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>&amp;Wilayah:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8708/</source>
        <translation>http://127.0.0.1:8708/</translation>
    </message>
    <message>
        <source>X-TC-&amp;Region:</source>
        <translation>X-TC-&amp;Region:</translation>
    </message>
    <message>
        <source>Optional: sent as X-TC-Region only when set</source>
        <translation>Opsional: dikirim sebagai X-TC-Region hanya jika diisi</translation>
    </message>
    <message>
        <source>&amp;SubAppId:</source>
        <translation>&amp;SubAppId:</translation>
    </message>
    <message>
        <source>Optional: digits only, e.g. 1500012345</source>
        <translation>Opsional: hanya angka, mis. 1500012345</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Bahas&amp;a:</translation>
    </message>
    <message>
        <source>The language of the service&apos;s error messages</source>
        <translation>Bahasa pesan galat dari layanan</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Kredensial</translation>
    </message>
    <message>
        <source>Secret&amp;Id:</source>
        <translation>Secret&amp;Id:</translation>
    </message>
    <message>
        <source>AKID…</source>
        <translation>AKID…</translation>
    </message>
    <message>
        <source>Secret&amp;Key:</source>
        <translation>Secret&amp;Key:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Show or hide the SecretKey</source>
        <translation>Tampilkan atau sembunyikan SecretKey</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>Only for temporary (STS) credentials</source>
        <translation>Hanya untuk kredensial sementara (STS)</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Tampilkan atau sembunyikan token</translation>
    </message>
    <message>
        <source>Keep secrets in a plain-text file instead of the system keychain (not recommended)</source>
        <translation>Simpan rahasia di berkas teks biasa, bukan di keychain sistem (tidak disarankan)</translation>
    </message>
    <message>
        <source>The SecretKey and token will be written unencrypted to a file only your user can read (mode 0600). Anyone with access to your account, or to its backups, can read them.</source>
        <translation>SecretKey dan token akan ditulis tanpa enkripsi ke berkas yang hanya dapat dibaca oleh pengguna Anda (mode 0600). Siapa pun yang punya akses ke akun Anda, atau ke cadangannya, dapat membacanya.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tes koneksi</translation>
    </message>
    <message>
        <source>Make one signed read request (DescribeTasks) with the values in the form</source>
        <translation>Kirim satu permintaan baca bertanda tangan (DescribeTasks) dengan nilai di formulir</translation>
    </message>
    <message>
        <source>Use a plain-text file</source>
        <translation>Gunakan berkas teks biasa</translation>
    </message>
    <message>
        <source>Make &amp;active</source>
        <translation>&amp;Jadikan aktif</translation>
    </message>
    <message>
        <source>Use this profile for new requests</source>
        <translation>Gunakan profil ini untuk permintaan baru</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Si&amp;mpan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Hapus profil</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and the secrets stored for it?</source>
        <translation>Hapus profil &quot;%1&quot; beserta rahasia yang tersimpan untuknya?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>The new profile is not saved. Discard it?</source>
        <translation>Profil baru belum disimpan. Buang profil ini?</translation>
    </message>
    <message>
        <source>The changes to &quot;%1&quot; are not saved. Discard them?</source>
        <translation>Perubahan pada &quot;%1&quot; belum disimpan. Buang perubahan tersebut?</translation>
    </message>
    <message>
        <source>Import from tccli</source>
        <translation>Impor dari tccli</translation>
    </message>
    <message>
        <source>Profile of the official CLI (~/.tccli):</source>
        <translation>Profil CLI resmi (~/.tccli):</translation>
    </message>
    <message>
        <source>No profiles yet: fill in the form and Save.</source>
        <translation>Belum ada profil: isi formulir lalu klik Simpan.</translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Profil baru</translation>
    </message>
    <message>
        <source>From environment variables</source>
        <translation>Dari variabel lingkungan</translation>
    </message>
    <message>
        <source>From the official CLI (tccli) profile…</source>
        <translation>Dari profil CLI resmi (tccli)…</translation>
    </message>
    <message>
        <source>From ~/.tencentcloud/credentials</source>
        <translation>Dari ~/.tencentcloud/credentials</translation>
    </message>
    <message>
        <source>Import ▾</source>
        <translation>Impor ▾</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Sembunyikan</translation>
    </message>
    <message>
        <source>Hide the %1</source>
        <translation>Sembunyikan %1</translation>
    </message>
    <message>
        <source>Show the %1</source>
        <translation>Tampilkan %1</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>%1 — local emulator (offline demo)</source>
        <translation>%1 — emulator lokal (demo luring)</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1 (aktif)</translation>
    </message>
    <message>
        <source>Offline demo: talks to the local emulator, nothing is sent to Tencent Cloud.</source>
        <translation>Demo luring: berkomunikasi dengan emulator lokal, tidak ada yang dikirim ke Tencent Cloud.</translation>
    </message>
    <message>
        <source>No active profile</source>
        <translation>Tidak ada profil aktif</translation>
    </message>
    <message>
        <source>Active: %1</source>
        <translation>Aktif: %1</translation>
    </message>
    <message>
        <source>No secret store is available for this profile.</source>
        <translation>Tidak ada penyimpanan rahasia yang tersedia untuk profil ini.</translation>
    </message>
    <message>
        <source>The secrets of &quot;%1&quot; could not be read: %2</source>
        <translation>Rahasia &quot;%1&quot; tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>this profile</source>
        <translation>profil ini</translation>
    </message>
    <message>
        <source>no secret store is available</source>
        <translation>tidak ada penyimpanan rahasia yang tersedia</translation>
    </message>
    <message>
        <source>Save the profile first</source>
        <translation>Simpan profil terlebih dahulu</translation>
    </message>
    <message>
        <source>A new profile: fill in the form and Save.</source>
        <translation>Profil baru: isi formulir lalu klik Simpan.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (salinan)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>A copy, not saved yet: rename it and Save.</source>
        <translation>Salinan belum disimpan: ganti namanya lalu klik Simpan.</translation>
    </message>
    <message>
        <source>The profile could not be deleted: %1</source>
        <translation>Profil tidak dapat dihapus: %1</translation>
    </message>
    <message>
        <source>No profiles left: fill in the form and Save.</source>
        <translation>Tidak ada profil tersisa: isi formulir lalu klik Simpan.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; dihapus.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <source>The secrets could not be stored: %1. Nothing was saved.</source>
        <translation>Rahasia tidak dapat disimpan: %1. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Profil tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;: %2.</source>
        <translation>&quot;%1&quot; disimpan: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now the active profile.</source>
        <translation>&quot;%1&quot; sekarang menjadi profil aktif.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Menguji…</translation>
    </message>
    <message>
        <source>TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not set in this program&apos;s environment.</source>
        <translation>TENCENTCLOUD_SECRET_ID dan TENCENTCLOUD_SECRET_KEY tidak ditetapkan di lingkungan program ini.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Lingkungan</translation>
    </message>
    <message>
        <source>Imported from the environment variables: review and Save.</source>
        <translation>Diimpor dari variabel lingkungan: periksa lalu klik Simpan.</translation>
    </message>
    <message>
        <source>No profiles of the official CLI were found in %1.</source>
        <translation>Tidak ditemukan profil CLI resmi di %1.</translation>
    </message>
    <message>
        <source>The tccli profile &quot;%1&quot; has no credentials.</source>
        <translation>Profil tccli &quot;%1&quot; tidak memiliki kredensial.</translation>
    </message>
    <message>
        <source>tccli %1</source>
        <translation>tccli %1</translation>
    </message>
    <message>
        <source>Imported from the tccli profile &quot;%1&quot;: review and Save.</source>
        <translation>Diimpor dari profil tccli &quot;%1&quot;: periksa lalu klik Simpan.</translation>
    </message>
    <message>
        <source>%1 has no [default] section.</source>
        <translation>%1 tidak memiliki bagian [default].</translation>
    </message>
    <message>
        <source>SDK credentials</source>
        <translation>Kredensial SDK</translation>
    </message>
    <message>
        <source>Imported from %1: review and Save.</source>
        <translation>Diimpor dari %1: periksa lalu klik Simpan.</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
    <message>
        <source>How this profile reaches the network: the system proxy settings, no proxy, or an HTTP or SOCKS5 proxy of its own</source>
        <translation>Cara profil ini terhubung ke jaringan: pengaturan proxy sistem, tanpa proxy, atau proxy HTTP atau SOCKS5 miliknya sendiri</translation>
    </message>
    <message>
        <source>Proxy &amp;host:</source>
        <translation>Host prox&amp;y:</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Proxy &amp;user:</source>
        <translation>Pen&amp;gguna proxy:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opsional</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>&amp;Kata sandi proxy:</translation>
    </message>
    <message>
        <source>Kept with the profile&apos;s secrets (the system keychain, or the plain-text file when chosen), never in the settings file</source>
        <translation>Disimpan bersama rahasia profil (keychain sistem, atau berkas teks biasa jika dipilih), tidak pernah di berkas pengaturan</translation>
    </message>
    <message>
        <source>The secrets could not be stored in the system keychain: %1. Nothing was saved. You can keep them in a plain-text file instead (not recommended): %2, a file readable and writable by you only (mode 0600), not encrypted.</source>
        <translation>Rahasia tidak dapat disimpan di keychain sistem: %1. Tidak ada yang disimpan. Anda dapat menyimpannya di berkas teks biasa sebagai gantinya (tidak disarankan): %2, berkas yang hanya dapat dibaca dan ditulis oleh Anda (mode 0600), tanpa enkripsi.</translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>the system proxy settings</source>
        <translation>pengaturan proxy sistem</translation>
    </message>
    <message>
        <source>no proxy</source>
        <translation>tanpa proxy</translation>
    </message>
    <message>
        <source>the HTTP proxy %1</source>
        <translation>proxy HTTP %1</translation>
    </message>
    <message>
        <source>the SOCKS5 proxy %1</source>
        <translation>proxy SOCKS5 %1</translation>
    </message>
    <message>
        <source>the proxy %1</source>
        <translation>proxy %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proxy: use system, none, http://HOST:PORT or socks5://HOST:PORT</source>
        <translation>&quot;%1&quot; bukan proxy: gunakan system, none, http://HOST:PORT, atau socks5://HOST:PORT</translation>
    </message>
    <message>
        <source>the proxy must be http://HOST:PORT or socks5://HOST:PORT (got the scheme &quot;%1&quot;)</source>
        <translation>proxy harus berupa http://HOST:PORT atau socks5://HOST:PORT (saat ini skemanya &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the proxy %1 needs a port, as in %2://%1:PORT</source>
        <translation>proxy %1 memerlukan port, misalnya %2://%1:PORT</translation>
    </message>
    <message>
        <source>the proxy password must not be part of the URL (other users could read it from the process list): give only the user name</source>
        <translation>kata sandi proxy tidak boleh menjadi bagian dari URL (pengguna lain dapat membacanya dari daftar proses): berikan nama pengguna saja</translation>
    </message>
    <message>
        <source>needs a host name</source>
        <translation>memerlukan nama host</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name</source>
        <translation>&quot;%1&quot; bukan nama host</translation>
    </message>
    <message>
        <source>needs a port from 1 to 65535</source>
        <translation>memerlukan port dari 1 sampai 65535</translation>
    </message>
    <message>
        <source>the user name must not contain &apos;:&apos;</source>
        <translation>nama pengguna tidak boleh berisi &apos;:&apos;</translation>
    </message>
</context>
<context>
    <name>RequestInspector</name>
    <message>
        <source>Request inspector</source>
        <translation>Pemeriksa permintaan</translation>
    </message>
    <message>
        <source>No request yet. Test a connection or submit a task, and the last request and its answer appear here, exactly as they crossed the wire (without secrets).</source>
        <translation>Belum ada permintaan. Tes koneksi atau kirim tugas, lalu permintaan terakhir beserta jawabannya muncul di sini, persis seperti yang dikirim lewat jaringan (tanpa rahasia).</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Permintaan</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Penandatanganan</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>Copy a shell snippet that signs this request itself from TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY and sends it with curl</source>
        <translation>Salin cuplikan shell yang menandatangani sendiri permintaan ini dari TENCENTCLOUD_SECRET_ID dan TENCENTCLOUD_SECRET_KEY lalu mengirimnya dengan curl</translation>
    </message>
    <message>
        <source>Copy as cURL</source>
        <translation>Salin sebagai cURL</translation>
    </message>
    <message>
        <source>Copy the same call as a command of the official Tencent Cloud CLI (tccli)</source>
        <translation>Salin panggilan yang sama sebagai perintah CLI resmi Tencent Cloud (tccli)</translation>
    </message>
    <message>
        <source>Copy as tccli command</source>
        <translation>Salin sebagai perintah tccli</translation>
    </message>
    <message>
        <source>%1: HTTP %2 in %3 ms</source>
        <translation>%1: HTTP %2 dalam %3 md</translation>
    </message>
    <message>
        <source>%1: no HTTP answer</source>
        <translation>%1: tidak ada jawaban HTTP</translation>
    </message>
    <message>
        <source>RequestId %1</source>
        <translation>RequestId %1</translation>
    </message>
    <message>
        <source>Copied. It reads TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY%1 from the environment.</source>
        <translation>Disalin. Perintah ini membaca TENCENTCLOUD_SECRET_ID dan TENCENTCLOUD_SECRET_KEY%1 dari variabel lingkungan.</translation>
    </message>
    <message>
        <source> and TENCENTCLOUD_TOKEN</source>
        <translation> serta TENCENTCLOUD_TOKEN</translation>
    </message>
    <message>
        <source>Copied. tccli uses its own configured credentials.</source>
        <translation>Disalin. tccli memakai kredensial yang dikonfigurasi sendiri.</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(badan kosong)</translation>
    </message>
    <message>
        <source>(%1 more bytes not shown)</source>
        <translation>(%1 bita lainnya tidak ditampilkan)</translation>
    </message>
    <message>
        <source>Canonical request:</source>
        <translation>Permintaan kanonis:</translation>
    </message>
    <message>
        <source>String to sign:</source>
        <translation>String yang ditandatangani:</translation>
    </message>
    <message>
        <source>The signature is an HMAC-SHA256 chain keyed by the SecretKey, which is never shown.</source>
        <translation>Tanda tangan adalah rantai HMAC-SHA256 dengan kunci SecretKey, yang tidak pernah ditampilkan.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>No HTTP status</source>
        <translation>Tidak ada status HTTP</translation>
    </message>
</context>
<context>
    <name>SafeFileName</name>
    <message>
        <source>refused to write &quot;%1&quot; in %2: not a plain file name</source>
        <translation>menolak menulis &quot;%1&quot; di %2: bukan nama berkas biasa</translation>
    </message>
    <message>
        <source>refused to write %1: it is a link that leads outside %2 (to %3)</source>
        <translation>menolak menulis %1: ini tautan yang mengarah ke luar %2 (ke %3)</translation>
    </message>
</context>
<context>
    <name>SdkCredentialsFile</name>
    <message>
        <source>line %1: a section header must look like [name]</source>
        <translation>baris %1: judul bagian harus berbentuk [name]</translation>
    </message>
    <message>
        <source>line %1: the section has no name</source>
        <translation>baris %1: bagian ini tidak memiliki nama</translation>
    </message>
    <message>
        <source>line %1: a key is missing before &apos;=&apos;</source>
        <translation>baris %1: kunci tidak ada sebelum &apos;=&apos;</translation>
    </message>
    <message>
        <source>line %1: expected key = value or [section]</source>
        <translation>baris %1: seharusnya key = value atau [section]</translation>
    </message>
    <message>
        <source>line %1: a key comes before any [section]</source>
        <translation>baris %1: ada kunci sebelum [section] mana pun</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: tidak dapat dibaca (%2)</translation>
    </message>
    <message>
        <source>%1: section [%2] has no secret_id</source>
        <translation>%1: bagian [%2] tidak memiliki secret_id</translation>
    </message>
    <message>
        <source>%1: section [%2] has no secret_key</source>
        <translation>%1: bagian [%2] tidak memiliki secret_key</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>bukan JSON yang valid (%1 pada karakter ke-%2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>bukan objek JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot; bukan string</translation>
    </message>
</context>
<context>
    <name>SignalChain</name>
    <message>
        <source>%1 holds no audio</source>
        <translation>%1 tidak memuat audio</translation>
    </message>
    <message>
        <source>%1 to %2 ms is past the end of the sound, which is %3 ms long</source>
        <translation>%1 sampai %2 md melewati akhir suara, yang panjangnya %3 md</translation>
    </message>
    <message>
        <source>the sound is %1 ms long; an export must be at least %2 ms</source>
        <translation>suara panjangnya %1 md; ekspor harus setidaknya %2 md</translation>
    </message>
    <message>
        <source>the fades (%1 ms in, %2 ms out) are longer together than the sound exported (%3 ms)</source>
        <translation>fade (%1 md masuk, %2 md keluar) bersama-sama lebih panjang dari suara yang diekspor (%3 md)</translation>
    </message>
    <message>
        <source>cannot read %1 up to the region&apos;s start: %2</source>
        <translation>tidak dapat membaca %1 sampai awal wilayah: %2</translation>
    </message>
    <message>
        <source>cannot resample from %1 to %2 Hz: %3</source>
        <translation>tidak dapat mencuplik ulang dari %1 ke %2 Hz: %3</translation>
    </message>
    <message>
        <source>cannot decode %1: %2</source>
        <translation>tidak dapat mendekode %1: %2</translation>
    </message>
    <message>
        <source>cannot resample %1: %2</source>
        <translation>tidak dapat mencuplik ulang %1: %2</translation>
    </message>
</context>
<context>
    <name>SndFile</name>
    <message>
        <source>the device took %1 of %2 bytes</source>
        <translation>perangkat menerima %1 dari %2 bita</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1 as audio: %2</source>
        <translation>tidak dapat membaca %1 sebagai audio: %2</translation>
    </message>
    <message>
        <source>libsndfile cannot write this format at %1 Hz with %2 channels</source>
        <translation>libsndfile tidak dapat menulis format ini pada %1 Hz dengan %2 kanal</translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <source>%1 failed in %2 %3: %4</source>
        <translation>%1 gagal di %2 %3: %4</translation>
    </message>
    <message>
        <source>%1 is not open</source>
        <translation>%1 tidak terbuka</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>memulai transaksi</translation>
    </message>
    <message>
        <source>committing a transaction</source>
        <translation>menyimpan (commit) transaksi</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for %2: %3</source>
        <translation>tidak dapat membuat folder %1 untuk %2: %3</translation>
    </message>
    <message>
        <source>%1 %2 is not a file</source>
        <translation>%1 %2 bukan berkas</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt (qsqlite) is not available</source>
        <translation>driver SQLite Qt (qsqlite) tidak tersedia</translation>
    </message>
    <message>
        <source>cannot open %1 %2: %3</source>
        <translation>tidak dapat membuka %1 %2: %3</translation>
    </message>
    <message>
        <source>cannot switch %1 %2 to WAL: %3</source>
        <translation>tidak dapat mengalihkan %1 %2 ke WAL: %3</translation>
    </message>
    <message>
        <source>cannot configure %1 %2 (%3): %4</source>
        <translation>tidak dapat mengonfigurasi %1 %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1 %2 is damaged or is not a SQLite database (%3). Move it aside to start anew.</source>
        <translation>%1 %2 rusak atau bukan basis data SQLite (%3). Pindahkan agar dapat mulai baru.</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more problem(s)</source>
        <translation>
            <numerusform>; dan %n masalah lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 is damaged (integrity check: %3). Move it aside to start anew.</source>
        <translation>%1 %2 rusak (pemeriksaan integritas: %3). Pindahkan agar dapat mulai baru.</translation>
    </message>
    <message>
        <source>cannot read the schema version of %1: %2</source>
        <translation>tidak dapat membaca versi skema %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 has schema version %3, written by a newer version of this program (this one knows up to %4)</source>
        <translation>%1 %2 memiliki versi skema %3, ditulis oleh versi program ini yang lebih baru (versi ini mengenal sampai %4)</translation>
    </message>
    <message>
        <source>migrating to schema version %1</source>
        <translation>bermigrasi ke versi skema %1</translation>
    </message>
    <message>
        <source>writing schema version %1</source>
        <translation>menulis versi skema %1</translation>
    </message>
</context>
<context>
    <name>TaskDetailsHtml</name>
    <message>
        <source>Select a task to see its details.</source>
        <translation>Pilih tugas untuk melihat detailnya.</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>Prompt negatif</translation>
    </message>
    <message>
        <source>Prompt enhancement</source>
        <translation>Penyempurnaan prompt</translation>
    </message>
    <message>
        <source>on</source>
        <translation>aktif</translation>
    </message>
    <message>
        <source>off</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Reference audio</source>
        <translation>Audio referensi</translation>
    </message>
    <message>
        <source>Reference video</source>
        <translation>Video referensi</translation>
    </message>
    <message>
        <source>Sent once uploaded</source>
        <translation>Dikirim setelah diunggah</translation>
    </message>
    <message>
        <source>TaskId</source>
        <translation>TaskId</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Dikirim</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Dimulai</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>%1 s, %2</source>
        <translation>%1 dtk, %2</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Apa yang terjadi</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Yang perlu dilakukan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Saved as</source>
        <translation>Disimpan di</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Belum disimpan</translation>
    </message>
    <message>
        <source>Link valid until</source>
        <translation>Tautan berlaku hingga</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
</context>
<context>
    <name>TaskFailure</name>
    <message>
        <source>Too many of the account&apos;s tasks were running at once, so this one did not run.</source>
        <translation>Terlalu banyak tugas akun yang berjalan bersamaan, jadi tugas ini tidak dijalankan.</translation>
    </message>
    <message>
        <source>Retry when some of your running tasks have finished.</source>
        <translation>Coba lagi setelah sebagian tugas yang berjalan selesai.</translation>
    </message>
    <message>
        <source>The prompt goes against the service&apos;s content-safety policy.</source>
        <translation>Prompt melanggar kebijakan keamanan konten layanan.</translation>
    </message>
    <message>
        <source>Reword the prompt, then generate again.</source>
        <translation>Ubah susunan kata prompt, lalu buat lagi.</translation>
    </message>
    <message>
        <source>A setting has a value the model does not accept.</source>
        <translation>Sebuah pengaturan memiliki nilai yang tidak diterima model.</translation>
    </message>
    <message>
        <source>Check the model version, duration, format and additional parameters, then generate again.</source>
        <translation>Periksa versi model, durasi, format dan parameter tambahan, lalu buat lagi.</translation>
    </message>
    <message>
        <source>The model&apos;s queue was full (model tasks piled up), so this task did not run.</source>
        <translation>Antrean model penuh (tugas model menumpuk), jadi tugas ini tidak dijalankan.</translation>
    </message>
    <message>
        <source>Retry in a few minutes.</source>
        <translation>Coba lagi dalam beberapa menit.</translation>
    </message>
    <message>
        <source>The service had an internal error.</source>
        <translation>Layanan mengalami galat internal.</translation>
    </message>
    <message>
        <source>Retry; if it happens again, export diagnostics (Help menu) and contact Tencent Cloud support.</source>
        <translation>Coba lagi; jika terjadi lagi, ekspor diagnostik (menu Bantuan) dan hubungi dukungan Tencent Cloud.</translation>
    </message>
    <message>
        <source>The request has a setting the service does not accept.</source>
        <translation>Permintaan memiliki pengaturan yang tidak diterima layanan.</translation>
    </message>
    <message>
        <source>Check the settings and reference files, then generate again.</source>
        <translation>Periksa pengaturan dan berkas referensi, lalu buat lagi.</translation>
    </message>
    <message>
        <source>A reference file is in a media format the model cannot read.</source>
        <translation>Sebuah berkas referensi memakai format media yang tidak dapat dibaca model.</translation>
    </message>
    <message>
        <source>Use a reference in a common format (WAV or MP3 audio, MP4 video), then generate again.</source>
        <translation>Gunakan referensi berformat umum (audio WAV atau MP3, video MP4), lalu buat lagi.</translation>
    </message>
    <message>
        <source>The prompt, a reference or the generated sound did not pass content moderation.</source>
        <translation>Prompt, referensi, atau suara yang dihasilkan tidak lolos moderasi konten.</translation>
    </message>
    <message>
        <source>Change the prompt or the reference files, then generate again.</source>
        <translation>Ubah prompt atau berkas referensi, lalu buat lagi.</translation>
    </message>
    <message>
        <source>The service did not have the resources to run the task.</source>
        <translation>Layanan tidak memiliki sumber daya untuk menjalankan tugas.</translation>
    </message>
    <message>
        <source>The model could not generate a sound for this request.</source>
        <translation>Model tidak dapat menghasilkan suara untuk permintaan ini.</translation>
    </message>
    <message>
        <source>Retry; if it fails again, reword the prompt or shorten the duration.</source>
        <translation>Coba lagi; jika gagal lagi, ubah susunan kata prompt atau perpendek durasi.</translation>
    </message>
    <message>
        <source>A reference file (its FileId or URL) could not be found.</source>
        <translation>Sebuah berkas referensi (FileId atau URL-nya) tidak ditemukan.</translation>
    </message>
    <message>
        <source>Check that the reference files still exist and are reachable, or add them again.</source>
        <translation>Periksa bahwa berkas referensi masih ada dan dapat dijangkau, atau tambahkan lagi.</translation>
    </message>
    <message>
        <source>The task was cancelled before it finished.</source>
        <translation>Tugas dibatalkan sebelum selesai.</translation>
    </message>
    <message>
        <source>Retry if you still want this sound.</source>
        <translation>Coba lagi jika Anda masih menginginkan suara ini.</translation>
    </message>
    <message>
        <source>The task took longer than the service allows.</source>
        <translation>Tugas berjalan lebih lama dari yang diizinkan layanan.</translation>
    </message>
    <message>
        <source>Retry; a shorter duration finishes sooner.</source>
        <translation>Coba lagi; durasi yang lebih pendek selesai lebih cepat.</translation>
    </message>
    <message>
        <source>The task finished without a sound and without an error code.</source>
        <translation>Tugas selesai tanpa suara dan tanpa kode galat.</translation>
    </message>
    <message>
        <source>Retry.</source>
        <translation>Coba lagi.</translation>
    </message>
    <message>
        <source>The task ended without a sound and without an error code.</source>
        <translation>Tugas berakhir tanpa suara dan tanpa kode galat.</translation>
    </message>
    <message>
        <source>The service reported the error code %1, which this version does not know.</source>
        <translation>Layanan melaporkan kode galat %1, yang tidak dikenal versi ini.</translation>
    </message>
    <message>
        <source>Retry once; if it fails again, check the message and the settings.</source>
        <translation>Coba lagi sekali; jika gagal lagi, periksa pesan dan pengaturan.</translation>
    </message>
    <message>
        <source>free to retry</source>
        <translation>aman dicoba lagi</translation>
    </message>
    <message>
        <source>change the input first</source>
        <translation>ubah masukan dulu</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
</context>
<context>
    <name>TaskListView</name>
    <message>
        <source>Default Columns</source>
        <translation>Kolom bawaan</translation>
    </message>
</context>
<context>
    <name>TaskMarksMenu</name>
    <message>
        <source>Marks</source>
        <translation>Tanda</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Peringkat</translation>
    </message>
    <message>
        <source>No Rating</source>
        <translation>Tanpa peringkat</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Edit Tags…</source>
        <translation>Sunting tag…</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Sunting tag</translation>
    </message>
    <message>
        <source>Tags, separated by commas (letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;):</source>
        <translation>Tag, dipisahkan koma (huruf, angka, &apos;-&apos;, &apos;_&apos; dan &apos;.&apos;):</translation>
    </message>
    <message>
        <source>Nothing was changed: %1.</source>
        <translation>Tidak ada yang diubah: %1.</translation>
    </message>
</context>
<context>
    <name>TaskRecord</name>
    <message>
        <source>Submitting</source>
        <translation>Mengirim</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Hasil tidak diketahui</translation>
    </message>
    <message>
        <source>Submission failed</source>
        <translation>Pengiriman gagal</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Diproses</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Gagal</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Unknown to the service</source>
        <translation>Tidak dikenal layanan</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>Belum diunduh</translation>
    </message>
    <message>
        <source>Download pending</source>
        <translation>Menunggu unduhan</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Mengunduh</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Sudah diunduh</translation>
    </message>
    <message>
        <source>Download failed</source>
        <translation>Unduhan gagal</translation>
    </message>
    <message>
        <source>Waiting for uploads</source>
        <translation>Menunggu unggahan</translation>
    </message>
    <message>
        <source>a tag may not be empty</source>
        <translation>tag tidak boleh kosong</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; is longer than %2 characters</source>
        <translation>tag &quot;%1&quot; lebih panjang dari %2 karakter</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; has &quot;%2&quot;: a tag is letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>tag &quot;%1&quot; memuat &quot;%2&quot;: tag terdiri dari huruf, angka, &apos;-&apos;, &apos;_&apos; dan &apos;.&apos;</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>Could not check %1: %2</source>
        <translation>Tidak dapat memeriksa %1: %2</translation>
    </message>
    <message>
        <source>The history database refused the task: %1</source>
        <translation>Basis data riwayat menolak tugas ini: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) older than the service&apos;s 3-day window never finished and are marked expired.</source>
        <translation>
            <numerusform>%n tugas yang melewati batas 3 hari layanan tidak pernah selesai dan ditandai kedaluwarsa.</numerusform>
        </translation>
    </message>
    <message>
        <source>the app stopped while sending this task</source>
        <translation>aplikasi berhenti saat mengirim tugas ini</translation>
    </message>
    <message>
        <source>No task matching &quot;%1&quot; was found on the service: it was probably not created. Use Retry to send it again.</source>
        <translation>Tidak ada tugas yang cocok dengan &quot;%1&quot; di layanan: kemungkinan tugas itu tidak dibuat. Gunakan Coba lagi untuk mengirimnya ulang.</translation>
    </message>
    <message>
        <source>Found the task that was sent without an answer: %1</source>
        <translation>Tugas yang terkirim tanpa jawaban ditemukan: %1</translation>
    </message>
    <message>
        <source>cancelled while its files were uploading; nothing was sent</source>
        <translation>dibatalkan saat berkasnya sedang diunggah; tidak ada yang dikirim</translation>
    </message>
    <message>
        <source>the upload of %1 is not known any more; add the file again</source>
        <translation>unggahan %1 sudah tidak dikenal lagi; tambahkan berkas itu lagi</translation>
    </message>
    <message>
        <source>%1 could not be uploaded: %2</source>
        <translation>%1 tidak dapat diunggah: %2</translation>
    </message>
    <message>
        <source>the upload stopped</source>
        <translation>unggahan berhenti</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Tidak ada yang dikirim: %1</translation>
    </message>
    <message>
        <source>a reference file has no FileId</source>
        <translation>sebuah berkas referensi tidak memiliki FileId</translation>
    </message>
    <message>
        <source>Could not look up the result %1: %2</source>
        <translation>Tidak dapat mencari hasil %1: %2</translation>
    </message>
    <message>
        <source>Local reference files need the upload state, which is not open: nothing was sent.</source>
        <translation>Berkas referensi lokal memerlukan status unggahan, yang tidak terbuka: tidak ada yang dikirim.</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>%1, saving…</source>
        <translation>%1, menyimpan…</translation>
    </message>
    <message>
        <source>%1, not saved</source>
        <translation>%1, belum disimpan</translation>
    </message>
    <message>
        <source>(reference only)</source>
        <translation>(hanya referensi)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durasi</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Galat</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
</context>
<context>
    <name>TccliProfiles</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: tidak dapat dibaca (%2)</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2 at character %3)</source>
        <translation>%1: bukan JSON yang valid (%2 pada karakter ke-%3)</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1: bukan objek JSON</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation>%1: &quot;%2&quot; harus berupa string</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tccli profile name</source>
        <translation>&quot;%1&quot; bukan nama profil tccli</translation>
    </message>
    <message>
        <source>%1: &quot;secretId&quot; is missing or empty</source>
        <translation>%1: &quot;secretId&quot; tidak ada atau kosong</translation>
    </message>
    <message>
        <source>%1: &quot;secretKey&quot; is missing or empty</source>
        <translation>%1: &quot;secretKey&quot; tidak ada atau kosong</translation>
    </message>
    <message>
        <source>%1: &quot;_sys_param&quot; must be an object</source>
        <translation>%1: &quot;_sys_param&quot; harus berupa objek</translation>
    </message>
    <message>
        <source>%1: &quot;vod&quot; must be an object</source>
        <translation>%1: &quot;vod&quot; harus berupa objek</translation>
    </message>
    <message>
        <source>%1: region &quot;%2&quot; is not a region name such as ap-singapore</source>
        <translation>%1: wilayah &quot;%2&quot; bukan nama wilayah seperti ap-singapore</translation>
    </message>
    <message>
        <source>%1: vod endpoint: %2</source>
        <translation>%1: endpoint vod: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid</source>
        <translation>&quot;%1&quot; tidak valid</translation>
    </message>
</context>
<context>
    <name>UploadItemWidget</name>
    <message>
        <source>Upload state</source>
        <translation>Status unggahan</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nama berkas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Stop uploading this file</source>
        <translation>Hentikan unggahan berkas ini</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Upload this file again</source>
        <translation>Unggah ulang berkas ini</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Kemajuan unggahan</translation>
    </message>
    <message>
        <source>Upload details</source>
        <translation>Detail unggahan</translation>
    </message>
    <message>
        <source>Starting the upload…</source>
        <translation>Memulai unggahan…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>sisa %1</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Mengunggah</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Dijeda</translation>
    </message>
    <message>
        <source>Paused: continues when the profile it was started with is active again</source>
        <translation>Dijeda: berlanjut setelah profil yang dipakai saat unggahan dimulai aktif kembali</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Sudah diunggah</translation>
    </message>
    <message>
        <source>Uploaded — FileId %1</source>
        <translation>Sudah diunggah — FileId %1</translation>
    </message>
    <message>
        <source>Not uploaded</source>
        <translation>Tidak terunggah</translation>
    </message>
    <message>
        <source>Not uploaded: %1</source>
        <translation>Tidak terunggah: %1</translation>
    </message>
</context>
<context>
    <name>UploadQueue</name>
    <message>
        <source>no profile is active: choose one in Profiles, then retry the upload</source>
        <translation>tidak ada profil aktif: pilih satu di menu Profil, lalu coba unggah lagi</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>replaced by a new upload</source>
        <translation>digantikan unggahan baru</translation>
    </message>
</context>
<context>
    <name>UploadStore</name>
    <message>
        <source>the upload state is not open</source>
        <translation>status unggahan belum dibuka</translation>
    </message>
    <message>
        <source>cannot record the upload: %1</source>
        <translation>tidak dapat mencatat unggahan: %1</translation>
    </message>
    <message>
        <source>cannot read the upload state: %1</source>
        <translation>tidak dapat membaca status unggahan: %1</translation>
    </message>
    <message>
        <source>the history database</source>
        <translation>basis data riwayat</translation>
    </message>
    <message>
        <source>writing the upload state</source>
        <translation>menulis status unggahan</translation>
    </message>
    <message>
        <source>reading the upload state</source>
        <translation>membaca status unggahan</translation>
    </message>
</context>
<context>
    <name>VodClient</name>
    <message>
        <source>TaskId: is required</source>
        <translation>TaskId: wajib diisi</translation>
    </message>
    <message>
        <source>DescribeMediaInfos takes 1 to %1 FileIds (got %2)</source>
        <translation>DescribeMediaInfos menerima 1 sampai %1 FileId (saat ini %2)</translation>
    </message>
</context>
<context>
    <name>VodJob</name>
    <message>
        <source>the client was destroyed</source>
        <translation>klien sudah ditutup</translation>
    </message>
    <message>
        <source>SecretId and SecretKey are required: choose a profile or set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY</source>
        <translation>SecretId dan SecretKey wajib ada: pilih profil atau tetapkan TENCENTCLOUD_SECRET_ID dan TENCENTCLOUD_SECRET_KEY</translation>
    </message>
    <message>
        <source>cancelled after the request was sent: the task may have been created</source>
        <translation>dibatalkan setelah permintaan terkirim: tugas mungkin sudah dibuat</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>tidak ada jawaban lengkap dalam %1 dtk</translation>
    </message>
    <message>
        <source>could not connect: %1</source>
        <translation>tidak dapat terhubung: %1</translation>
    </message>
    <message>
        <source>the server answered HTTP %1 %2%3</source>
        <translation>server menjawab HTTP %1 %2%3</translation>
    </message>
    <message>
        <source>the answer was cut off after %1 of %2 bytes</source>
        <translation>jawaban terpotong setelah %1 dari %2 bita</translation>
    </message>
    <message>
        <source>the connection failed: %1</source>
        <translation>koneksi gagal: %1</translation>
    </message>
    <message>
        <source>the answer ends in the middle of its JSON (%1 bytes)</source>
        <translation>jawaban berakhir di tengah JSON-nya (%1 bita)</translation>
    </message>
    <message>
        <source>the answer is not JSON (Content-Type %1): %2</source>
        <translation>jawaban bukan JSON (Content-Type %1): %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>empty body</source>
        <translation>badan kosong</translation>
    </message>
    <message>
        <source>the answer is JSON but has no &quot;Response&quot; object</source>
        <translation>jawaban berupa JSON tetapi tidak memiliki objek &quot;Response&quot;</translation>
    </message>
    <message>
        <source>the request was sent but no usable answer came back (%1); it was not sent again, so that no second task is billed</source>
        <translation>permintaan sudah terkirim tetapi tidak ada jawaban yang dapat dipakai (%1); permintaan tidak dikirim ulang agar tidak ada tugas kedua yang ditagih</translation>
    </message>
    <message>
        <source>the server&apos;s clock differs from this computer&apos;s by %1 s</source>
        <translation>jam server berbeda %1 dtk dari jam komputer ini</translation>
    </message>
    <message>
        <source>the TLS connection failed: %1</source>
        <translation>koneksi TLS gagal: %1</translation>
    </message>
    <message>
        <source>the service answered %1, which does not say whether the task was created; it was not sent again, so that no second task is billed</source>
        <translation>layanan menjawab %1, yang tidak menunjukkan apakah tugas sudah dibuat; permintaan tidak dikirim ulang agar tidak ada tugas kedua yang ditagih</translation>
    </message>
    <message>
        <source>the answer is larger than %1 MB, far more than any answer of this API: it was not read</source>
        <translation>jawaban lebih besar dari %1 MB, jauh melebihi jawaban mana pun dari API ini: tidak dibaca</translation>
    </message>
    <message>
        <source>the service answered without a TaskId; the task may have been created, so check the task list before generating again</source>
        <translation>layanan menjawab tanpa TaskId; tugas mungkin sudah dibuat, jadi periksa daftar tugas sebelum membuat lagi</translation>
    </message>
    <message>
        <source>the service described a task of another type (%1), not an AI audio task</source>
        <translation>layanan menjelaskan tugas jenis lain (%1), bukan tugas audio AI</translation>
    </message>
    <message>
        <source>the service&apos;s answer has no AigcAudioTask for %1</source>
        <translation>jawaban layanan tidak memiliki AigcAudioTask untuk %1</translation>
    </message>
    <message>
        <source>DescribeTaskDetail answered about task &quot;%1&quot; when asked about %2</source>
        <translation>DescribeTaskDetail menjawab tentang tugas &quot;%1&quot; padahal ditanya tentang %2</translation>
    </message>
</context>
<context>
    <name>WaveformLoader</name>
    <message>
        <source>Decoding stopped making progress.</source>
        <translation>Dekode macet dan tidak berlanjut.</translation>
    </message>
    <message>
        <source>The file %1 does not exist or cannot be read.</source>
        <translation>Berkas %1 tidak ada atau tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The file contains no audio.</source>
        <translation>Berkas tidak berisi audio.</translation>
    </message>
    <message>
        <source>The audio could not be decoded.</source>
        <translation>Audio tidak dapat didekode.</translation>
    </message>
</context>
<context>
    <name>WaveformWidget</name>
    <message>
        <source>Waveform</source>
        <translation>Bentuk gelombang</translation>
    </message>
    <message>
        <source>Waveform of the selected audio. Click or drag to seek; the Left and Right arrow keys skip five seconds.</source>
        <translation>Bentuk gelombang audio yang dipilih. Klik atau seret untuk melompat; tombol panah Kiri dan Kanan melompat lima detik.</translation>
    </message>
    <message>
        <source>Select a finished task to see its waveform</source>
        <translation>Pilih tugas yang sudah selesai untuk melihat bentuk gelombangnya</translation>
    </message>
</context>
</TS>
