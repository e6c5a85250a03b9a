<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>AutoBackup</name>
    <message>
        <source>Making the daily backup</source>
        <translation>Membuat cadangan harian</translation>
    </message>
    <message>
        <source>Making a backup before closing</source>
        <translation>Membuat cadangan sebelum menutup</translation>
    </message>
    <message>
        <source>The backup could not be made</source>
        <translation>Cadangan tidak dapat dibuat</translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <source>This program works on a server database. Backups of it are made on the server (for PostgreSQL with pg_dump), not here.</source>
        <translation>Program ini bekerja dengan database server. Cadangannya dibuat di server (untuk PostgreSQL dengan pg_dump), bukan di sini.</translation>
    </message>
    <message>
        <source>A backup is made when Sentra Desktop closes and once a day while it runs. The newest backup of each of the last 7 days, 4 weeks and 12 months is kept in %1. Copy one to a USB stick now and then, and keep it away from this PC.</source>
        <translation>Cadangan dibuat setiap kali Sentra Desktop ditutup dan sekali sehari selama program berjalan. Cadangan terbaru dari 7 hari, 4 minggu dan 12 bulan terakhir disimpan di %1. Sesekali salin satu cadangan ke flashdisk, dan simpan jauh dari PC ini.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Dibuat pada</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Cadangkan sekarang</translation>
    </message>
    <message>
        <source>Back up to a &amp;folder…</source>
        <translation>Cadangkan ke &amp;folder…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Pulihkan…</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Data saved before a restore</source>
        <translation>Data yang disimpan sebelum pemulihan</translation>
    </message>
    <message>
        <source>Making a backup</source>
        <translation>Membuat cadangan</translation>
    </message>
    <message>
        <source>Put back the backup made on %1?</source>
        <translation>Pulihkan cadangan yang dibuat pada %1?</translation>
    </message>
    <message>
        <source>Put back the backup %1?</source>
        <translation>Pulihkan cadangan %1?</translation>
    </message>
    <message>
        <source>Everything saved since it was made is replaced by what the backup holds. The current data is saved first (in the backups folder, as “before-restore”), so this can be undone.</source>
        <translation>Semua yang disimpan sejak cadangan itu dibuat diganti dengan isi cadangan. Data sekarang disimpan dulu (di folder cadangan, sebagai “before-restore”), jadi langkah ini bisa dibatalkan.</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Memulihkan cadangan</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Cadangan tersimpan: %1</translation>
    </message>
    <message>
        <source>The backup %1 is back in place.</source>
        <translation>Cadangan %1 sudah dipulihkan.</translation>
    </message>
    <message>
        <source>It was updated to this version of Sentra Desktop.</source>
        <translation>Cadangan itu sudah diperbarui ke versi Sentra Desktop ini.</translation>
    </message>
    <message>
        <source>The data it replaced was saved as %1.</source>
        <translation>Data yang digantikannya disimpan sebagai %1.</translation>
    </message>
    <message>
        <source>Back up to which folder?</source>
        <translation>Cadangkan ke folder mana?</translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation>Pulihkan cadangan yang mana?</translation>
    </message>
    <message>
        <source>Sentra Desktop backups (*.sqlite3);;All files (*)</source>
        <translation>Cadangan Sentra Desktop (*.sqlite3);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
</context>
<context>
    <name>CountLinesModel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Tercatat</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Dihitung</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
</context>
<context>
    <name>CountTab</name>
    <message>
        <source>Open &amp;count:</source>
        <translation>&amp;Opname terbuka:</translation>
    </message>
    <message>
        <source>&amp;Start count…</source>
        <translation>&amp;Mulai opname…</translation>
    </message>
    <message>
        <source>&amp;Post…</source>
        <translation>&amp;Posting…</translation>
    </message>
    <message>
        <source>Cance&amp;l count…</source>
        <translation>&amp;Batalkan opname…</translation>
    </message>
    <message>
        <source>code or name</source>
        <translation>kode atau nama</translation>
    </message>
    <message>
        <source>&amp;Find item:</source>
        <translation>&amp;Cari barang:</translation>
    </message>
    <message>
        <source>Enter saves and moves to the next item; empty clears the line. Up and Down move.</source>
        <translation>Enter menyimpan dan pindah ke barang berikutnya; kosong menghapus isian. Panah atas dan bawah untuk pindah.</translation>
    </message>
    <message>
        <source>all items</source>
        <translation>semua barang</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 of %4 counted</source>
        <translation>%1 · %2 · %3 dari %4 dihitung</translation>
    </message>
    <message>
        <source>No stock count is open. Start one with “Start count…”.</source>
        <translation>Belum ada stok opname yang terbuka. Mulai dengan “Mulai opname…”.</translation>
    </message>
    <message>
        <source>%1 of %2 items counted · %3 with a difference</source>
        <translation>%1 dari %2 barang dihitung · %3 ada selisih</translation>
    </message>
    <message>
        <source>Co&amp;unted:</source>
        <translation>&amp;Hasil hitung:</translation>
    </message>
    <message>
        <source>Co&amp;unted for %1 — %2:</source>
        <translation>&amp;Hasil hitung %1 — %2:</translation>
    </message>
    <message numerus="yes">
        <source>The count is posted: %n item(s) adjusted to what was counted.</source>
        <translation>
            <numerusform>Opname sudah diposting: %n barang disesuaikan dengan hasil hitung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel this stock count? The quantities typed so far are thrown away; stock does not change.</source>
        <translation>Batalkan stok opname ini? Jumlah yang sudah diketik dibuang; stok tidak berubah.</translation>
    </message>
    <message>
        <source>Cancel stock count</source>
        <translation>Batalkan stok opname</translation>
    </message>
