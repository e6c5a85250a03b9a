<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
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
        <source>Sentra Desktop</source>
        <translation>Sentra Desktop</translation>
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
    <name>MainWindow</name>
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
    <name>PlaceholderPage</name>
    <message>
        <source>This area is not available yet. It will come in a later version of Sentra Desktop; until then nothing here is recorded.</source>
        <translation>Bagian ini belum tersedia. Bagian ini akan hadir di versi Sentra Desktop berikutnya; sampai saat itu belum ada yang dicatat di sini.</translation>
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