</context>
<context>
    <name>DesignField</name>
    <message>
        <source>code or part of the name</source>
        <translation>kode atau sebagian nama</translation>
    </message>
</context>
<context>
    <name>DesignForm</name>
    <message>
        <source>New design</source>
        <translation>Desain baru</translation>
    </message>
    <message>
        <source>Edit design</source>
        <translation>Ubah desain</translation>
    </message>
    <message>
        <source>e.g. GK-AMP-01</source>
        <translation>mis. GK-AMP-01</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(pilih)</translation>
    </message>
    <message>
        <source>(no mould)</source>
        <translation>(tanpa cetakan)</translation>
    </message>
    <message>
        <source>pieces</source>
        <translation>buah</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>Product &amp;type</source>
        <translation>&amp;Jenis produk</translation>
    </message>
    <message>
        <source>&amp;Mould</source>
        <translation>&amp;Cetakan</translation>
    </message>
    <message>
        <source>Co&amp;lour</source>
        <translation>&amp;Warna</translation>
    </message>
    <message>
        <source>Si&amp;ze</source>
        <translation>&amp;Ukuran</translation>
    </message>
    <message>
        <source>Selling &amp;price (Rp)</source>
        <translation>&amp;Harga jual (Rp)</translation>
    </message>
    <message>
        <source>C&amp;ost (Rp)</source>
        <translation>&amp;Modal (Rp)</translation>
    </message>
    <message>
        <source>Low stock &amp;below</source>
        <translation>Stok menipis di &amp;bawah</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Introduced on</source>
        <translation>&amp;Tanggal mulai</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>C&amp;atatan</translation>
    </message>
    <message>
        <source>C&amp;hoose photo…</source>
        <translation>&amp;Pilih foto…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Hapus foto</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Belum ada foto</translation>
    </message>
    <message>
        <source>Not a picture</source>
        <translation>Bukan gambar</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Pilih foto</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;All files (*)</source>
        <translation>Gambar (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Saving design</source>
        <translation>Menyimpan desain</translation>
    </message>
</context>
<context>
    <name>DesignStatus</name>
    <message>
        <source>Prototype</source>
        <translation>Prototipe</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Dihentikan</translation>
    </message>
</context>
<context>
    <name>DesignsPage</name>
    <message>
        <source>Search code, name, colour or product type…</source>
        <translation>Cari kode, nama, warna atau jenis produk…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All product types</source>
        <translation>Semua jenis produk</translation>
    </message>
    <message>
        <source>&amp;New design</source>
        <translation>Desain &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Ubah</translation>
    </message>
    <message>
        <source>Reci&amp;pe…</source>
        <translation>&amp;Resep…</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>Hen&amp;tikan</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Jenis produk</translation>
    </message>
    <message>
        <source>Mould</source>
        <translation>Cetakan</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Modal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Designs</source>
        <translation>Desain</translation>
    </message>
    <message numerus="yes">
        <source>%n design(s)</source>
        <translation>
            <numerusform>%n desain</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire design %1? It stays in history and reports.</source>
        <translation>Hentikan desain %1? Desain ini tetap ada di riwayat dan laporan.</translation>
    </message>
    <message>
        <source>Retire design</source>
        <translation>Hentikan desain</translation>
    </message>
    <message>
        <source>Design %1 has production, stock or order history and cannot be deleted. Retire it instead?</source>
        <translation>Desain %1 punya riwayat produksi, stok atau pesanan, jadi tidak bisa dihapus. Hentikan saja?</translation>
    </message>
    <message>
        <source>Delete design</source>
        <translation>Hapus desain</translation>
    </message>
    <message>
        <source>Delete design %1 for good?</source>
        <translation>Hapus desain %1 untuk selamanya?</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Terjadi kesalahan.</translation>
    </message>
    <message>
        <source>Some fields need attention.</source>
        <translation>Beberapa isian perlu diperbaiki.</translation>
    </message>
    <message>
        <source>This field must be filled in.</source>
        <translation>Isian ini wajib diisi.</translation>
    </message>
    <message>
        <source>Too long: at most {max} characters.</source>
        <translation>Terlalu panjang: paling banyak {max} huruf.</translation>
    </message>
    <message>
        <source>“{value}” is already used by another record.</source>
        <translation>“{value}” sudah dipakai oleh data lain.</translation>
    </message>
    <message>
        <source>Type a number, for example 15.000.</source>
        <translation>Ketik angka, misalnya 15.000.</translation>
    </message>
    <message>
        <source>Rupiah must be a whole number, without cents.</source>
        <translation>Rupiah harus bilangan bulat, tanpa sen.</translation>
    </message>
    <message>
        <source>Must not be negative.</source>
        <translation>Tidak boleh negatif.</translation>
    </message>
    <message>
        <source>Must be more than zero.</source>
        <translation>Harus lebih dari nol.</translation>
    </message>
    <message>
        <source>Too large: at most {max}.</source>
        <translation>Terlalu besar: paling banyak {max}.</translation>
    </message>
    <message>
        <source>“{value}” is ambiguous: a comma marks decimals, so type {hint}.</source>
        <translation>“{value}” kurang jelas: koma menandai desimal, jadi ketik {hint}.</translation>
    </message>
    <message>
        <source>At most {places} digits after the comma.</source>
        <translation>Paling banyak {places} angka di belakang koma.</translation>
    </message>
    <message>
        <source>Type a date as 28/11/2026.</source>
        <translation>Ketik tanggal seperti 28/11/2026.</translation>
    </message>
    <message>
        <source>This file is not a picture the program can read.</source>
        <translation>Berkas ini bukan gambar yang bisa dibaca program.</translation>
    </message>
    <message>
        <source>The picture is too big (at most {max_mb} MB).</source>
        <translation>Gambar terlalu besar (paling besar {max_mb} MB).</translation>
    </message>
    <message>
        <source>Choose one of the offered values.</source>
        <translation>Pilih salah satu pilihan yang ada.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Data ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Someone else changed this record meanwhile. Close the form and open it again.</source>
        <translation>Data ini baru saja diubah orang lain. Tutup formulir, lalu buka lagi.</translation>
    </message>
    <message>
        <source>The data could not be saved: {detail}</source>
        <translation>Data tidak bisa disimpan: {detail}</translation>
    </message>
    <message>
        <source>The database could not be opened: {detail}</source>
        <translation>Basis data tidak bisa dibuka: {detail}</translation>
    </message>
    <message>
        <source>This database was made by a newer Sentra Desktop (schema {revision}). Install the newer version.</source>
        <translation>Basis data ini dibuat oleh Sentra Desktop yang lebih baru (skema {revision}). Pasang versi yang lebih baru.</translation>
    </message>
    <message>
        <source>This record has history and cannot be deleted; retire it instead.</source>
        <translation>Data ini punya riwayat dan tidak bisa dihapus; hentikan saja.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces, + and -.</source>
        <translation>Nomor telepon hanya berisi angka, spasi, + dan -.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Ini bukan alamat email.</translation>
    </message>
    <message>
        <source>A code has only letters, digits, - and _ (no spaces).</source>
        <translation>Kode hanya berisi huruf, angka, - dan _ (tanpa spasi).</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Tanggal akhir lebih awal dari tanggal mulai.</translation>
    </message>
    <message>
        <source>The database already holds data; demo data goes only into an empty database.</source>
        <translation>Basis data ini sudah berisi data; data contoh hanya bisa dimasukkan ke basis data yang kosong.</translation>
    </message>
    <message>
        <source>Type a whole number, for example 4.</source>
        <translation>Ketik bilangan bulat, misalnya 4.</translation>
    </message>
    <message>
        <source>{maker} already has an entry for {design} on {date}. Save another one anyway?</source>
        <translation>{maker} sudah punya catatan untuk {design} pada {date}. Tetap simpan satu lagi?</translation>
    </message>
    <message>
        <source>{value} is in the future; only what has already happened can be entered.</source>
        <translation>{value} ada di masa depan; hanya yang sudah terjadi yang bisa dicatat.</translation>
    </message>
    <message>
        <source>No design has the code “{value}”.</source>
        <translation>Tidak ada desain dengan kode “{value}”.</translation>
    </message>
    <message>
        <source>Design {value} is retired; new entries cannot use it.</source>
        <translation>Desain {value} sudah tidak diproduksi; catatan baru tidak bisa memakainya.</translation>
    </message>
    <message>
        <source>Enter good pieces, rejects, or both.</source>
        <translation>Isi jumlah bagus, reject, atau keduanya.</translation>
    </message>
    <message>
        <source>This material is no longer in use.</source>
        <translation>Bahan ini sudah tidak dipakai.</translation>
    </message>
    <message>
        <source>This material is already in the recipe.</source>
        <translation>Bahan ini sudah ada di resep.</translation>
    </message>
    <message>
        <source>This record was already cancelled.</source>
        <translation>Catatan ini sudah dibatalkan.</translation>
    </message>
    <message>
        <source>This stock count is already posted or cancelled.</source>
        <translation>Opname ini sudah diposting atau dibatalkan.</translation>
    </message>
    <message>
        <source>No counted quantity has been entered yet.</source>
        <translation>Belum ada jumlah hasil hitung yang diisi.</translation>
    </message>
    <message>
        <source>The unit cannot change once the material has moved in stock; add a new material instead.</source>
        <translation>Satuan tidak bisa diubah setelah bahan pernah keluar-masuk stok; tambahkan bahan baru saja.</translation>
    </message>
    <message>
        <source>The database file is damaged ({detail}).</source>
        <translation>Berkas database rusak ({detail}).</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was written. Free some space on the disk, then try again.</source>
        <translation>Disk penuh, jadi tidak ada yang disimpan. Kosongkan sebagian ruang di disk, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The folder or disk is read-only, so nothing was written. Use a folder this PC may write to (a USB stick may have its write protection on).</source>
        <translation>Folder atau disk hanya bisa dibaca, jadi tidak ada yang disimpan. Pakai folder yang boleh ditulisi PC ini (mungkin pengaman tulis flashdisk sedang aktif).</translation>
    </message>
    <message>
        <source>The disk reported an error, so nothing was written ({detail}). It may be full, removed or failing; check it, then try again.</source>
        <translation>Disk melaporkan kesalahan, jadi tidak ada yang disimpan ({detail}). Disk mungkin penuh, tercabut atau rusak; periksa, lalu coba lagi.</translation>
    </message>
    <message>
        <source>This data is already open in Sentra Desktop, by {user} on {pc} since {since}. Only one copy may work on it at a time: use that one, or close it first.</source>
        <translation>Data ini sedang dibuka di Sentra Desktop oleh {user} di {pc} sejak {since}. Hanya satu program yang boleh memakainya dalam satu waktu: pakai yang itu, atau tutup dulu.</translation>
    </message>
    <message>
        <source>The data folder {path} is on a network share ({kind}). The database file cannot be shared safely over a network: keep the data folder on this PC&apos;s own disk, or use server mode (--db-url postgresql+psycopg://…) to work on one set of data from several PCs.</source>
        <translation>Folder data {path} ada di folder jaringan ({kind}). Berkas database tidak aman dipakai bersama lewat jaringan: simpan folder data di disk PC ini sendiri, atau pakai mode server (--db-url postgresql+psycopg://…) agar beberapa PC bekerja pada data yang sama.</translation>
    </message>
    <message>
        <source>The lock file {path} could not be written: {detail}</source>
        <translation>Berkas kunci {path} tidak dapat ditulis: {detail}</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Tidak ada database di {path}.</translation>
    </message>
    <message>
        <source>The backup in {folder} could not be made: {detail}</source>
        <translation>Cadangan di {folder} tidak dapat dibuat: {detail}</translation>
    </message>
    <message>
        <source>{file} is not a Sentra Desktop backup.</source>
        <translation>{file} bukan cadangan Sentra Desktop.</translation>
    </message>
    <message>
        <source>The backup {file} is damaged and cannot be restored ({detail}).</source>
        <translation>Cadangan {file} rusak dan tidak dapat dipulihkan ({detail}).</translation>
    </message>
    <message>
        <source>The backup {file} was made by a newer Sentra Desktop (schema {revision}). Install the newer version to restore it.</source>
        <translation>Cadangan {file} dibuat oleh Sentra Desktop yang lebih baru (skema {revision}). Pasang versi yang lebih baru untuk memulihkannya.</translation>
    </message>
    <message>
        <source>The restored data could not be updated: {detail}</source>
        <translation>Data yang dipulihkan tidak dapat diperbarui: {detail}</translation>
    </message>
    <message>
        <source>Backups here are of the database file on this PC; a server database is backed up on the server.</source>
        <translation>Cadangan di sini adalah untuk berkas database di PC ini; database server dicadangkan di server.</translation>
    </message>
    <message>
        <source>Sentra Desktop</source>
        <translation>Sentra Desktop</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Tampilkan</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Barang:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Sampai:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mutasi</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>%1 · %2 · unit: %3 · on hand now: %4</source>
        <translation>%1 · %2 · satuan: %3 · stok sekarang: %4</translation>
    </message>
    <message>
        <source>Opening balance %1: %2</source>
        <translation>Saldo awal %1: %2</translation>
    </message>
    <message>
        <source>Closing balance %1: %2</source>
        <translation>Saldo akhir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s) · in %1 · out %2</source>
        <translation>
            <numerusform>%n mutasi · masuk %1 · keluar %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Type an item&apos;s code or name above and press Enter.</source>
        <translation>Ketik kode atau nama barang di atas, lalu tekan Enter.</translation>
    </message>
</context>
<context>
    <name>ItemField</name>
    <message>
        <source>code or part of the name</source>
        <translation>kode atau sebagian nama</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>The language of the screens and printed sheets on this PC. A new choice is saved at once and takes effect after you restart Sentra Desktop.</source>
        <translation>Bahasa untuk layar dan lembar cetak di komputer ini. Pilihan baru langsung disimpan dan berlaku setelah Sentra Desktop dibuka ulang.</translation>
    </message>
    <message>
        <source>Saved. This is the language in use now.</source>
        <translation>Tersimpan. Bahasa ini yang sedang dipakai.</translation>
    </message>
    <message>
        <source>Saved. Restart Sentra Desktop to see it in %1.</source>
        <translation>Tersimpan. Buka ulang Sentra Desktop untuk memakai %1.</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <source>All items</source>
        <translation>Semua barang</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Bahan baku</translation>
    </message>
    <message>
        <source>All movements</source>
        <translation>Semua mutasi</translation>
    </message>
    <message>
        <source>&amp;Items:</source>
        <translation>&amp;Barang:</translation>
    </message>
    <message>
        <source>&amp;Movement:</source>
        <translation>&amp;Mutasi:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Sampai:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Mutasi</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Newest first (click the Date heading to turn round) · Enter: stock card</source>
        <translation>Terbaru di atas (klik judul Tanggal untuk membalik) · Enter: kartu stok</translation>
    </message>
    <message numerus="yes">
        <source>%n movement(s)</source>
        <translation>
            <numerusform>%n mutasi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produksi</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Designs</source>
        <translation>Desain</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Pembeli</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;About Sentra Desktop</source>
        <translation>&amp;Tentang Sentra Desktop</translation>
    </message>
    <message>
        <source>About Sentra Desktop</source>
        <translation>Tentang Sentra Desktop</translation>
    </message>
    <message>
        <source>%1 %2
Record keeping for a small-industry production centre.
Database: %3</source>
        <translation>%1 %2
Pencatatan untuk sentra industri kecil.
Basis data: %3</translation>
    </message>
    <message>
        <source>Add operator…</source>
        <translation>Tambah operator…</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>Tambah operator</translation>
    </message>
    <message>
        <source>Operator name:</source>
        <translation>Nama operator:</translation>
    </message>
    <message>
        <source>Show stock</source>
        <translation>Lihat stok</translation>
    </message>
    <message>
        <source>Database check</source>
        <translation>Pemeriksaan data</translation>
    </message>
    <message>
        <source>The database check found problems:
%1</source>
        <translation>Pemeriksaan data menemukan masalah:
%1</translation>
    </message>
    <message>
        <source>Low stock: %1</source>
        <translation>Stok menipis: %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>dan %1 lainnya</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Memeriksa data</translation>
    </message>
</context>
<context>
    <name>MakerDialog</name>
    <message>
        <source>New maker</source>
        <translation>Pengrajin baru</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Pengrajin</translation>
    </message>
    <message>
        <source>(none: works for the sentra)</source>
        <translation>(tidak ada: bekerja untuk sentra)</translation>
    </message>
    <message>
        <source>Still producing (shown in new entries)</source>
        <translation>Masih berproduksi (muncul di isian baru)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Member business:</source>
        <translation>&amp;Usaha anggota:</translation>
    </message>
    <message>
        <source>&amp;Phone / WhatsApp:</source>
        <translation>&amp;Telepon / WhatsApp:</translation>
    </message>
    <message>
        <source>Ac&amp;tive:</source>
        <translation>&amp;Aktif:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>&amp;Catatan:</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
    <message>
        <source>New material</source>
        <translation>Bahan baku baru</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Bahan baku</translation>
    </message>
    <message>
        <source>for example LTX or PGM-MRH</source>
        <translation>misalnya LTX atau PGM-MRH</translation>
    </message>
    <message>
        <source>(choose a unit)</source>
        <translation>(pilih satuan)</translation>
    </message>
    <message>
        <source>Type decimals with a comma: 1,5. Zero means no low-stock alert.</source>
        <translation>Ketik desimal dengan koma: 1,5. Nol berarti tanpa peringatan stok menipis.</translation>
    </message>
    <message>
        <source>In use (offered in recipes and receipts)</source>
        <translation>Dipakai (muncul di resep dan penerimaan)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Satuan:</translation>
    </message>
    <message>
        <source>&amp;Low-stock level:</source>
        <translation>&amp;Batas stok menipis:</translation>
    </message>
    <message>
        <source>Usual &amp;supplier:</source>
        <translation>&amp;Pemasok biasa:</translation>
    </message>
    <message>
        <source>Ac&amp;tive:</source>
        <translation>&amp;Aktif:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>The unit cannot change once the material has moved in stock.</source>
        <translation>Satuan tidak bisa diubah setelah bahan ini pernah keluar-masuk stok.</translation>
    </message>
</context>
<context>
    <name>MaterialUnit</name>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>litre</source>
        <translation>liter</translation>
    </message>
    <message>
        <source>metre</source>
        <translation>meter</translation>
    </message>
    <message>
        <source>piece</source>
        <translation>buah</translation>
    </message>
</context>
<context>
    <name>MaterialsTab</name>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Tidak aktif</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Low-stock level</source>
        <translation>Batas menipis</translation>
    </message>
    <message>
        <source>Usual supplier</source>
        <translation>Pemasok biasa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>New member business</source>
        <translation>Usaha anggota baru</translation>
    </message>
    <message>
        <source>Member business</source>
        <translation>Usaha anggota</translation>
    </message>
    <message>
        <source>Still a member (shown in new entries)</source>
        <translation>Masih anggota (muncul di isian baru)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Pemilik:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;lamat:</translation>
    </message>
    <message>
        <source>&amp;Phone / WhatsApp:</source>
        <translation>&amp;Telepon / WhatsApp:</translation>
    </message>
    <message>
        <source>Ac&amp;tive:</source>
        <translation>&amp;Aktif:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>&amp;Catatan:</translation>
    </message>
</context>
<context>
    <name>MouldDialog</name>
    <message>
        <source>New mould</source>
        <translation>Cetakan baru</translation>
    </message>
    <message>
        <source>Mould</source>
        <translation>Cetakan</translation>
    </message>
    <message>
        <source>(any product type)</source>
        <translation>(semua jenis produk)</translation>
    </message>
    <message>
        <source>How many pieces one casting gives</source>
        <translation>Berapa buah hasil sekali cetak</translation>
    </message>
    <message>
        <source>Leave empty when not known</source>
        <translation>Kosongkan bila tidak tahu</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Kosongkan</translation>
    </message>
    <message>
        <source>Not known: leave the date empty</source>
        <translation>Tidak tahu: biarkan tanggal kosong</translation>
    </message>
    <message>
        <source>In use (offered for new designs)</source>
        <translation>Masih dipakai (muncul untuk desain baru)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Product type:</source>
        <translation>&amp;Jenis produk:</translation>
    </message>
    <message>
        <source>Ca&amp;vities:</source>
        <translation>Jumlah &amp;rongga:</translation>
    </message>
    <message>
        <source>Ac&amp;quired on:</source>
        <translation>Tanggal &amp;diperoleh:</translation>
    </message>
    <message>
        <source>Ac&amp;tive:</source>
        <translation>&amp;Aktif:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>&amp;Catatan:</translation>
    </message>
</context>
<context>
    <name>MovementKind</name>
    <message>
        <source>Receipt</source>
        <translation>Penerimaan</translation>
    </message>
    <message>
        <source>Production in</source>
        <translation>Produksi masuk</translation>
    </message>
    <message>
        <source>Production use</source>
        <translation>Pemakaian produksi</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>Count adjustment</source>
        <translation>Penyesuaian opname</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>Pembatalan</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <source>New operator</source>
        <translation>Operator baru</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Shown in the operator list</source>
        <translation>Muncul di daftar operator</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Ac&amp;tive:</source>
        <translation>&amp;Aktif:</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Search code or name…</source>
        <translation>Cari kode atau nama…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Semua barang</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Bahan baku</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tampilkan:</translation>
    </message>
    <message>
        <source>&amp;Low stock only</source>
        <translation>&amp;Hanya stok menipis</translation>
    </message>
    <message>
        <source>Orange bold: below its low-stock level · red: below zero · Enter: stock card</source>
        <translation>Oranye tebal: di bawah batas stok menipis · merah: di bawah nol · Enter: kartu stok</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Jenis produk</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Low-stock level</source>
        <translation>Batas menipis</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n barang</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This area is not available yet. It will come in a later version of Sentra Desktop; until then nothing here is recorded.</source>
        <translation>Bagian ini belum tersedia. Bagian ini akan hadir di versi Sentra Desktop berikutnya; sampai saat itu belum ada yang dicatat di sini.</translation>
    </message>
</context>
<context>
    <name>PostCountDialog</name>
    <message>
        <source>Post stock count</source>
        <translation>Posting stok opname</translation>
    </message>
    <message>
        <source>%1 of %2 items counted, %3 with a difference. Posting sets the stock of every counted item to the quantity counted; items left empty do not change. This cannot be undone.</source>
        <translation>%1 dari %2 barang dihitung, %3 ada selisih. Posting membuat stok setiap barang yang dihitung sama dengan hasil hitungnya; barang yang dibiarkan kosong tidak berubah. Ini tidak bisa dibatalkan.</translation>
    </message>
    <message>
        <source>for example: monthly count, spoiled latex thrown away</source>
        <translation>misalnya: opname bulanan, lateks rusak dibuang</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <source>&amp;Post</source>
        <translation>&amp;Posting</translation>
    </message>
</context>
<context>
    <name>ProductTypeDialog</name>
    <message>
        <source>New product type</source>
        <translation>Jenis produk baru</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Jenis produk</translation>
    </message>
    <message>
        <source>Offered for new designs</source>
        <translation>Muncul untuk desain baru</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Ac&amp;tive:</source>
        <translation>&amp;Aktif:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>&amp;Catatan:</translation>
    </message>
</context>
<context>
    <name>ProductionEditDialog</name>
    <message>
        <source>Edit production entry</source>
        <translation>Ubah catatan produksi</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>Desi&amp;gn</source>
        <translation>&amp;Desain</translation>
    </message>
    <message>
        <source>&amp;Maker</source>
        <translation>&amp;Pengrajin</translation>
    </message>
    <message>
        <source>G&amp;ood</source>
        <translation>&amp;Bagus</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>&amp;Catatan</translation>
    </message>
</context>
<context>
    <name>ProductionPage</name>
    <message>
        <source>Possible duplicate</source>
        <translation>Mungkin tercatat dua kali</translation>
    </message>
    <message>
        <source>(choose maker)</source>
        <translation>(pilih pengrajin)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>&amp;Maker</source>
        <translation>&amp;Pengrajin</translation>
    </message>
    <message>
        <source>Desi&amp;gn</source>
        <translation>&amp;Desain</translation>
    </message>
    <message>
        <source>G&amp;ood</source>
        <translation>&amp;Bagus</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <source>No&amp;te</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>&amp;Undo (Ctrl+Z)</source>
        <translation>Uru&amp;ngkan (Ctrl+Z)</translation>
    </message>
    <message>
        <source>All designs</source>
        <translation>Semua desain</translation>
    </message>
    <message>
        <source>All product types</source>
        <translation>Semua jenis produk</translation>
    </message>
    <message>
        <source>All makers</source>
        <translation>Semua pengrajin</translation>
    </message>
    <message>
        <source>Search design or maker…</source>
        <translation>Cari desain atau pengrajin…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Ubah</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Desain</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Jenis produk</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Pengrajin</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bagus</translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Daily production</source>
        <translation>Produksi harian</translation>
    </message>
    <message>
        <source>Production list</source>
        <translation>Daftar produksi</translation>
    </message>
    <message>
        <source>%1 entries · good %2 · rejects %3 · reject rate %4%</source>
        <translation>%1 catatan · bagus %2 · reject %3 · tingkat reject %4%</translation>
    </message>
    <message>
        <source>Save it anyway?</source>
        <translation>Tetap simpan?</translation>
    </message>
    <message>
        <source>Saved: %1 %2 — %3 good, %4 rejects.</source>
        <translation>Tersimpan: %1 %2 — %3 bagus, %4 reject.</translation>
    </message>
    <message>
        <source>Warning: stock of %1 is now below zero.</source>
        <translation>Perhatian: stok %1 sekarang di bawah nol.</translation>
    </message>
    <message>
        <source>Undone: the entry for %1 was removed and its stock movements reversed.</source>
        <translation>Diurungkan: catatan untuk %1 dihapus dan mutasi stoknya dibalik.</translation>
    </message>
    <message>
        <source>Delete the entry of %1 on %2? Its stock movements are reversed.</source>
        <translation>Hapus catatan %1 pada %2? Mutasi stoknya akan dibalik.</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Hapus catatan</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>e.g. Sentra Souvenir Karet Talang Kedondong</source>
        <translation>mis. Sentra Souvenir Karet Talang Kedondong</translation>
    </message>
    <message>
        <source>C&amp;hoose picture…</source>
        <translation>&amp;Pilih gambar…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Printed at the top of every sheet. PNG or JPEG; it is resized for you.</source>
        <translation>Dicetak di bagian atas setiap lembar. PNG atau JPEG; ukurannya disesuaikan otomatis.</translation>
    </message>
    <message>
        <source>Sentra &amp;name:</source>
        <translation>&amp;Nama sentra:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Kota:</translation>
    </message>
    <message>
        <source>P&amp;rovince:</source>
        <translation>P&amp;rovinsi:</translation>
    </message>
    <message>
        <source>&amp;Phone / WhatsApp:</source>
        <translation>&amp;Telepon / WhatsApp:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E&amp;mail:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>The sentra&apos;s name and address are printed on order sheets, delivery notes and reports.</source>
        <translation>Nama dan alamat sentra dicetak di lembar pesanan, surat jalan dan laporan.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Belum ada logo</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Tidak ada pratinjau</translation>
    </message>
    <message>
        <source>Choose the sentra&apos;s logo</source>
        <translation>Pilih logo sentra</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.bmp *.gif);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Copying the database…</source>
        <translation>Menyalin database…</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Memeriksa cadangan…</translation>
    </message>
    <message>
        <source>Saving the current data first…</source>
        <translation>Menyimpan data sekarang lebih dulu…</translation>
    </message>
    <message>
        <source>Putting the backup in place…</source>
        <translation>Memasang cadangan…</translation>
    </message>
    <message>
        <source>Updating the data to this version…</source>
        <translation>Memperbarui data ke versi ini…</translation>
    </message>
    <message>
        <source>Looking for a good backup…</source>
        <translation>Mencari cadangan yang baik…</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receive material</source>
        <translation>Terima bahan</translation>
    </message>
    <message>
        <source>(choose a material)</source>
        <translation>(pilih bahan)</translation>
    </message>
    <message>
        <source>empty: the material&apos;s usual supplier</source>
        <translation>kosong: pemasok biasa bahan ini</translation>
    </message>
    <message>
        <source>Type decimals with a comma: 12,5.</source>
        <translation>Ketik desimal dengan koma: 12,5.</translation>
    </message>
    <message>
        <source>&amp;Date received:</source>
        <translation>&amp;Tanggal terima:</translation>
    </message>
    <message>
        <source>&amp;Material:</source>
        <translation>&amp;Bahan:</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>&amp;Pemasok:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Jumlah:</translation>
    </message>
    <message>
        <source>Total &amp;price (Rp):</source>
        <translation>&amp;Harga total (Rp):</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>&amp;Receive</source>
        <translation>Te&amp;rima</translation>
    </message>
</context>
<context>
    <name>ReceiptsTab</name>
    <message>
        <source>Search material, supplier or note…</source>
        <translation>Cari bahan, pemasok atau catatan…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Sampai:</translation>
    </message>
    <message>
        <source>Show &amp;voided</source>
        <translation>Tampilkan yang di&amp;batalkan</translation>
    </message>
    <message>
        <source>&amp;Receive material…</source>
        <translation>&amp;Terima bahan…</translation>
    </message>
    <message>
        <source>&amp;Void receipt…</source>
        <translation>Batalkan &amp;penerimaan…</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Bahan</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Pemasok</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>Harga total</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n penerimaan</numerusform>
        </translation>
    </message>
    <message>
        <source>Void the receipt of %1 %2 of %3 on %4? Its quantity is taken back out of stock.</source>
        <translation>Batalkan penerimaan %1 %2 %3 tanggal %4? Jumlahnya dikeluarkan lagi dari stok.</translation>
    </message>
    <message>
        <source>Void receipt</source>
        <translation>Batalkan penerimaan</translation>
    </message>
</context>
<context>
    <name>RecipeDialog</name>
    <message>
        <source>Recipe of %1</source>
        <translation>Resep %1</translation>
    </message>
    <message>
        <source>Material for one piece. Each production entry takes it out of stock for good and reject pieces; a change here applies to entries saved from now on.</source>
        <translation>Bahan untuk satu buah. Setiap catatan produksi mengambilnya dari stok untuk barang bagus dan reject; perubahan di sini berlaku untuk catatan yang disimpan mulai sekarang.</translation>
    </message>
    <message>
        <source>No materials yet: add the first one.</source>
        <translation>Belum ada bahan: tambahkan yang pertama.</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Bahan</translation>
    </message>
    <message>
        <source>Quantity per piece</source>
        <translation>Jumlah per buah</translation>
    </message>
    <message>
        <source>&amp;Add material</source>
        <translation>&amp;Tambah bahan</translation>
    </message>
</context>
<context>
    <name>RecipeLine</name>
    <message>
        <source>(choose a material)</source>
        <translation>(pilih bahan)</translation>
    </message>
    <message>
        <source>Remove this material from the recipe</source>
        <translation>Hapus bahan ini dari resep</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>%1 per piece</source>
        <translation>%1 per buah</translation>
    </message>
</context>
<context>
    <name>RecordListTab</name>
    <message>
        <source>Type to search…</source>
        <translation>Ketik untuk mencari…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>Show &amp;inactive</source>
        <translation>&amp;Tampilkan yang nonaktif</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Baru…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n data</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktifkan</translation>
    </message>
    <message>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>Hapus “%1”? Ini tidak bisa dibatalkan.</translation>
    </message>
    <message>
        <source>“%1” is already used in other records, so it cannot be deleted. Deactivate it instead? It then no longer appears in new entries, and its history stays.</source>
        <translation>“%1” sudah dipakai di data lain, jadi tidak bisa dihapus. Nonaktifkan saja? Setelah itu “%1” tidak muncul lagi di isian baru, dan riwayatnya tetap ada.</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Mohon dipastikan</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>The database file is damaged. This can happen after a power cut or a failing disk.

%1</source>
        <translation>Berkas database rusak. Ini bisa terjadi setelah listrik padam atau disk bermasalah.

%1</translation>
    </message>
    <message>
        <source>There is no good backup to put back. Do not type new data: copy the folder %1 to a USB stick and ask for help.</source>
        <translation>Tidak ada cadangan baik yang bisa dipulihkan. Jangan mengetik data baru: salin folder %1 ke flashdisk dan minta bantuan.</translation>
    </message>
    <message>
        <source>Sentra Desktop can put back the newest good backup, made on %1. Whatever was saved after that moment will have to be entered again. The damaged file is kept in the backups folder.</source>
        <translation>Sentra Desktop bisa memulihkan cadangan baik terbaru, yang dibuat pada %1. Apa pun yang disimpan setelah saat itu harus dimasukkan lagi. Berkas yang rusak disimpan di folder cadangan.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Continue without restoring</source>
        <translation>Lanjut tanpa memulihkan</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>There is no database in %1, but there are backups. Put back the newest good backup, made on %2? Choose “Start empty” only for a new, empty set of data.</source>
        <translation>Tidak ada database di %1, tetapi ada cadangan. Pulihkan cadangan baik terbaru, yang dibuat pada %2? Pilih “Mulai kosong” hanya untuk data baru yang masih kosong.</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Mulai kosong</translation>
    </message>
    <message>
        <source>Looking for a good backup</source>
        <translation>Mencari cadangan yang baik</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Memulihkan cadangan</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Cadangan tidak dapat dipulihkan</translation>
    </message>
    <message>
        <source>The backup made on %1 is back in place. Check the latest entries and type again what is missing.</source>
        <translation>Cadangan yang dibuat pada %1 sudah dipulihkan. Periksa catatan terakhir dan ketik lagi yang hilang.</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Database rusak</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Sentra profile</source>
        <translation>Profil sentra</translation>
    </message>
    <message>
        <source>Member businesses (IKM)</source>
        <translation>Usaha anggota (IKM)</translation>
    </message>
    <message>
        <source>Makers</source>
        <translation>Pengrajin</translation>
    </message>
    <message>
        <source>Product types</source>
        <translation>Jenis produk</translation>
    </message>
    <message>
        <source>Moulds</source>
        <translation>Cetakan</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Phone / WhatsApp</source>
        <translation>Telepon / WhatsApp</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>(sentra)</source>
        <translation>(sentra)</translation>
    </message>
    <message>
        <source>Member business</source>
        <translation>Usaha anggota</translation>
    </message>
    <message>
        <source>Designs</source>
        <translation>Desain</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Jenis produk</translation>
    </message>
    <message>
        <source>Cavities</source>
        <translation>Rongga</translation>
    </message>
    <message>
        <source>Acquired on</source>
        <translation>Diperoleh</translation>
    </message>
</context>
<context>
    <name>StartCountDialog</name>
    <message>
        <source>Start a stock count</source>
        <translation>Mulai stok opname</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Semua barang</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Bahan baku</translation>
    </message>
    <message>
        <source>for example: end of month count</source>
        <translation>misalnya: opname akhir bulan</translation>
    </message>
    <message>
        <source>Count &amp;date:</source>
        <translation>&amp;Tanggal opname:</translation>
    </message>
    <message>
        <source>&amp;Items to count:</source>
        <translation>&amp;Barang yang dihitung:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>&amp;Catatan:</translation>
    </message>
    <message>
        <source>&amp;Start count</source>
        <translation>&amp;Mulai opname</translation>
    </message>
</context>
<context>
    <name>StockItemKind</name>
    <message>
        <source>Finished goods</source>
        <translation>Barang jadi</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Bahan baku</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>Stock overview</source>
        <translation>Ringkasan stok</translation>
    </message>
    <message>
        <source>Stock card</source>
        <translation>Kartu stok</translation>
    </message>
    <message>
        <source>Stock movements</source>
        <translation>Mutasi stok</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Bahan baku</translation>
    </message>
    <message>
        <source>Material receipts</source>
        <translation>Penerimaan bahan</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>Stok opname</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Perubahan belum disimpan</translation>
    </message>
    <message>
        <source>This form has changes that are not saved yet. Close it and throw them away?</source>
        <translation>Formulir ini punya perubahan yang belum disimpan. Tutup dan buang perubahan itu?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Buang perubahan</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Lanjutkan mengubah</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Sentra Desktop</source>
        <translation>Selamat datang di Sentra Desktop</translation>
    </message>
    <message>
        <source>This PC has no records yet. Type the name of your sentra and your own name; you can change both later in Settings.</source>
        <translation>Komputer ini belum punya catatan. Ketik nama sentra Anda dan nama Anda sendiri; keduanya bisa diubah nanti di Pengaturan.</translation>
    </message>
    <message>
        <source>e.g. Sentra Souvenir Karet Talang Kedondong</source>
        <translation>mis. Sentra Souvenir Karet Talang Kedondong</translation>
    </message>
    <message>
        <source>Fill with &amp;demo data to try the program (a sample sentra)</source>
        <translation>Isi dengan data &amp;contoh untuk mencoba program (sentra contoh)</translation>
    </message>
    <message>
        <source>&amp;Sentra name</source>
        <translation>Nama &amp;sentra</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>Nama &amp;Anda</translation>
    </message>
    <message>
        <source>Preparing the data</source>
        <translation>Menyiapkan data</translation>
    </message>
</context>
</TS>
