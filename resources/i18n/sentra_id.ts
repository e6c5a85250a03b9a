<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>GNU General Public License, version 3 or later (GPL-3.0-or-later)</source>
        <translation>GNU General Public License, versi 3 atau yang lebih baru (GPL-3.0-or-later)</translation>
    </message>
    <message>
        <source>About Sentra Desktop</source>
        <translation>Tentang Sentra Desktop</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versi %1</translation>
    </message>
    <message>
        <source>Record keeping for a small-industry production centre.</source>
        <translation>Pencatatan untuk sentra produksi industri kecil.</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;Buka folder data</translation>
    </message>
    <message>
        <source>This program comes with absolutely no warranty.</source>
        <translation>Program ini diberikan tanpa jaminan apa pun.</translation>
    </message>
    <message>
        <source>Python %1, Qt %2, Qt for Python %3</source>
        <translation>Python %1, Qt %2, Qt for Python %3</translation>
    </message>
    <message>
        <source>installed build</source>
        <translation>versi terpasang</translation>
    </message>
    <message>
        <source>not made yet</source>
        <translation>belum dibuat</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Folder data:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <source>Packet key:</source>
        <translation>Kunci paket:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lisensi:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Dibuat dengan:</translation>
    </message>
</context>
<context>
    <name>AdjustmentForm</name>
    <message>
        <source>Save ad&amp;justment</source>
        <translation>Si&amp;mpan penyesuaian</translation>
    </message>
    <message>
        <source>e.g. 5.000 or -2.000</source>
        <translation>mis. 5.000 atau -2.000</translation>
    </message>
    <message>
        <source>&amp;Maker:</source>
        <translation>&amp;Pengrajin:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>Tangga&amp;l:</translation>
    </message>
    <message>
        <source>A&amp;mount (Rp, minus takes off):</source>
        <translation>&amp;Jumlah (Rp, minus mengurangi):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
</context>
<context>
    <name>AdvanceForm</name>
    <message>
        <source>Save &amp;advance</source>
        <translation>Simpan kasb&amp;on</translation>
    </message>
    <message>
        <source>&amp;Maker:</source>
        <translation>&amp;Pengrajin:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>Tangga&amp;l:</translation>
    </message>
    <message>
        <source>A&amp;mount (Rp):</source>
        <translation>&amp;Jumlah (Rp):</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Keterangan:</translation>
    </message>
    <message>
        <source>Large advance</source>
        <translation>Kasbon besar</translation>
    </message>
</context>
<context>
    <name>AgencyAidPage</name>
    <message>
        <source>&amp;Print the aid report</source>
        <translation>&amp;Cetak laporan bantuan</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Sentra</source>
        <translation>Sentra</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Items in an overlap</source>
        <translation>Barang yang tumpang tindih</translation>
    </message>
    <message>
        <source>Received &amp;from:</source>
        <translation>Diterima &amp;dari:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Sampai:</translation>
    </message>
    <message>
        <source>Reading the aid of every sentra…</source>
        <translation>Membaca bantuan setiap sentra…</translation>
    </message>
    <message>
        <source>{sentra} sentra, {items} aid items worth {value}, {overlaps} overlaps.</source>
        <translation>{sentra} sentra, {items} barang bantuan senilai {value}, {overlaps} tumpang tindih.</translation>
    </message>
    <message>
        <source>Not heard from in 3 months, their latest aid may be missing: {names}.</source>
        <translation>Tanpa kabar selama 3 bulan, bantuan terbarunya mungkin belum tercatat: {names}.</translation>
    </message>
    <message>
        <source>The aid could not be read.</source>
        <translation>Bantuan tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>AgencyKind</name>
    <message>
        <source>Regional government</source>
        <translation>Pemerintah daerah</translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation>Kementerian</translation>
    </message>
    <message>
        <source>State bank CSR</source>
        <translation>CSR bank BUMN</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Perguruan tinggi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>AgencyOverlapsPage</name>
    <message>
        <source>(sentra)</source>
        <translation>(sentra)</translation>
    </message>
    <message>
        <source>Two agencies</source>
        <translation>Dua dinas</translation>
    </message>
    <message>
        <source>One agency twice</source>
        <translation>Satu dinas dua kali</translation>
    </message>
    <message>
        <source>Sentra</source>
        <translation>Sentra</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>First item</source>
        <translation>Bantuan pertama</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Diterima lagi</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Pemberi</translation>
    </message>
    <message>
        <source>Every overlap</source>
        <translation>Semua tumpang tindih</translation>
    </message>
    <message>
        <source>Each sentra&apos;s own overlap check: the same kind of aid for the same recipient (the sentra or one of its member businesses) from two programmes within its overlap window. Agencies are matched by name across sentra.</source>
        <translation>Pemeriksaan tumpang tindih milik setiap sentra: bantuan sejenis untuk penerima yang sama (sentra atau salah satu usaha anggotanya) dari dua program dalam jangka tumpang tindihnya. Instansi dicocokkan antarsentra menurut namanya.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tampilkan:</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Membaca…</translation>
    </message>
    <message>
        <source>Overlaps: {count}</source>
        <translation>Tumpang tindih: {count}</translation>
    </message>
</context>
<context>
    <name>AgencyView</name>
    <message>
        <source>Sentra</source>
        <translation>Sentra</translation>
    </message>
    <message>
        <source>Regency / city</source>
        <translation>Kabupaten / kota</translation>
    </message>
    <message>
        <source>Good pieces</source>
        <translation>Barang baik</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Sales value</source>
        <translation>Nilai jual</translation>
    </message>
    <message>
        <source>New markets</source>
        <translation>Pasar baru</translation>
    </message>
    <message>
        <source>New designs</source>
        <translation>Desain baru</translation>
    </message>
    <message>
        <source>Designs sold or made</source>
        <translation>Desain terjual/dibuat</translation>
    </message>
    <message>
        <source>Recent designs&apos; share</source>
        <translation>Pangsa desain baru</translation>
    </message>
    <message>
        <source>Largest event&apos;s share</source>
        <translation>Pangsa acara terbesar</translation>
    </message>
    <message>
        <source>Value added</source>
        <translation>Nilai tambah</translation>
    </message>
    <message>
        <source>Last packet</source>
        <translation>Paket terakhir</translation>
    </message>
    <message>
        <source>never (!)</source>
        <translation>tidak pernah (!)</translation>
    </message>
    <message numerus="yes">
        <source>All {count} sentra</source>
        <translation>
            <numerusform>Semua {count} sentra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not heard from in {months} months (no packet since): {names}.</source>
        <translation>
            <numerusform>Tidak ada kabar selama {months} bulan (tidak ada paket sejak itu): {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>Semua provinsi</translation>
    </message>
    <message>
        <source>No sentra in this area.</source>
        <translation>Tidak ada sentra di wilayah ini.</translation>
    </message>
    <message>
        <source>Figures of each sentra as its own Kinerja page shows them, from the packets received. New markets: regencies/cities and provinces bought from for the first time. Largest event&apos;s share: of the 12 months&apos; sales to the period&apos;s end.</source>
        <translation>Angka setiap sentra seperti yang ditampilkan halaman Kinerja sentra itu sendiri, dari paket yang diterima. Pasar baru: kabupaten/kota dan provinsi yang pertama kali membeli. Pangsa acara terbesar: dari penjualan 12 bulan sampai akhir periode.</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>awal</translation>
    </message>
    <message numerus="yes">
        <source>Received {start} – {end}</source>
        <translation>
            <numerusform>Diterima {start} – {end}</numerusform>
        </translation>
    </message>
    <message>
        <source>Aid items</source>
        <translation>Barang bantuan</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Nilai seluruhnya</translation>
    </message>
    <message>
        <source>Overlaps</source>
        <translation>Tumpang tindih</translation>
    </message>
    <message numerus="yes">
        <source>Not heard from in 3 months, their latest aid may be missing: {names}.</source>
        <translation>
            <numerusform>Tanpa kabar selama 3 bulan, bantuan terbarunya mungkin belum tercatat: {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Aid by agency and sentra</source>
        <translation>Bantuan menurut instansi dan sentra</translation>
    </message>
    <message>
        <source>No aid was received in this period.</source>
        <translation>Tidak ada bantuan yang diterima dalam periode ini.</translation>
    </message>
    <message>
        <source>Overlaps (same kind of aid, same recipient of one sentra, two programmes)</source>
        <translation>Tumpang tindih (bantuan sejenis, penerima yang sama di satu sentra, dua program)</translation>
    </message>
    <message numerus="yes">
        <source>… and {count} older overlaps: see the Overlaps page of the agency window.</source>
        <translation>
            <numerusform>… dan {count} tumpang tindih yang lebih lama: lihat halaman Tumpang tindih di jendela dinas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No overlap.</source>
        <translation>Tidak ada tumpang tindih.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Items in an overlap</source>
        <translation>Barang yang tumpang tindih</translation>
    </message>
    <message>
        <source>The sentra</source>
        <translation>Sentra</translation>
    </message>
    <message>
        <source>One agency twice</source>
        <translation>Satu dinas dua kali</translation>
    </message>
    <message>
        <source>Two agencies</source>
        <translation>Dua dinas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>First item</source>
        <translation>Bantuan pertama</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Diterima lagi</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Pemberi</translation>
    </message>
    <message>
        <source>Sentra of the agency</source>
        <translation>Sentra Binaan Dinas</translation>
    </message>
</context>
<context>
    <name>AgencyWindow</name>
    <message>
        <source>Making the sheet…</source>
        <translation>Membuat laporan…</translation>
    </message>
    <message>
        <source>{app} — agency</source>
        <translation>{app} — dinas</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Perbandingan</translation>
    </message>
    <message>
        <source>Aid &amp;overlaps</source>
        <translation>&amp;Tumpang tindih bantuan</translation>
    </message>
    <message>
        <source>&amp;Aid report</source>
        <translation>&amp;Laporan Bantuan</translation>
    </message>
    <message>
        <source>Pac&amp;kets</source>
        <translation>Pa&amp;ket</translation>
    </message>
    <message>
        <source>Sentra of the agency</source>
        <translation>Sentra binaan dinas</translation>
    </message>
    <message>
        <source>A&amp;rea:</source>
        <translation>&amp;Wilayah:</translation>
    </message>
    <message>
        <source>Each sentra&apos;s figures as its own program shows them, from the packets it sent.</source>
        <translation>Angka setiap sentra seperti yang ditampilkan programnya sendiri, dari paket yang dikirimnya.</translation>
    </message>
</context>
<context>
    <name>AidForm</name>
    <message>
        <source>P&amp;hoto:</source>
        <translation>F&amp;oto:</translation>
    </message>
</context>
<context>
    <name>AidListTab</name>
    <message>
        <source>Show &amp;returned and written off</source>
        <translation>Tampilkan yang &amp;dikembalikan dan dihapusbukukan</translation>
    </message>
</context>
<context>
    <name>AidPage</name>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Pieces made</source>
        <translation>Hasil (buah)</translation>
    </message>
    <message>
        <source>Sales value</source>
        <translation>Nilai jual</translation>
    </message>
    <message>
        <source>Last use</source>
        <translation>Terakhir dipakai</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Menganggur</translation>
    </message>
    <message>
        <source>Moulds: pieces made with them since they arrived. Machines and tools: the last day they were checked and found in use. No use for 6 months is idle.</source>
        <translation>Cetakan: jumlah buah yang dibuat sejak diterima. Mesin dan peralatan: hari terakhir diperiksa dan didapati dipakai. Tidak dipakai 6 bulan berarti menganggur.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Mould</source>
        <translation>Cetakan</translation>
    </message>
    <message>
        <source>Pieces/day</source>
        <translation>Buah/hari</translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation>Pemanfaatan</translation>
    </message>
    <message>
        <source>Utilisation: pieces made against the capacity of six working days a week since arrival.</source>
        <translation>Pemanfaatan: buah yang dibuat dibanding kapasitas enam hari kerja seminggu sejak diterima.</translation>
    </message>
    <message>
        <source>&amp;Print aid report…</source>
        <translation>&amp;Cetak laporan bantuan…</translation>
    </message>
    <message>
        <source>Aid received (bantuan) and how it is used</source>
        <translation>Bantuan yang diterima dan pemanfaatannya</translation>
    </message>
    <message>
        <source>Overlaps</source>
        <translation>Tumpang tindih</translation>
    </message>
    <message>
        <source>Use of aid</source>
        <translation>Pemanfaatan bantuan</translation>
    </message>
    <message>
        <source>Mould use</source>
        <translation>Pemakaian cetakan</translation>
    </message>
    <message>
        <source>(sentra)</source>
        <translation>(sentra)</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>menganggur</translation>
    </message>
</context>
<context>
    <name>AidPeriod</name>
    <message numerus="yes">
        <source>{pieces} pieces · {value}</source>
        <translation>
            <numerusform>{pieces} buah · {value}</numerusform>
        </translation>
    </message>
    <message>
        <source>never checked in use</source>
        <translation>belum pernah diperiksa dipakai</translation>
    </message>
    <message numerus="yes">
        <source>checked {day} ({days} days ago)</source>
        <translation>
            <numerusform>diperiksa {day} ({days} hari lalu)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} items received, worth {value}; {idle} idle</source>
        <translation>
            <numerusform>{count} bantuan diterima, senilai {value}; {idle} menganggur</numerusform>
        </translation>
    </message>
    <message>
        <source>Aid received</source>
        <translation>Bantuan diterima</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Pemanfaatan</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>menganggur</translation>
    </message>
    <message>
        <source>No aid was received in this period.</source>
        <translation>Tidak ada bantuan yang diterima pada periode ini.</translation>
    </message>
</context>
<context>
    <name>AidSection</name>
    <message>
        <source>Aid received</source>
        <translation>Bantuan diterima</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Memuat angka…</translation>
    </message>
    <message>
        <source>The aid figures could not be read.</source>
        <translation>Angka bantuan tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>No aid was received in this period.</source>
        <translation>Tidak ada bantuan yang diterima pada periode ini.</translation>
    </message>
</context>
<context>
    <name>AidStatus</name>
    <message>
        <source>Held</source>
        <translation>Dimiliki</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Dihapusbukukan</translation>
    </message>
</context>
<context>
    <name>AreaBox</name>
    <message>
        <source>All provinces</source>
        <translation>Semua provinsi</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>cara pakai: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumen</translation>
    </message>
    <message>
        <source>options</source>
        <translation>pilihan</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>tampilkan bantuan ini lalu keluar</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: kesalahan: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumen %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>argumen berikut wajib diisi: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumen tidak dikenal: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>pilihan tidak sah: %(value)r (pilih dari %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>nilai %(type)s tidak sah: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>perlu satu nilai</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>perlu paling sedikit satu nilai</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>paling banyak satu nilai</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>pilihan %(option)s kurang jelas: bisa berarti %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>tidak boleh bersama argumen %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>salah satu argumen %s wajib diisi</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argumen %r diabaikan</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>perlu %s nilai</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>perlu %s nilai</translation>
    </message>
</context>
<context>
    <name>AssistanceKind</name>
    <message>
        <source>Mould</source>
        <translation>Cetakan</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>Mesin</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Peralatan</translation>
    </message>
    <message>
        <source>Raw material</source>
        <translation>Bahan baku</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Pameran</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Modal</translation>
    </message>
</context>
<context>
    <name>AssistanceSheet</name>
    <message>
        <source>the beginning</source>
        <translation>awal</translation>
    </message>
    <message numerus="yes">
        <source>Received {start} – {end}</source>
        <translation>
            <numerusform>Diterima {start} – {end}</numerusform>
        </translation>
    </message>
    <message>
        <source>The sentra</source>
        <translation>Sentra</translation>
    </message>
    <message>
        <source>Aid items</source>
        <translation>Barang bantuan</translation>
    </message>
    <message>
        <source>Total value</source>
        <translation>Nilai total</translation>
    </message>
    <message>
        <source>Overlaps</source>
        <translation>Tumpang tindih</translation>
    </message>
    <message>
        <source>Idle items</source>
        <translation>Menganggur</translation>
    </message>
    <message>
        <source>No aid was received in this period.</source>
        <translation>Tidak ada bantuan yang diterima pada periode ini.</translation>
    </message>
    <message>
        <source>Aid by agency and programme</source>
        <translation>Bantuan per instansi dan program</translation>
    </message>
    <message>
        <source>By recipient</source>
        <translation>Per penerima</translation>
    </message>
    <message>
        <source>Overlaps (same kind of aid, same recipient, two programmes)</source>
        <translation>Tumpang tindih (bantuan sejenis, penerima sama, dua program)</translation>
    </message>
    <message numerus="yes">
        <source>… and {count} older overlaps: see the Overlaps list on the Bantuan page.</source>
        <translation>
            <numerusform>… dan {count} tumpang tindih yang lebih lama: lihat daftar Tumpang tindih di halaman Bantuan.</numerusform>
        </translation>
    </message>
    <message>
        <source>No overlap.</source>
        <translation>Tidak ada tumpang tindih.</translation>
    </message>
    <message>
        <source>Idle aid (no recorded use for 6 months)</source>
        <translation>Bantuan menganggur (tidak tercatat dipakai 6 bulan)</translation>
    </message>
    <message>
        <source>No idle item.</source>
        <translation>Tidak ada bantuan yang menganggur.</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>menganggur</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Jml</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <source>Pieces made</source>
        <translation>Hasil (buah)</translation>
    </message>
    <message>
        <source>Last use</source>
        <translation>Terakhir dipakai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>First item</source>
        <translation>Bantuan pertama</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Diterima lagi</translation>
    </message>
</context>
<context>
    <name>AuditEvent</name>
    <message>
        <source>First head made, PIN set</source>
        <translation>Ketua pertama dibuat, PIN dipasang</translation>
    </message>
    <message>
        <source>Chosen as head at the upgrade, PIN set</source>
        <translation>Dipilih sebagai ketua saat pembaruan, PIN dipasang</translation>
    </message>
    <message>
        <source>PIN set</source>
        <translation>PIN dipasang</translation>
    </message>
    <message>
        <source>PIN reset by the head</source>
        <translation>PIN diatur ulang oleh ketua</translation>
    </message>
    <message>
        <source>PIN reset on this PC</source>
        <translation>PIN diatur ulang di PC ini</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Wrong PIN at login</source>
        <translation>PIN salah saat masuk</translation>
    </message>
    <message>
        <source>Locked out after wrong PINs</source>
        <translation>Dikunci setelah PIN salah berulang kali</translation>
    </message>
    <message>
        <source>Screen locked after a while without use</source>
        <translation>Layar terkunci karena lama tidak dipakai</translation>
    </message>
    <message>
        <source>Screen unlocked</source>
        <translation>Kunci layar dibuka</translation>
    </message>
    <message>
        <source>Wrong PIN at the locked screen</source>
        <translation>PIN salah di layar terkunci</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Cadangan dipulihkan</translation>
    </message>
</context>
<context>
    <name>AuditField</name>
    <message>
        <source>Acquired on</source>
        <translation>Tanggal diperoleh</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Pembeli</translation>
    </message>
    <message>
        <source>Cancelled at</source>
        <translation>Waktu dibatalkan</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Cavities</source>
        <translation>Rongga</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Confirmed at</source>
        <translation>Waktu dikonfirmasi</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Modal</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Dihitung</translation>
    </message>
    <message>
        <source>Counted on</source>
        <translation>Tanggal hitung</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Waktu dibuat</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Dibuat oleh</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Tanggal kirim</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Desain</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Potongan</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Menurut catatan</translation>
    </message>
    <message>
        <source>Good pieces</source>
        <translation>Jumlah bagus</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Number (ID)</source>
        <translation>Nomor (ID)</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Introduced on</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation>Uang muka</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Last number</source>
        <translation>Nomor terakhir</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Low stock level</source>
        <translation>Batas stok menipis</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Pengrajin</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Bahan baku</translation>
    </message>
    <message>
        <source>Material receipt</source>
        <translation>Penerimaan bahan baku</translation>
    </message>
    <message>
        <source>Member business</source>
        <translation>Usaha anggota</translation>
    </message>
    <message>
        <source>Met via</source>
        <translation>Dikenal lewat</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Mould</source>
        <translation>Cetakan</translation>
    </message>
    <message>
        <source>Moved on</source>
        <translation>Tanggal mutasi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>Replaced data kept as</source>
        <translation>Data yang digantikan disimpan sebagai</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Stok ada</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>Baris pesanan</translation>
    </message>
    <message>
        <source>Ordered on</source>
        <translation>Tanggal pesan</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Tanggal bayar</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Phone (for searching)</source>
        <translation>Telepon (untuk pencarian)</translation>
    </message>
    <message>
        <source>PIN (scrambled)</source>
        <translation>PIN (tersandi)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Produced on</source>
        <translation>Tanggal produksi</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Jenis produk</translation>
    </message>
    <message>
        <source>Production entry</source>
        <translation>Catatan produksi</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Quantity per piece</source>
        <translation>Jumlah per buah</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Tanggal terima</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation>Jumlah reject</translation>
    </message>
    <message>
        <source>Reverses</source>
        <translation>Membalik</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Sales event</source>
        <translation>Acara penjualan</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nama singkat</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>Stok opname</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Pemasok</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Small picture</source>
        <translation>Gambar kecil</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>Harga total</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Waktu diubah</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Diubah oleh</translation>
    </message>
    <message>
        <source>Record code (UUID)</source>
        <translation>Kode data (UUID)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Voided at</source>
        <translation>Waktu dibatalkan</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Lebar</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Value (Rp)</source>
        <translation>Nilai (Rp)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <source>Added</source>
        <translation>Ditambah</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Diubah</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
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
        <source>Search values, names, codes…</source>
        <translation>Cari nilai, nama, kode…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Desain</translation>
    </message>
    <message>
        <source>Design photo</source>
        <translation>Foto desain</translation>
    </message>
    <message>
        <source>Recipe line</source>
        <translation>Baris resep</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Bahan baku</translation>
    </message>
    <message>
        <source>Material receipt</source>
        <translation>Penerimaan bahan baku</translation>
    </message>
    <message>
        <source>Production entry</source>
        <translation>Catatan produksi</translation>
    </message>
    <message>
        <source>Stock movement</source>
        <translation>Mutasi stok</translation>
    </message>
    <message>
        <source>Stock count</source>
        <translation>Stok opname</translation>
    </message>
    <message>
        <source>Stock count line</source>
        <translation>Baris stok opname</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Pembeli</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>Baris pesanan</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>Delivery line</source>
        <translation>Baris pengiriman</translation>
    </message>
    <message>
        <source>Order number counter</source>
        <translation>Penghitung nomor pesanan</translation>
    </message>
    <message>
        <source>Sales event</source>
        <translation>Acara penjualan</translation>
    </message>
    <message>
        <source>Stock balance</source>
        <translation>Saldo stok</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Assistance</source>
        <translation>Bantuan/pendampingan</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Mould of a design</source>
        <translation>Cetakan desain</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
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
        <source>Maker</source>
        <translation>Pengrajin</translation>
    </message>
    <message>
        <source>Member business</source>
        <translation>Usaha anggota</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Sentra profile</source>
        <translation>Profil sentra</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Semua data</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>Semua operator</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n perubahan</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a change above to see its values.</source>
        <translation>Pilih perubahan di atas untuk melihat nilainya.</translation>
    </message>
    <message>
        <source>%1 %2%3 by %4 on %5</source>
        <translation>%1 %2%3 oleh %4 pada %5</translation>
    </message>
</context>
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
        <source>This program works on a database server. A backup copies every record into one file in %1 (or a folder you choose), which opens on any PC. To put a backup back, restore it onto an empty server database with “sentra-desktop restore”.</source>
        <translation>Program ini bekerja dengan database server. Cadangan menyalin semua data ke satu berkas di %1 (atau folder pilihan Anda), yang bisa dibuka di PC mana pun. Untuk memulihkan cadangan, pulihkan ke database server yang masih kosong dengan “sentra-desktop restore”.</translation>
    </message>
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
        <source>Everything saved since it was made is replaced by what the backup holds. The current data is saved first (in the backups folder, as “before-restore”), so this can be undone. The file is checked before anything is replaced: its check sum, its pages, and that its structure is exactly the one Sentra Desktop makes. A file that fails is refused.</source>
        <translation>Semua yang disimpan sejak cadangan itu dibuat diganti dengan isi cadangan. Data sekarang disimpan dulu (di folder cadangan, sebagai “before-restore”), jadi langkah ini bisa dibatalkan. Berkas diperiksa sebelum apa pun diganti: checksum-nya, halaman-halamannya, dan bahwa strukturnya persis seperti yang dibuat Sentra Desktop. Berkas yang gagal diperiksa ditolak.</translation>
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
        <source>Note: %1</source>
        <translation>Catatan: %1</translation>
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
    <name>BuyerField</name>
    <message>
        <source>name, organisation or city</source>
        <translation>nama, organisasi atau kota</translation>
    </message>
</context>
<context>
    <name>BuyerForm</name>
    <message>
        <source>New buyer</source>
        <translation>Pembeli baru</translation>
    </message>
    <message>
        <source>Edit buyer</source>
        <translation>Ubah data pembeli</translation>
    </message>
    <message>
        <source>shop, company or committee</source>
        <translation>toko, perusahaan, atau panitia</translation>
    </message>
    <message>
        <source>e.g. 0812-7310-4471</source>
        <translation>mis. 0812-7310-4471</translation>
    </message>
    <message>
        <source>type part of the regency/city, then choose</source>
        <translation>ketik sebagian nama kabupaten/kota, lalu pilih</translation>
    </message>
    <message>
        <source>e.g. langganan, online</source>
        <translation>mis. langganan, online</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisasi</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>&amp;Phone / WhatsApp</source>
        <translation>&amp;Telepon / WhatsApp</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Alamat</translation>
    </message>
    <message>
        <source>Regency/&amp;city</source>
        <translation>Kabupaten/&amp;kota</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation>Pro&amp;vinsi</translation>
    </message>
    <message>
        <source>How we &amp;met</source>
        <translation>Kenal &amp;dari</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>&amp;Use the existing buyer</source>
        <translation>&amp;Pakai pembeli yang sudah ada</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Tetap &amp;simpan</translation>
    </message>
    <message>
        <source>Market: {place} ({code})</source>
        <translation>Pasar: {place} ({code})</translation>
    </message>
    <message>
        <source>Not in the list of regencies/cities: choose one as you type</source>
        <translation>Tidak ada di daftar kabupaten/kota: pilih salah satu sambil mengetik</translation>
    </message>
    <message>
        <source>Saving buyer</source>
        <translation>Menyimpan pembeli</translation>
    </message>
    <message>
        <source>Already recorded: %1 (%2). Use that buyer, or save this one as a different buyer?</source>
        <translation>Sudah tercatat: %1 (%2). Pakai pembeli itu, atau simpan yang ini sebagai pembeli lain?</translation>
    </message>
</context>
<context>
    <name>BuyerKind</name>
    <message>
        <source>Shop</source>
        <translation>Toko</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Reseller</translation>
    </message>
    <message>
        <source>Event committee</source>
        <translation>Panitia acara</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Tourist</source>
        <translation>Wisatawan</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>BuyerList</name>
    <message>
        <source>Buyers</source>
        <translation>Jumlah pembeli</translation>
    </message>
    <message>
        <source>Value of orders</source>
        <translation>Nilai pesanan</translation>
    </message>
    <message>
        <source>No buyer has been entered yet.</source>
        <translation>Belum ada pembeli yang tercatat.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Organisation / shop</source>
        <translation>Organisasi / toko</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
</context>
<context>
    <name>BuyerPanel</name>
    <message>
        <source>C&amp;opy WhatsApp link</source>
        <translation>&amp;Salin tautan WhatsApp</translation>
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
        <source>Pieces</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Owed</source>
        <translation>Sisa tagihan</translation>
    </message>
    <message>
        <source>Choose a buyer in the list to see their orders and what they owe.</source>
        <translation>Pilih pembeli di daftar untuk melihat pesanan dan sisa tagihannya.</translation>
    </message>
    <message>
        <source>Bought most</source>
        <translation>Paling banyak dibeli</translation>
    </message>
    <message>
        <source>Orders (double-click to open)</source>
        <translation>Pesanan (klik dua kali untuk membuka)</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (diarsipkan)</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>Tidak ada nomor telepon</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Label: %1</translation>
    </message>
    <message>
        <source>%1 orders · bought %2 · still to pay %3</source>
        <translation>%1 pesanan · total beli %2 · sisa tagihan %3</translation>
    </message>
</context>
<context>
    <name>BuyersPage</name>
    <message>
        <source>Search name, organisation, phone or city…</source>
        <translation>Cari nama, organisasi, telepon, atau kota…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Show ar&amp;chived</source>
        <translation>Tampilkan yang di&amp;arsipkan</translation>
    </message>
    <message>
        <source>&amp;Without a regency/city</source>
        <translation>&amp;Tanpa kabupaten/kota</translation>
    </message>
    <message>
        <source>Show the buyers of every regency/city</source>
        <translation>Tampilkan pembeli semua kabupaten/kota</translation>
    </message>
    <message>
        <source>&amp;New buyer</source>
        <translation>Pembeli &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Ubah</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>A buyer with orders is archived, never deleted</source>
        <translation>Pembeli yang punya pesanan diarsipkan, tidak pernah dihapus</translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>&amp;Kembalikan</translation>
    </message>
    <message>
        <source>New &amp;order</source>
        <translation>&amp;Pesanan baru</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Pembeli</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <translation>%1 ✕</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>Counting buyers…</source>
        <translation>Menghitung pembeli…</translation>
    </message>
    <message>
        <source>%1 buyers</source>
        <translation>%1 pembeli</translation>
    </message>
    <message>
        <source>%1 buyers have a city that is not in the list of regencies/cities, so their sales count in no market: tick “Without a regency/city” and choose one in each buyer&apos;s form.</source>
        <translation>%1 pembeli memiliki kota yang tidak ada di daftar kabupaten/kota, sehingga penjualannya tidak terhitung di pasar mana pun: centang “Tanpa kabupaten/kota” dan pilih kabupaten/kota di formulir setiap pembeli.</translation>
    </message>
    <message>
        <source>Remove %1? A buyer who has orders is archived instead: kept with their orders, gone from this list.</source>
        <translation>Hapus %1? Pembeli yang punya pesanan akan diarsipkan saja: tetap disimpan bersama pesanannya, tetapi hilang dari daftar ini.</translation>
    </message>
    <message>
        <source>Remove buyer</source>
        <translation>Hapus pembeli</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--compare-from and --compare-to go together</source>
        <translation>--compare-from dan --compare-to harus diisi bersama</translation>
    </message>
    <message numerus="yes">
        <source>report {sheet} needs {option}</source>
        <translation>
            <numerusform>laporan {sheet} memerlukan {option}</numerusform>
        </translation>
    </message>
    <message>
        <source>export pay needs --from and --to</source>
        <translation>export pay memerlukan --from dan --to</translation>
    </message>
    <message numerus="yes">
        <source>Technical details: {detail}</source>
        <translation>
            <numerusform>Rincian teknis: {detail}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} does not exist.</source>
        <translation>
            <numerusform>{file} tidak ada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} is a folder, not a file.</source>
        <translation>
            <numerusform>{file} adalah folder, bukan berkas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file {file} could not be read or written.</source>
        <translation>
            <numerusform>Berkas {file} tidak dapat dibaca atau ditulis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Database: {database}</source>
        <translation>
            <numerusform>Database: {database}</numerusform>
        </translation>
    </message>
    <message>
        <source>Result: sound</source>
        <translation>Hasil: sehat</translation>
    </message>
    <message>
        <source>Result: PROBLEMS FOUND</source>
        <translation>Hasil: ADA MASALAH</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Keutuhan berkas</translation>
    </message>
    <message>
        <source>Foreign keys</source>
        <translation>Rujukan antartabel</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Struktur basis data</translation>
    </message>
    <message numerus="yes">
        <source>Stock balances against the ledger ({items} items)</source>
        <translation>
            <numerusform>Saldo stok dibanding buku mutasi ({items} barang)</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly summaries against their records</source>
        <translation>Ringkasan bulanan dibanding catatannya</translation>
    </message>
    <message numerus="yes">
        <source>Could not check: {failure}</source>
        <translation>
            <numerusform>Tidak dapat diperiksa: {failure}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{item}: no balance row, ledger sum {ledger}</source>
        <translation>
            <numerusform>{item}: tanpa baris saldo, jumlah mutasi {ledger}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{item}: balance {balance}, ledger sum {ledger}</source>
        <translation>
            <numerusform>{item}: saldo {balance}, jumlah mutasi {ledger}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: not applicable here</source>
        <translation>
            <numerusform>{title}: tidak berlaku di sini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: ok</source>
        <translation>
            <numerusform>{title}: baik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: {count} problem(s)</source>
        <translation>
            <numerusform>{title}: {count} masalah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and {count} more</source>
        <translation>
            <numerusform>  ... dan {count} lagi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored {file} (schema {revision}).</source>
        <translation>
            <numerusform>Dipulihkan dari {file} (skema {revision}).</numerusform>
        </translation>
    </message>
    <message>
        <source>It was updated to this version&apos;s schema.</source>
        <translation>Skemanya diperbarui ke skema versi ini.</translation>
    </message>
    <message numerus="yes">
        <source>The data it replaced was kept as {file}.</source>
        <translation>
            <numerusform>Data yang digantikan disimpan sebagai {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Note: {warning}</source>
        <translation>
            <numerusform>Catatan: {warning}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied {records} records from {source} to {target}; counts and stock totals match.</source>
        <translation>
            <numerusform>{records} catatan disalin dari {source} ke {target}; jumlah catatan dan total stok cocok.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo data {first}–{last}: {designs} designs, {makers} makers in {members} member businesses, {materials} materials, {entries} production entries, {movements} stock movements, {buyers} buyers, {orders} orders ({delivered} delivered), {payments} payments.</source>
        <translation>
            <numerusform>Data demo {first}–{last}: {designs} desain, {makers} pengrajin di {members} usaha anggota, {materials} bahan baku, {entries} catatan produksi, {movements} mutasi stok, {buyers} pembeli, {orders} pesanan ({delivered} terkirim), {payments} pembayaran.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>row {row}</source>
        <translation>
            <numerusform>baris {row}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: {rows} bad row(s) in {file}</source>
        <translation>
            <numerusform>tidak ada yang diimpor: {rows} baris salah di {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind}: {rows} rows, {created} new, {updated} changed, {unchanged} already there</source>
        <translation>
            <numerusform>{kind}: {rows} baris, {created} baru, {updated} diubah, {unchanged} sudah ada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} ({rows} rows)</source>
        <translation>
            <numerusform>{file} ({rows} baris)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{percent}%  {done} of {total} records  ({label})</source>
        <translation>
            <numerusform>{percent}%  {done} dari {total} catatan  ({label})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not a date: “{text}” (use 28/11/2026 or 2026-11-28)</source>
        <translation>
            <numerusform>bukan tanggal: “{text}” (tulis 28/11/2026 atau 2026-11-28)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not a month: “{text}” (use 2026-11 or 11/2026)</source>
        <translation>
            <numerusform>bukan bulan: “{text}” (tulis 2026-11 atau 11/2026)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{app}: production, stock, designs, buyers and orders.</source>
        <translation>
            <numerusform>{app}: produksi, stok, desain, pembeli, dan pesanan.</numerusform>
        </translation>
    </message>
    <message>
        <source>show the program&apos;s version and exit</source>
        <translation>tampilkan versi program lalu keluar</translation>
    </message>
    <message>
        <source>keep all data (database, backups, logs) under DIR</source>
        <translation>simpan semua data (database, cadangan, log) di folder DIR</translation>
    </message>
    <message>
        <source>an SQLite or PostgreSQL URL (sqlite:///file.sqlite3, postgresql+psycopg://user@host/db); a server&apos;s password may come from the system keyring</source>
        <translation>URL SQLite atau PostgreSQL (sqlite:///berkas.sqlite3, postgresql+psycopg://user@host/db); kata sandi server dapat diambil dari keyring sistem</translation>
    </message>
    <message>
        <source>language of the window and the command line (default: setting)</source>
        <translation>bahasa jendela dan baris perintah (bawaan: pengaturan)</translation>
    </message>
    <message>
        <source>act as this user; the PIN is asked, or read from SENTRA_PIN</source>
        <translation>bertindak sebagai pengguna ini; PIN ditanyakan, atau dibaca dari SENTRA_PIN</translation>
    </message>
    <message>
        <source>open an agency database (the replicas of its sentra) instead of a sentra&apos;s</source>
        <translation>buka basis data dinas (replika sentra binaannya), bukan basis data sentra</translation>
    </message>
    <message>
        <source>log more detail to stderr</source>
        <translation>tulis log lebih rinci ke stderr</translation>
    </message>
    <message>
        <source>fill the database with a realistic demo sentra</source>
        <translation>isi database dengan sentra contoh yang realistis</translation>
    </message>
    <message>
        <source>random seed (same seed, same data)</source>
        <translation>benih acak (benih sama, data sama)</translation>
    </message>
    <message>
        <source>days of production history (default: --years)</source>
        <translation>jumlah hari riwayat produksi (bawaan: --years)</translation>
    </message>
    <message>
        <source>size</source>
        <translation>ukuran</translation>
    </message>
    <message>
        <source>years of history, 365 days each (default 3)</source>
        <translation>tahun riwayat, masing-masing 365 hari (bawaan 3)</translation>
    </message>
    <message>
        <source>large, for benchmarks: per year about 100,000 production entries, 500 buyers and 20,000 orders with deliveries and payments, all audited (--years 10: the benchmarks&apos; database)</source>
        <translation>large, untuk benchmark: per tahun sekitar 100.000 catatan produksi, 500 pembeli dan 20.000 pesanan dengan pengiriman dan pembayaran, semuanya tercatat di log audit (--years 10: basis data benchmark)</translation>
    </message>
    <message>
        <source>save a picture of one area of the main window</source>
        <translation>simpan gambar satu bagian jendela utama</translation>
    </message>
    <message>
        <source>area: produksi, stok, desain, pembeli, ...</source>
        <translation>bagian: produksi, stok, desain, pembeli, ...</translation>
    </message>
    <message>
        <source>window size, WIDTHxHEIGHT</source>
        <translation>ukuran jendela, LEBARxTINGGI</translation>
    </message>
    <message>
        <source>write one dated, checked backup of the database</source>
        <translation>tulis satu cadangan database yang bertanggal dan sudah diperiksa</translation>
    </message>
    <message>
        <source>folder to write it into, e.g. a USB stick (default: the data folder&apos;s backups)</source>
        <translation>folder tujuan, misalnya flashdisk (bawaan: folder cadangan di folder data)</translation>
    </message>
    <message>
        <source>put a backup in place of the database (the current one is kept)</source>
        <translation>pasang cadangan menggantikan database (yang sekarang tetap disimpan)</translation>
    </message>
    <message>
        <source>the backup file (sentra-YYYYMMDD-HHMMSS.sqlite3)</source>
        <translation>berkas cadangan (sentra-YYYYMMDD-HHMMSS.sqlite3)</translation>
    </message>
    <message numerus="yes">
        <source>print a sheet to a PDF file: {sheets}</source>
        <translation>
            <numerusform>cetak laporan ke berkas PDF: {sheets}</numerusform>
        </translation>
    </message>
    <message>
        <source>Print one sheet to a PDF file. Dates as 28/11/2026 or 2026-11-28, months as 2026-11.</source>
        <translation>Cetak satu laporan ke berkas PDF. Tanggal ditulis 28/11/2026 atau 2026-11-28, bulan 2026-11.</translation>
    </message>
    <message>
        <source>which sheet</source>
        <translation>laporan yang dicetak</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>berkas PDF yang ditulis</translation>
    </message>
    <message>
        <source>order: its number (PSN-…); delivery: SJ-… or an order number</source>
        <translation>order: nomor pesanan (PSN-…); delivery: SJ-… atau nomor pesanan</translation>
    </message>
    <message>
        <source>stock: only the designs of this product type</source>
        <translation>stock: hanya desain dari jenis produk ini</translation>
    </message>
    <message>
        <source>stock-card: the design or material code</source>
        <translation>stock-card: kode desain atau bahan baku</translation>
    </message>
    <message>
        <source>assistance: only the aid of this agency</source>
        <translation>assistance: hanya bantuan dari instansi ini</translation>
    </message>
    <message>
        <source>performance, pay: only this member business (its short code)</source>
        <translation>kinerja, upah: hanya usaha anggota ini (kode singkatnya)</translation>
    </message>
    <message>
        <source>Import designs, materials, buyers, production entries, stock counts, agencies, programmes, moulds or aid items. Any bad row means nothing is written; importing the same file again adds nothing.</source>
        <translation>Impor desain, bahan baku, pembeli, catatan produksi, stok opname, instansi, program, cetakan atau barang bantuan. Satu baris salah berarti tidak ada yang disimpan; mengimpor berkas yang sama lagi tidak menambah apa pun.</translation>
    </message>
    <message>
        <source>production: one day</source>
        <translation>production: satu hari</translation>
    </message>
    <message>
        <source>production: one month</source>
        <translation>production: satu bulan</translation>
    </message>
    <message>
        <source>first day of a range</source>
        <translation>hari pertama rentang</translation>
    </message>
    <message>
        <source>last day of a range</source>
        <translation>hari terakhir rentang</translation>
    </message>
    <message>
        <source>ikm-year: the year</source>
        <translation>ikm-year: tahunnya</translation>
    </message>
    <message>
        <source>performance: first day of the compared period</source>
        <translation>performance: hari pertama periode pembanding</translation>
    </message>
    <message>
        <source>performance: last day of the compared period</source>
        <translation>performance: hari terakhir periode pembanding</translation>
    </message>
    <message>
        <source>copy every record into an empty database, e.g. from this PC&apos;s file to a PostgreSQL server</source>
        <translation>salin semua catatan ke database kosong, misalnya dari berkas di PC ini ke server PostgreSQL</translation>
    </message>
    <message>
        <source>Copy every record (ids and UUIDs kept) into an empty database, then compare the counts and stock totals of both. A target that already holds records is refused.</source>
        <translation>Salin semua catatan (id dan UUID tetap) ke database kosong, lalu bandingkan jumlah catatan dan total stok keduanya. Tujuan yang sudah berisi catatan ditolak.</translation>
    </message>
    <message>
        <source>where the records are (default: --db-url or the data folder&apos;s database)</source>
        <translation>asal catatan (bawaan: --db-url atau database di folder data)</translation>
    </message>
    <message>
        <source>the empty database to fill</source>
        <translation>database kosong yang diisi</translation>
    </message>
    <message>
        <source>read records from a .csv or .xlsx file: all rows or none (every bad row is listed)</source>
        <translation>baca catatan dari berkas .csv atau .xlsx: semua baris atau tidak sama sekali (setiap baris salah disebutkan)</translation>
    </message>
    <message>
        <source>what the file holds</source>
        <translation>isi berkas</translation>
    </message>
    <message>
        <source>a .csv (comma or semicolon) or .xlsx file</source>
        <translation>berkas .csv (koma atau titik koma) atau .xlsx</translation>
    </message>
    <message>
        <source>write every record of a kind to a .csv or .xlsx file</source>
        <translation>tulis semua catatan satu jenis ke berkas .csv atau .xlsx</translation>
    </message>
    <message>
        <source>what to export</source>
        <translation>yang diekspor</translation>
    </message>
    <message>
        <source>the file to write (.csv or .xlsx)</source>
        <translation>berkas yang ditulis (.csv atau .xlsx)</translation>
    </message>
    <message>
        <source>pay: first day</source>
        <translation>pay: hari pertama</translation>
    </message>
    <message>
        <source>pay: last day</source>
        <translation>pay: hari terakhir</translation>
    </message>
    <message>
        <source>pay: only the makers of this member business (its short code)</source>
        <translation>upah: hanya perajin usaha anggota ini (kode singkatnya)</translation>
    </message>
    <message>
        <source>full check: integrity, foreign keys, stock balances against the ledger (exit 1: problems)</source>
        <translation>pemeriksaan lengkap: keutuhan berkas, rujukan antartabel, saldo stok dibanding buku mutasi (keluar 1: ada masalah)</translation>
    </message>
    <message>
        <source>list, add and manage the users who log in with a PIN</source>
        <translation>daftar, tambah, dan kelola pengguna yang masuk dengan PIN</translation>
    </message>
    <message>
        <source>ketua, operator, bendahara or pendamping</source>
        <translation>ketua, operator, bendahara atau pendamping</translation>
    </message>
    <message>
        <source>the user&apos;s name</source>
        <translation>nama pengguna</translation>
    </message>
    <message>
        <source>every user, their role and state</source>
        <translation>semua pengguna, perannya dan keadaannya</translation>
    </message>
    <message>
        <source>add a user (the new PIN is asked twice, or SENTRA_NEW_PIN)</source>
        <translation>tambah pengguna (PIN baru ditanyakan dua kali, atau SENTRA_NEW_PIN)</translation>
    </message>
    <message>
        <source>change a user&apos;s role</source>
        <translation>ubah peran pengguna</translation>
    </message>
    <message>
        <source>set a new PIN for a user, on this PC (a forgotten head PIN)</source>
        <translation>pasang PIN baru untuk pengguna, di PC ini (PIN ketua yang terlupa)</translation>
    </message>
    <message>
        <source>stop a user logging in</source>
        <translation>hentikan pengguna agar tidak bisa masuk</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <source>no PIN yet</source>
        <translation>belum ada PIN</translation>
    </message>
    <message numerus="yes">
        <source>New PIN set for {name}.</source>
        <translation>
            <numerusform>PIN baru untuk {name} sudah dipasang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>User {name} added.</source>
        <translation>
            <numerusform>Pengguna {name} ditambahkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: {name}.</source>
        <translation>
            <numerusform>Selesai: {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>unknown page “{page}” (known: {known})</source>
        <translation>
            <numerusform>halaman “{page}” tidak dikenal (yang ada: {known})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace everything the agency has of {name} with this full packet? [y/N] </source>
        <translation>
            <numerusform>Ganti semua data {name} yang ada di dinas dengan paket lengkap ini? [y/T] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file} was imported before; nothing was added.</source>
        <translation>
            <numerusform>{file} sudah pernah diimpor sebelumnya; tidak ada yang ditambahkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New sentra registered: {name}. Key fingerprint: {fingerprint}. Compare it with the About box on the sentra&apos;s PC.</source>
        <translation>
            <numerusform>Sentra baru terdaftar: {name}. Sidik kunci: {fingerprint}. Cocokkan dengan kotak Tentang di PC sentra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The replica of {name} was replaced.</source>
        <translation>
            <numerusform>Replika {name} telah diganti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name}: changes {first} to {last} imported ({inserted} new, {replaced} changed, {deleted} deleted).</source>
        <translation>
            <numerusform>{name}: perubahan {first} sampai {last} diimpor ({inserted} baru, {replaced} diubah, {deleted} dihapus).</numerusform>
        </translation>
    </message>
    <message>
        <source>No sentra registered yet.</source>
        <translation>Belum ada sentra yang terdaftar.</translation>
    </message>
    <message numerus="yes">
        <source>{name} ({city}, {province}): last packet {last}, up to change {seq}, {packets} packets; key {fingerprint}</source>
        <translation>
            <numerusform>{name} ({city}, {province}): paket terakhir {last}, sampai perubahan {seq}, {packets} paket; kunci {fingerprint}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: not heard from for more than 3 months (since {last}).</source>
        <translation>
            <numerusform>Peringatan: tidak ada kabar lebih dari 3 bulan (sejak {last}).</numerusform>
        </translation>
    </message>
    <message>
        <source>agency: import a sentra&apos;s packet (needs --agency)</source>
        <translation>dinas: impor paket dari sentra (perlu --agency)</translation>
    </message>
    <message>
        <source>the .sentra-paket file</source>
        <translation>berkas .sentra-paket</translation>
    </message>
    <message>
        <source>a full packet may replace everything the agency has of that sentra</source>
        <translation>paket lengkap boleh mengganti semua data sentra itu yang ada di dinas</translation>
    </message>
    <message>
        <source>agency: the registered sentra and their last packets (needs --agency)</source>
        <translation>dinas: sentra terdaftar dan paket terakhirnya (perlu --agency)</translation>
    </message>
    <message numerus="yes">
        <source>Demo agency ready: {sentra} sentra, {packets} packets, {records} records imported. Not heard from for four months: {quiet}. Open it with --agency.</source>
        <translation>
            <numerusform>Demo dinas siap: {sentra} sentra, {packets} paket, {records} catatan diimpor. Tidak ada kabar selama empat bulan: {quiet}. Buka dengan --agency.</numerusform>
        </translation>
    </message>
    <message>
        <source>make the data folder a demo agency, filled by real packets from generated sentra</source>
        <translation>jadikan folder data sebuah demo dinas, diisi paket sungguhan dari sentra buatan</translation>
    </message>
    <message>
        <source>how many sentra (default 12)</source>
        <translation>berapa sentra (bawaan 12)</translation>
    </message>
    <message>
        <source>years of history of each sentra (default 1)</source>
        <translation>berapa tahun riwayat tiap sentra (bawaan 1)</translation>
    </message>
    <message>
        <source>signed packets of the sentra&apos;s records for the agency</source>
        <translation>paket catatan sentra bertanda tangan untuk dinas</translation>
    </message>
    <message>
        <source>write what changed since the last packet into one signed file (the head&apos;s; needs --user)</source>
        <translation>tulis perubahan sejak paket terakhir ke satu berkas bertanda tangan (khusus ketua; perlu --user)</translation>
    </message>
    <message>
        <source>the folder to write the packet into (a USB stick, say)</source>
        <translation>folder tempat paket ditulis (misalnya flashdisk)</translation>
    </message>
    <message>
        <source>send every record, not only the changes (the first packet, or after a restore)</source>
        <translation>kirim semua catatan, bukan hanya perubahannya (paket pertama, atau setelah memulihkan cadangan)</translation>
    </message>
    <message>
        <source>leave the full-size photos out (a much smaller file)</source>
        <translation>tanpa foto ukuran penuh (berkas jauh lebih kecil)</translation>
    </message>
    <message numerus="yes">
        <source>Packet written: {file} ({size} KB)</source>
        <translation>
            <numerusform>Paket ditulis: {file} ({size} KB)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{records} records of {kinds} kinds and {deleted} deletions, changes {first} to {last}</source>
        <translation>
            <numerusform>{records} catatan dari {kinds} jenis dan {deleted} penghapusan, perubahan {first} sampai {last}</numerusform>
        </translation>
    </message>
    <message>
        <source>(everything: a full packet)</source>
        <translation>(semuanya: paket lengkap)</translation>
    </message>
    <message>
        <source>(without photos)</source>
        <translation>(tanpa foto)</translation>
    </message>
    <message numerus="yes">
        <source>Key fingerprint: {fingerprint} (the agency compares it with the About box)</source>
        <translation>
            <numerusform>Sidik jari kunci: {fingerprint} (dinas mencocokkannya dengan kotak Tentang)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparePeriod</name>
    <message>
        <source>Compare &amp;with another period</source>
        <translation>&amp;Bandingkan dengan periode lain</translation>
    </message>
    <message>
        <source>Fr&amp;om:</source>
        <translation>d&amp;ari:</translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation>hi&amp;ngga:</translation>
    </message>
</context>
<context>
    <name>ComparisonPage</name>
    <message>
        <source>&amp;Print the comparison</source>
        <translation>&amp;Cetak perbandingan</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Periode berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <source>Reading the figures of every sentra…</source>
        <translation>Membaca angka setiap sentra…</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>dan {count} lainnya</translation>
    </message>
    <message>
        <source>Not heard from in 3 months (shown in red): {names}.</source>
        <translation>Tanpa kabar selama 3 bulan (ditandai merah): {names}.</translation>
    </message>
    <message>
        <source>Sentra: {count}</source>
        <translation>Sentra: {count}</translation>
    </message>
    <message>
        <source>No sentra in this area yet: import their packets on the Packets page.</source>
        <translation>Belum ada sentra di wilayah ini: impor paketnya di halaman Paket.</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>Angka tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Needs repair</source>
        <translation>Perlu perbaikan</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Rusak</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Hilang</translation>
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
    <name>DatabaseTab</name>
    <message>
        <source>Sentra Desktop keeps its records in a file on this PC. When several PCs should work on the same records (the office and the workshop), put them on a PostgreSQL server and point every PC at it.</source>
        <translation>Sentra Desktop menyimpan datanya dalam sebuah berkas di PC ini. Jika beberapa PC perlu memakai data yang sama (kantor dan tempat produksi), simpan data di server PostgreSQL dan arahkan setiap PC ke server itu.</translation>
    </message>
    <message>
        <source>On &amp;this PC (%1)</source>
        <translation>Di PC &amp;ini (%1)</translation>
    </message>
    <message>
        <source>On a &amp;server (PostgreSQL)</source>
        <translation>Di ser&amp;ver (PostgreSQL)</translation>
    </message>
    <message>
        <source>for example 192.168.1.10 or kantor-pc</source>
        <translation>misalnya 192.168.1.10 atau kantor-pc</translation>
    </message>
    <message>
        <source>Default (encrypted when the server offers it, not verified)</source>
        <translation>Bawaan (dienkripsi bila server menawarkannya, tidak diverifikasi)</translation>
    </message>
    <message>
        <source>Never encrypted</source>
        <translation>Tidak pernah dienkripsi</translation>
    </message>
    <message>
        <source>Encrypted only when the server insists</source>
        <translation>Dienkripsi hanya bila server mengharuskannya</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it, not verified</source>
        <translation>Dienkripsi bila server menawarkannya, tidak diverifikasi</translation>
    </message>
    <message>
        <source>Always encrypted, server not verified</source>
        <translation>Selalu dienkripsi, server tidak diverifikasi</translation>
    </message>
    <message>
        <source>Always encrypted, server certificate verified</source>
        <translation>Selalu dienkripsi, sertifikat server diverifikasi</translation>
    </message>
    <message>
        <source>Always encrypted, certificate and server name verified</source>
        <translation>Selalu dienkripsi, sertifikat dan nama server diverifikasi</translation>
    </message>
    <message>
        <source>the server&apos;s CA file, e.g. root.crt</source>
        <translation>berkas CA server, misalnya root.crt</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Pe&amp;ngguna:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>Enkr&amp;ipsi:</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>Berkas C&amp;A:</translation>
    </message>
    <message>
        <source>T&amp;est the connection</source>
        <translation>&amp;Uji koneksi</translation>
    </message>
    <message>
        <source>&amp;Copy the server&apos;s records to this PC…</source>
        <translation>Sali&amp;n data server ke PC ini…</translation>
    </message>
    <message>
        <source>&amp;Copy this PC&apos;s records to the server…</source>
        <translation>Sa&amp;lin data PC ini ke server…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>The password is kept in this PC&apos;s keyring, never in a settings file.</source>
        <translation>Kata sandi disimpan di keyring PC ini, tidak pernah di berkas pengaturan.</translation>
    </message>
    <message>
        <source>This PC has no keyring to keep the password in, so it is asked for each time Sentra Desktop starts.</source>
        <translation>PC ini tidak punya keyring untuk menyimpan kata sandi, jadi kata sandi akan ditanyakan setiap kali Sentra Desktop dibuka.</translation>
    </message>
    <message>
        <source>Fill in the host, the database and the user first.</source>
        <translation>Isi host, database, dan pengguna terlebih dahulu.</translation>
    </message>
    <message>
        <source>Saved. Start Sentra Desktop again to work on the chosen database.</source>
        <translation>Tersimpan. Buka ulang Sentra Desktop untuk bekerja dengan database yang dipilih.</translation>
    </message>
    <message>
        <source>Trying the server…</source>
        <translation>Menghubungi server…</translation>
    </message>
    <message>
        <source>Trying the server</source>
        <translation>Menghubungi server</translation>
    </message>
    <message>
        <source>The server answers: %1. Sentra Desktop can work on it.</source>
        <translation>Server menjawab: %1. Sentra Desktop dapat bekerja dengan server ini.</translation>
    </message>
    <message>
        <source>The link is encrypted.</source>
        <translation>Sambungan ini dienkripsi.</translation>
    </message>
    <message>
        <source>The link is NOT encrypted: anyone on the network can read the records on their way. Choose an encryption setting, or keep the server on a network only the sentra uses.</source>
        <translation>Sambungan ini TIDAK dienkripsi: siapa pun di jaringan dapat membaca catatan yang lewat. Pilih pengaturan enkripsi, atau pastikan server berada di jaringan yang hanya dipakai sentra.</translation>
    </message>
    <message>
        <source>Nothing answers at that address. Check the host name and port, that the server PC is on, and the network cable.</source>
        <translation>Tidak ada jawaban dari alamat itu. Periksa nama host dan port, pastikan PC server menyala, dan periksa kabel jaringan.</translation>
    </message>
    <message>
        <source>The server refused the user name or the password.</source>
        <translation>Server menolak nama pengguna atau kata sandi.</translation>
    </message>
    <message>
        <source>The server has no database with that name. Ask whoever looks after the server to create it.</source>
        <translation>Server tidak memiliki database dengan nama itu. Minta pengelola server untuk membuatnya.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is missing from this installation.</source>
        <translation>Driver PostgreSQL tidak ada dalam instalasi ini.</translation>
    </message>
    <message>
        <source>The encrypted link could not be set up: the server offers no encryption, or its certificate does not match the CA file or its name.</source>
        <translation>Sambungan terenkripsi tidak dapat dibuat: server tidak menawarkan enkripsi, atau sertifikatnya tidak cocok dengan berkas CA atau namanya.</translation>
    </message>
    <message>
        <source>The server could not be used.</source>
        <translation>Server tidak dapat digunakan.</translation>
    </message>
    <message>
        <source>Copy every record of the server to this PC&apos;s file %1? The file must hold no records yet; the server&apos;s records stay as they are.</source>
        <translation>Salin semua data server ke berkas PC ini %1? Berkas itu harus masih kosong; data di server tetap seperti semula.</translation>
    </message>
    <message>
        <source>Copy every record of this PC to the server %1? The server&apos;s database must be empty; the records here stay as they are.</source>
        <translation>Salin semua data PC ini ke server %1? Database di server harus kosong; data di PC ini tetap seperti semula.</translation>
    </message>
    <message>
        <source>Copying the records to the server</source>
        <translation>Menyalin data ke server</translation>
    </message>
    <message>
        <source>%1 records copied; the counts and stock totals in this PC&apos;s file match. Choose “On this PC” and save to work on it.</source>
        <translation>%1 data tersalin; jumlah data dan total stok di berkas PC ini cocok. Pilih “Di PC ini” lalu simpan untuk bekerja dengannya.</translation>
    </message>
    <message>
        <source>%1 records copied; the counts and stock totals on the server match. Choose “On a server” and save to work on it.</source>
        <translation>%1 data disalin; jumlah data dan total stok di server sudah cocok. Pilih “Di server” lalu simpan untuk bekerja dengan server itu.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>Deliver %1</source>
        <translation>Kirim %1</translation>
    </message>
    <message>
        <source>e.g. picked up by the buyer, sent by bus</source>
        <translation>mis. diambil sendiri oleh pembeli, dikirim lewat bus</translation>
    </message>
    <message>
        <source>&amp;Delivery date</source>
        <translation>&amp;Tanggal kirim</translation>
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
        <source>Ordered</source>
        <translation>Dipesan</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sisa</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Sekarang</translation>
    </message>
    <message>
        <source>Deliver &amp;anyway</source>
        <translation>Tetap &amp;kirim</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>%1 — %2. Type the pieces going out now; 0 leaves a line for later.</source>
        <translation>%1 — %2. Ketik jumlah buah yang dikirim sekarang; 0 berarti baris itu dikirim nanti.</translation>
    </message>
    <message>
        <source>Post this delivery?</source>
        <translation>Catat pengiriman ini?</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>Menyimpan pengiriman</translation>
    </message>
    <message>
        <source>%1: %2 of %3 left</source>
        <translation>%1: %2 dari sisa %3</translation>
    </message>
    <message>
        <source>This delivery posts %1 pieces out of stock, while %2 are still to deliver:</source>
        <translation>Pengiriman ini mengeluarkan %1 buah dari stok, padahal yang belum dikirim %2:</translation>
    </message>
    <message>
        <source>Post it?</source>
        <translation>Catat sekarang?</translation>
    </message>
    <message>
        <source>At most %1</source>
        <translation>Paling banyak %1</translation>
    </message>
    <message>
        <source>Deliver anyway? Stock goes below zero.</source>
        <translation>Tetap kirim? Stok akan menjadi di bawah nol.</translation>
    </message>
</context>
<context>
    <name>DeliveryNote</name>
    <message numerus="yes">
        <source>VOIDED on {date}: this delivery note is not valid.</source>
        <translation>
            <numerusform>DIBATALKAN pada {date}: surat jalan ini tidak berlaku.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery note number</source>
        <translation>Nomor surat jalan</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Tanggal kirim</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Nomor pesanan</translation>
    </message>
    <message>
        <source>Please find the following goods delivered herewith:</source>
        <translation>Dengan hormat, bersama ini kami kirimkan barang-barang berikut:</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Nama barang</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Dipesan</translation>
    </message>
    <message numerus="yes">
        <source>Delivered ({unit})</source>
        <translation>
            <numerusform>Dikirim ({unit})</numerusform>
        </translation>
    </message>
    <message>
        <source>Total delivered</source>
        <translation>Jumlah dikirim</translation>
    </message>
    <message>
        <source>The goods were received in good condition and in the right quantity.</source>
        <translation>Barang telah diterima dalam keadaan baik dan jumlah yang sesuai.</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>Pengantar</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Log in to the demo as: %1.</source>
        <translation>Masuk ke demo sebagai: %1.</translation>
    </message>
</context>
<context>
    <name>DemoAgency</name>
    <message>
        <source>Sentra {number} of {total}: {name}</source>
        <translation>Sentra {number} dari {total}: {name}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Checking that the database is empty</source>
        <translation>Memeriksa bahwa database masih kosong</translation>
    </message>
    <message>
        <source>Creating the sentra, its makers and materials</source>
        <translation>Membuat sentra, pengrajin dan bahan bakunya</translation>
    </message>
    <message>
        <source>Drawing the design photos</source>
        <translation>Menggambar foto desain</translation>
    </message>
    <message>
        <source>Simulating production and sales</source>
        <translation>Menyimulasikan produksi dan penjualan</translation>
    </message>
    <message>
        <source>Writing production entries and receipts</source>
        <translation>Menulis catatan produksi dan penerimaan bahan</translation>
    </message>
    <message>
        <source>Writing orders, deliveries and payments</source>
        <translation>Menulis pesanan, pengiriman dan pembayaran</translation>
    </message>
    <message>
        <source>Writing the stock ledger</source>
        <translation>Menulis mutasi stok</translation>
    </message>
    <message>
        <source>Creating the sentra, its makers, materials and designs</source>
        <translation>Membuat sentra, pengrajin, bahan baku dan desainnya</translation>
    </message>
    <message>
        <source>Generating production, orders, deliveries and payments</source>
        <translation>Menyusun produksi, pesanan, pengiriman dan pembayaran</translation>
    </message>
    <message>
        <source>Writing buyers, production entries and receipts</source>
        <translation>Menulis pembeli, catatan produksi dan penerimaan bahan</translation>
    </message>
    <message>
        <source>Writing the stock ledger and balances</source>
        <translation>Menulis mutasi dan saldo stok</translation>
    </message>
    <message>
        <source>Writing the audit log</source>
        <translation>Menulis riwayat perubahan</translation>
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
        <source>(the sentra as a whole)</source>
        <translation>(sentra secara keseluruhan)</translation>
    </message>
    <message>
        <source>The member business whose sales this design&apos;s order lines count for</source>
        <translation>Usaha anggota yang memiliki penjualan dari baris pesanan desain ini</translation>
    </message>
    <message>
        <source>Add every mould that casts this design; untick one to unlink it</source>
        <translation>Tambahkan setiap cetakan yang mencetak desain ini; hapus centang untuk melepasnya</translation>
    </message>
    <message>
        <source>O&amp;wning member</source>
        <translation>Milik an&amp;ggota</translation>
    </message>
    <message>
        <source>&amp;Moulds</source>
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
        <source>Photo</source>
        <translation>Foto</translation>
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
        <source>⚠ no working mould</source>
        <translation>⚠ tidak ada cetakan layak</translation>
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
    <message>
        <source>Moulds</source>
        <translation>Cetakan</translation>
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
        <source>The database was busy with other saves at that moment, so nothing was saved. Try again.</source>
        <translation>Database sedang sibuk menyimpan data lain pada saat yang sama, jadi tidak ada yang tersimpan. Coba lagi.</translation>
    </message>
    <message>
        <source>{actor} may not do this; it is for: {who}.</source>
        <translation>{actor} tidak diizinkan melakukan ini; yang boleh: {who}.</translation>
    </message>
    <message>
        <source>{actor} may void only what they entered themselves today; ask the head of the sentra.</source>
        <translation>{actor} hanya boleh membatalkan yang dimasukkannya sendiri hari ini; minta ketua sentra.</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits, nothing else.</source>
        <translation>PIN terdiri dari 4 sampai 8 angka, tidak lebih.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Kedua PIN tidak sama.</translation>
    </message>
    <message>
        <source>Wrong PIN. {left} more wrong PINs lock {name} for 5 minutes.</source>
        <translation>PIN salah. {left} kali lagi salah, {name} dikunci selama 5 menit.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: {name} is locked until {until}.</source>
        <translation>Terlalu banyak PIN salah: {name} dikunci sampai {until}.</translation>
    </message>
    <message>
        <source>{name} is disabled and cannot log in.</source>
        <translation>{name} nonaktif dan tidak bisa masuk.</translation>
    </message>
    <message>
        <source>No user is called “{name}”.</source>
        <translation>Tidak ada pengguna bernama “{name}”.</translation>
    </message>
    <message>
        <source>{name} has no PIN yet; set one first.</source>
        <translation>{name} belum punya PIN; pasang dulu.</translation>
    </message>
    <message>
        <source>{name} already has a PIN; the head can reset it.</source>
        <translation>{name} sudah punya PIN; ketua dapat mengatur ulang.</translation>
    </message>
    <message>
        <source>The sentra must keep at least one active head.</source>
        <translation>Sentra harus tetap punya setidaknya satu ketua yang aktif.</translation>
    </message>
    <message>
        <source>The head of the sentra is already chosen.</source>
        <translation>Ketua sentra sudah dipilih.</translation>
    </message>
    <message>
        <source>Users already exist; log in as the head to add one.</source>
        <translation>Pengguna sudah ada; masuk sebagai ketua untuk menambah.</translation>
    </message>
    <message>
        <source>The first user must be the head (ketua).</source>
        <translation>Pengguna pertama harus ketua.</translation>
    </message>
    <message>
        <source>A role is ketua, operator, bendahara or pendamping.</source>
        <translation>Peran adalah ketua, operator, bendahara atau pendamping.</translation>
    </message>
    <message>
        <source>This needs a user: give --user NAME (the PIN is asked, or read from SENTRA_PIN).</source>
        <translation>Ini perlu pengguna: berikan --user NAMA (PIN ditanyakan, atau dibaca dari SENTRA_PIN).</translation>
    </message>
    <message>
        <source>The data could not be saved: {detail}</source>
        <translation>Data tidak bisa disimpan: {detail}</translation>
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
        <source>The compared period overlaps the chosen period.</source>
        <translation>Periode pembanding bertumpang tindih dengan periode yang dipilih.</translation>
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
        <source>No member business has the code “{value}”.</source>
        <translation>Tidak ada usaha anggota dengan kode “{value}”.</translation>
    </message>
    <message>
        <source>Choose a day after {date}: the maker&apos;s earlier member businesses stay as they were.</source>
        <translation>Pilih tanggal setelah {date}: usaha anggota pengrajin sebelumnya tetap seperti semula.</translation>
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
        <source>The database file is damaged ({detail}). Do not type new data into it: restore the newest good backup (start Sentra Desktop, which offers it, or run “sentra-desktop restore FILE” with the newest file in the backups folder).</source>
        <translation>Berkas database rusak ({detail}). Jangan mengetik data baru ke dalamnya: pulihkan cadangan baik yang terbaru (buka Sentra Desktop, yang akan menawarkannya, atau jalankan “sentra-desktop restore BERKAS” dengan berkas terbaru di folder backups).</translation>
    </message>
    <message>
        <source>The database file is damaged. Do not type new data into it: restore the newest good backup (start Sentra Desktop, which offers it, or run “sentra-desktop restore FILE” with the newest file in the backups folder). SQLite&apos;s own words follow, for a specialist.</source>
        <translation>Berkas database rusak. Jangan mengetik data baru ke dalamnya: pulihkan cadangan baik yang terbaru (buka Sentra Desktop, yang akan menawarkannya, atau jalankan “sentra-desktop restore BERKAS” dengan berkas terbaru di folder backups). Di bawah ini pesan asli SQLite, untuk teknisi.</translation>
    </message>
    <message>
        <source>{path} is not a folder; choose the folder for the packet.</source>
        <translation>{path} bukan folder; pilih folder untuk paket.</translation>
    </message>
    <message>
        <source>{file} is not a Sentra data packet.</source>
        <translation>{file} bukan paket data Sentra.</translation>
    </message>
    <message>
        <source>The packet {file} is incomplete (cut off while it was copied). Copy it again from the sentra.</source>
        <translation>Paket {file} tidak lengkap (terpotong saat disalin). Salin lagi dari sentra.</translation>
    </message>
    <message>
        <source>The packet {file} was changed after it was signed ({detail}), so it is not used.</source>
        <translation>Paket {file} diubah setelah ditandatangani ({detail}), jadi tidak dipakai.</translation>
    </message>
    <message>
        <source>The signature of the packet {file} does not match its key: it was altered or signed by another key, so it is not used.</source>
        <translation>Tanda tangan paket {file} tidak cocok dengan kuncinya: paket diubah atau ditandatangani kunci lain, jadi tidak dipakai.</translation>
    </message>
    <message>
        <source>The packet {file} was made by a newer Sentra Desktop (packet format {version}). Update this program first.</source>
        <translation>Paket {file} dibuat oleh Sentra Desktop yang lebih baru (format paket {version}). Perbarui program ini dulu.</translation>
    </message>
    <message>
        <source>The same kind of aid was already received: {items}. Type why it was needed again, then save.</source>
        <translation>Bantuan sejenis sudah pernah diterima: {items}. Tulis alasan bantuan ini diperlukan lagi, lalu simpan.</translation>
    </message>
    <message>
        <source>Say why the item was returned or written off.</source>
        <translation>Tulis alasan barang dikembalikan atau dihapusbukukan.</translation>
    </message>
    <message>
        <source>Type a year such as 2025.</source>
        <translation>Ketik tahun, misalnya 2025.</translation>
    </message>
    <message>
        <source>A mould that came as aid has no purchase price; leave it empty.</source>
        <translation>Cetakan dari bantuan tidak punya harga beli; kosongkan saja.</translation>
    </message>
    <message>
        <source>This mould does not cast the design; choose one of its moulds or none.</source>
        <translation>Cetakan ini tidak mencetak desain tersebut; pilih salah satu cetakannya atau kosongkan.</translation>
    </message>
    <message>
        <source>Aid is never hidden or deleted. Open the item and set its status to returned or written off, with the reason.</source>
        <translation>Bantuan tidak pernah disembunyikan atau dihapus. Buka barangnya dan ubah statusnya menjadi dikembalikan atau dihapusbukukan, beserta alasannya.</translation>
    </message>
    <message>
        <source>No programme “{value}” of that agency.</source>
        <translation>Tidak ada program “{value}” dari instansi itu.</translation>
    </message>
    <message>
        <source>No agency is called “{value}”.</source>
        <translation>Tidak ada instansi bernama “{value}”.</translation>
    </message>
    <message>
        <source>No member business is called “{value}”.</source>
        <translation>Tidak ada usaha anggota bernama “{value}”.</translation>
    </message>
    <message>
        <source>No aid item has the record number {value}.</source>
        <translation>Tidak ada barang bantuan dengan nomor catatan {value}.</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8 nor Excel&apos;s Windows text. In Excel, save it as “CSV UTF-8 (Comma delimited)”.</source>
        <translation>{file} bukan teks UTF-8 maupun teks Windows dari Excel. Di Excel, simpan sebagai “CSV UTF-8 (Comma delimited)”.</translation>
    </message>
    <message>
        <source>The database server cannot be reached, so nothing was saved. Your input is kept: check the server and the network cable, then try again.</source>
        <translation>Server database tidak dapat dihubungi, jadi tidak ada yang disimpan. Isian Anda tetap ada: periksa server dan kabel jaringan, lalu coba lagi.</translation>
    </message>
    <message>
        <source>More than was ordered: {ordered} ordered, {delivered} already delivered, so at most {open} now.</source>
        <translation>Melebihi pesanan: dipesan {ordered}, sudah dikirim {delivered}, jadi sekarang paling banyak {open}.</translation>
    </message>
    <message>
        <source>Pay up to {date} is already paid; a rate can start only after that day.</source>
        <translation>Upah sampai {date} sudah dibayar; tarif baru hanya bisa berlaku setelah hari itu.</translation>
    </message>
    <message>
        <source>This period overlaps the paid period {start} to {end}; choose a period outside it.</source>
        <translation>Periode ini bertumpang tindih dengan periode yang sudah dibayar {start} s.d. {end}; pilih periode di luarnya.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Periode berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <source>This pay period is already paid and closed.</source>
        <translation>Periode upah ini sudah dibayar dan ditutup.</translation>
    </message>
    <message>
        <source>Must not be zero.</source>
        <translation>Tidak boleh nol.</translation>
    </message>
    <message>
        <source>These designs have no piece rate yet: {designs}.</source>
        <translation>Desain berikut belum punya tarif borongan: {designs}.</translation>
    </message>
    <message>
        <source>An advance of {amount} is more than this maker&apos;s average pay ({average}). Save it anyway?</source>
        <translation>Kasbon {amount} melebihi rata-rata upah pengrajin ini ({average}). Tetap simpan?</translation>
    </message>
    <message>
        <source>The user name or password was refused; check them on Pengaturan → Database.</source>
        <translation>Nama pengguna atau kata sandi ditolak; periksa keduanya di Pengaturan → Database.</translation>
    </message>
    <message>
        <source>The server does not know this user name.</source>
        <translation>Server tidak mengenal nama pengguna ini.</translation>
    </message>
    <message>
        <source>The server has no database with this name.</source>
        <translation>Server tidak memiliki database dengan nama ini.</translation>
    </message>
    <message>
        <source>Nothing answers at this address and port: the server may be stopped, or the port is wrong.</source>
        <translation>Tidak ada yang menjawab di alamat dan port ini: server mungkin mati, atau nomor port salah.</translation>
    </message>
    <message>
        <source>The server&apos;s address is not known on the network; check how it is written.</source>
        <translation>Alamat server tidak dikenal di jaringan; periksa cara menulisnya.</translation>
    </message>
    <message>
        <source>The server did not answer in time: check the network cable and that the server is on.</source>
        <translation>Server tidak menjawab tepat waktu: periksa kabel jaringan dan pastikan server menyala.</translation>
    </message>
    <message>
        <source>The server broke off the connection (it may be restarting).</source>
        <translation>Server memutus sambungan (mungkin sedang dinyalakan ulang).</translation>
    </message>
    <message>
        <source>The database file cannot be read or created; check the data folder and the disk.</source>
        <translation>Berkas database tidak dapat dibaca atau dibuat; periksa folder data dan disknya.</translation>
    </message>
    <message>
        <source>The program&apos;s database driver is missing.</source>
        <translation>Driver database program ini tidak ada.</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>berkas atau folder tidak ada</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>tidak ada izin</translation>
    </message>
    <message>
        <source>not permitted</source>
        <translation>tidak diizinkan</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk penuh</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>jatah disk sudah habis</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disk hanya bisa dibaca</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>itu folder, bukan berkas</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>sebagian jalurnya bukan folder</translation>
    </message>
    <message>
        <source>the disk reported a read or write error</source>
        <translation>disk melaporkan kesalahan baca atau tulis</translation>
    </message>
    <message>
        <source>it already exists</source>
        <translation>sudah ada</translation>
    </message>
    <message>
        <source>it is in use</source>
        <translation>sedang dipakai</translation>
    </message>
    <message>
        <source>its inner structure is broken</source>
        <translation>struktur dalamnya rusak</translation>
    </message>
    <message>
        <source>it is no longer a database file</source>
        <translation>bukan lagi berkas database</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was written. Free some space on the disk, then try again.</source>
        <translation>Disk penuh, jadi tidak ada yang disimpan. Kosongkan sebagian ruang di disk, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Basis data tidak bisa dibuka.</translation>
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
        <source>{file} is empty (0 bytes): it is not a backup.</source>
        <translation>{file} kosong (0 byte): berkas ini bukan cadangan.</translation>
    </message>
    <message>
        <source>{file} is not a database file, so it cannot be a Sentra Desktop backup.</source>
        <translation>{file} bukan berkas basis data, jadi bukan cadangan Sentra Desktop.</translation>
    </message>
    <message>
        <source>The backup {file} is incomplete (cut off while it was copied) and cannot be restored. Copy it again from where it was made.</source>
        <translation>Cadangan {file} tidak lengkap (terpotong saat disalin) dan tidak dapat dipulihkan. Salin lagi dari tempat cadangan itu dibuat.</translation>
    </message>
    <message>
        <source>The backup {file} was changed after it was made (it no longer matches its SHA-256 check sum), so it is not restored. Use another backup.</source>
        <translation>Cadangan {file} berubah setelah dibuat (tidak lagi cocok dengan checksum SHA-256-nya), jadi tidak dipulihkan. Gunakan cadangan lain.</translation>
    </message>
    <message>
        <source>The backup {file} holds a database whose structure was changed outside Sentra Desktop, so it is not restored and nothing was replaced. Differences:
{differences}</source>
        <translation>Cadangan {file} berisi basis data yang strukturnya diubah di luar Sentra Desktop, jadi tidak dipulihkan dan tidak ada yang diganti. Perbedaannya:
{differences}</translation>
    </message>
    <message>
        <source>The backup {file} changed while it was being restored; nothing was replaced.</source>
        <translation>Cadangan {file} berubah saat sedang dipulihkan; tidak ada yang diganti.</translation>
    </message>
    <message>
        <source>The database {database} has a structure that was changed outside Sentra Desktop, so it is not used. Differences:
{differences}</source>
        <translation>Basis data {database} strukturnya diubah di luar Sentra Desktop, jadi tidak dipakai. Perbedaannya:
{differences}</translation>
    </message>
    <message>
        <source>The server&apos;s database structure was changed outside Sentra Desktop, so nothing is saved to it. Ask whoever looks after the server to check it (sentra-desktop check).</source>
        <translation>Struktur basis data di server diubah di luar Sentra Desktop, jadi tidak ada yang disimpan ke sana. Minta pengelola server memeriksanya (sentra-desktop check).</translation>
    </message>
    <message>
        <source>The restored data could not be updated: {detail}</source>
        <translation>Data yang dipulihkan tidak dapat diperbarui: {detail}</translation>
    </message>
    <message>
        <source>No mould has the code “{value}”.</source>
        <translation>Tidak ada cetakan dengan kode “{value}”.</translation>
    </message>
    <message>
        <source>No maker is called “{value}”.</source>
        <translation>Tidak ada pengrajin bernama “{value}”.</translation>
    </message>
    <message>
        <source>This item is not on the stock count of that date.</source>
        <translation>Barang ini tidak ada di stok opname tanggal tersebut.</translation>
    </message>
    <message>
        <source>The stock count of {date} is already posted with another quantity for this item.</source>
        <translation>Stok opname tanggal {date} sudah diposting dengan jumlah lain untuk barang ini.</translation>
    </message>
    <message>
        <source>The same record is already in row {first_row}.</source>
        <translation>Data yang sama sudah ada di baris {first_row}.</translation>
    </message>
    <message>
        <source>The file has no column for “{column}”.</source>
        <translation>Berkas ini tidak punya kolom “{column}”.</translation>
    </message>
    <message>
        <source>{file}: only .csv and .xlsx files can be used.</source>
        <translation>{file}: hanya berkas .csv dan .xlsx yang bisa dipakai.</translation>
    </message>
    <message>
        <source>{file} is not an Excel (.xlsx) file ({detail}).</source>
        <translation>{file} bukan berkas Excel (.xlsx) ({detail}).</translation>
    </message>
    <message>
        <source>Unknown kind “{kind}”; use one of: {kinds}.</source>
        <translation>Jenis “{kind}” tidak dikenal; pakai salah satu dari: {kinds}.</translation>
    </message>
    <message>
        <source>No order has the number “{value}”.</source>
        <translation>Tidak ada pesanan dengan nomor “{value}”.</translation>
    </message>
    <message>
        <source>No delivery note (or order with a delivery) has the number “{value}”.</source>
        <translation>Tidak ada surat jalan (atau pesanan yang sudah ada pengirimannya) dengan nomor “{value}”.</translation>
    </message>
    <message>
        <source>No product type is called “{value}”.</source>
        <translation>Tidak ada jenis produk bernama “{value}”.</translation>
    </message>
    <message>
        <source>No design or material has the code “{value}”.</source>
        <translation>Tidak ada desain atau bahan baku dengan kode “{value}”.</translation>
    </message>
    <message>
        <source>Backups here are of the database file on this PC; a server database is backed up on the server.</source>
        <translation>Cadangan di sini adalah untuk berkas database di PC ini; database server dicadangkan di server.</translation>
    </message>
    <message>
        <source>The target database already holds records ({tables}); data is copied only into an empty one.</source>
        <translation>Database tujuan sudah berisi data ({tables}); data hanya disalin ke database yang masih kosong.</translation>
    </message>
    <message>
        <source>The copy did not match the original, so it was undone: {detail}</source>
        <translation>Salinan tidak sama dengan aslinya, jadi penyalinan dibatalkan: {detail}</translation>
    </message>
    <message>
        <source>The source and the target are the same database.</source>
        <translation>Sumber dan tujuan adalah database yang sama.</translation>
    </message>
    <message>
        <source>The database server needs a password for {user}; none is stored on this PC.</source>
        <translation>Server database memerlukan kata sandi untuk {user}; belum ada yang tersimpan di PC ini.</translation>
    </message>
    <message>
        <source>This phone number already belongs to {name} ({city}).</source>
        <translation>Nomor telepon ini sudah dipakai oleh {name} ({city}).</translation>
    </message>
    <message>
        <source>{name} in {city} is already recorded.</source>
        <translation>{name} di {city} sudah tercatat.</translation>
    </message>
    <message>
        <source>The due date is before the order date.</source>
        <translation>Tanggal jatuh tempo lebih awal dari tanggal pesanan.</translation>
    </message>
    <message>
        <source>An order needs at least one line.</source>
        <translation>Pesanan harus punya paling sedikit satu baris.</translation>
    </message>
    <message>
        <source>The discount is more than the lines add up to ({max}).</source>
        <translation>Diskon lebih besar dari jumlah semua baris ({max}).</translation>
    </message>
    <message>
        <source>The new total would be less than what was already paid ({paid}).</source>
        <translation>Total baru akan lebih kecil dari yang sudah dibayar ({paid}).</translation>
    </message>
    <message>
        <source>This order is delivered or cancelled and can no longer be changed.</source>
        <translation>Pesanan ini sudah terkirim atau dibatalkan dan tidak bisa diubah lagi.</translation>
    </message>
    <message>
        <source>Only a draft order can be confirmed.</source>
        <translation>Hanya pesanan draf yang bisa dikonfirmasi.</translation>
    </message>
    <message>
        <source>Only a confirmed order can be marked ready.</source>
        <translation>Hanya pesanan yang sudah dikonfirmasi yang bisa ditandai siap.</translation>
    </message>
    <message>
        <source>Confirm the order before delivering it.</source>
        <translation>Konfirmasi pesanan dulu sebelum dikirim.</translation>
    </message>
    <message>
        <source>A delivered order cannot be cancelled.</source>
        <translation>Pesanan yang sudah terkirim tidak bisa dibatalkan.</translation>
    </message>
    <message>
        <source>Part of this order was already delivered, so it cannot be cancelled; lower its quantities to what was delivered instead.</source>
        <translation>Sebagian pesanan ini sudah dikirim, jadi tidak bisa dibatalkan; sebagai gantinya, kurangi jumlahnya menjadi sebanyak yang sudah dikirim.</translation>
    </message>
    <message>
        <source>This order is already cancelled.</source>
        <translation>Pesanan ini sudah dibatalkan.</translation>
    </message>
    <message>
        <source>{delivered} already delivered; the quantity cannot be less.</source>
        <translation>{delivered} sudah dikirim; jumlahnya tidak boleh kurang dari itu.</translation>
    </message>
    <message>
        <source>A line with deliveries cannot be removed or change its design.</source>
        <translation>Baris yang sudah ada pengirimannya tidak bisa dihapus atau diganti desainnya.</translation>
    </message>
    <message>
        <source>Enter the pieces going out on at least one line.</source>
        <translation>Isi jumlah barang yang keluar pada paling sedikit satu baris.</translation>
    </message>
    <message>
        <source>More than is on hand would go out: {items}.</source>
        <translation>Barang yang keluar akan melebihi stok yang ada: {items}.</translation>
    </message>
    <message>
        <source>The delivery date is before the order date.</source>
        <translation>Tanggal pengiriman lebih awal dari tanggal pesanan.</translation>
    </message>
    <message>
        <source>More than is outstanding: at most {max}.</source>
        <translation>Melebihi sisa tagihan: paling banyak {max}.</translation>
    </message>
    <message>
        <source>A cancelled order takes no payments.</source>
        <translation>Pesanan yang dibatalkan tidak bisa menerima pembayaran.</translation>
    </message>
    <message>
        <source>Sentra Desktop</source>
        <translation>Sentra Desktop</translation>
    </message>
    <message>
        <source>This is an agency database (its sentra&apos;s replicas), not a sentra&apos;s own: open it with --agency.</source>
        <translation>Ini basis data dinas (replika sentra binaannya), bukan basis data sentra: buka dengan --agency.</translation>
    </message>
    <message>
        <source>This is a sentra&apos;s own database, not an agency&apos;s: open it without --agency, or give --agency a folder or server database of its own.</source>
        <translation>Ini basis data milik sentra, bukan milik dinas: buka tanpa --agency, atau beri --agency folder atau basis data server tersendiri.</translation>
    </message>
    <message>
        <source>Packets are imported into an agency database, never into a sentra&apos;s own: use --agency --data-dir DIR (or --agency --db-url URL).</source>
        <translation>Paket hanya diimpor ke basis data dinas, tidak pernah ke basis data sentra: gunakan --agency --data-dir DIR (atau --agency --db-url URL).</translation>
    </message>
    <message>
        <source>The packet comes from a newer Sentra Desktop (schema {revision}); update the program, then import it again. Nothing was imported.</source>
        <translation>Paket berasal dari Sentra Desktop yang lebih baru (skema {revision}); perbarui program, lalu impor lagi. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>{name} is not registered yet: its first packet must be a full one (“packet export --full” at the sentra). Nothing was imported.</source>
        <translation>{name} belum terdaftar: paket pertamanya harus paket lengkap (“packet export --full” di sentra). Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>The packet of {name} is signed by another key ({given}) than the one registered ({known}); nothing was imported.</source>
        <translation>Paket {name} ditandatangani dengan kunci lain ({given}), bukan kunci yang terdaftar ({known}); tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Packets of {name} are missing: changes {first} to {last} have not arrived. Import the missing packet first (or ask the sentra for a full one). Nothing was imported.</source>
        <translation>Ada paket {name} yang hilang: perubahan {first} sampai {last} belum diterima. Impor dulu paket yang hilang (atau minta paket lengkap dari sentra). Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>The packet of {name} goes back before what the agency already has (up to change {last}): the sentra probably restored an older backup. Ask it to send “packet export --full”. Nothing was imported.</source>
        <translation>Paket {name} mundur ke sebelum data yang sudah ada di dinas (sampai perubahan {last}): sentra mungkin memulihkan cadangan lama. Minta sentra mengirim “packet export --full”. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>This full packet replaces everything the agency has of {name}. Confirm it (on the command line: --replace). Nothing was imported.</source>
        <translation>Paket lengkap ini mengganti semua data {name} yang ada di dinas. Konfirmasi dulu (di baris perintah: --replace atau --ganti). Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>The packet&apos;s record {key} of {table} is not the record the agency has under that number; ask the sentra for a full packet. Nothing was imported.</source>
        <translation>Catatan {key} di {table} dalam paket bukan catatan yang dimiliki dinas dengan nomor itu; minta paket lengkap dari sentra. Tidak ada yang diimpor.</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <source>e.g. Pameran Kriya Sumsel 2026</source>
        <translation>mis. Pameran Kriya Sumsel 2026</translation>
    </message>
    <message>
        <source>&amp;Add event</source>
        <translation>&amp;Tambah acara</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Sampai</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Lokasi</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Share of the year&apos;s sales</source>
        <translation>Porsi tahunan</translation>
    </message>
    <message>
        <source>Income from confirmed and delivered orders that name the event, and its share of that year&apos;s sales: how much hangs on one event (30% or more is shown in red).</source>
        <translation>Pendapatan dari pesanan yang dikonfirmasi dan terkirim yang mencantumkan acara ini, serta porsinya dari penjualan tahun itu: seberapa besar penjualan bergantung pada satu acara (30% atau lebih ditampilkan merah).</translation>
    </message>
</context>
<context>
    <name>FigureTable</name>
    <message>
        <source>Reading…</source>
        <translation>Membaca…</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>Not started</source>
        <translation>Belum</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>The guide is missing from this installation.</source>
        <translation>Panduan tidak ada di instalasi ini.</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Panduan</translation>
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
    <name>IdleLockSetting</name>
    <message>
        <source> min</source>
        <translation> menit</translation>
    </message>
    <message>
        <source>&amp;Lock the screen after</source>
        <translation>&amp;Kunci layar setelah</translation>
    </message>
    <message>
        <source>Save the lock &amp;time</source>
        <translation>Simpan &amp;waktu kunci</translation>
    </message>
    <message>
        <source>without use (0: never)</source>
        <translation>tidak dipakai (0: tidak pernah)</translation>
    </message>
    <message>
        <source>Saved: it applies from the next login.</source>
        <translation>Tersimpan: berlaku sejak masuk berikutnya.</translation>
    </message>
</context>
<context>
    <name>IkmYear</name>
    <message>
        <source>Sales in the same regency/city</source>
        <translation>Penjualan di kabupaten/kota yang sama</translation>
    </message>
    <message>
        <source>Sales to other regencies/cities of the province</source>
        <translation>Penjualan ke kabupaten/kota lain di provinsi ini</translation>
    </message>
    <message>
        <source>Sales to other provinces</source>
        <translation>Penjualan ke provinsi lain</translation>
    </message>
    <message>
        <source>Sales, place not recorded</source>
        <translation>Penjualan, tempat tidak dicatat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Workers (makers active in the year)</source>
        <translation>Tenaga kerja (pengrajin aktif dalam tahun ini)</translation>
    </message>
    <message>
        <source>Workers&apos; pay (piece-rate pay paid)</source>
        <translation>Balas jasa pekerja (upah borongan dibayar)</translation>
    </message>
    <message>
        <source>Output (good pieces)</source>
        <translation>Produksi (produk baik)</translation>
    </message>
    <message>
        <source>Output value (list prices)</source>
        <translation>Nilai produksi (harga daftar)</translation>
    </message>
    <message>
        <source>Sales value</source>
        <translation>Nilai penjualan</translation>
    </message>
    <message>
        <source>Cost of materials used</source>
        <translation>Biaya bahan yang dipakai</translation>
    </message>
    <message>
        <source>Value added</source>
        <translation>Nilai tambah</translation>
    </message>
    <message>
        <source>Sales events attended</source>
        <translation>Acara penjualan yang diikuti</translation>
    </message>
    <message>
        <source>Aid and guidance received</source>
        <translation>Bantuan dan pembinaan yang diterima</translation>
    </message>
    <message>
        <source>Member business</source>
        <translation>Usaha anggota</translation>
    </message>
    <message numerus="yes">
        <source>Year {year}</source>
        <translation>
            <numerusform>Tahun {year}</numerusform>
        </translation>
    </message>
    <message>
        <source>No member business is recorded yet.</source>
        <translation>Belum ada usaha anggota yang dicatat.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Mentoring visits to the sentra in the year</source>
        <translation>Kunjungan pendampingan ke sentra dalam tahun ini</translation>
    </message>
    <message>
        <source>Filled from the records: sold orders (less discounts), production entries not voided, materials at the weighted average cost of their receipts, aid items received.</source>
        <translation>Diisi dari catatan: pesanan terjual (setelah diskon), catatan produksi yang tidak dibatalkan, bahan dengan rata-rata tertimbang harga penerimaannya, bantuan yang diterima.</translation>
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
    <name>LockDialog</name>
    <message>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
</context>
<context>
    <name>LoginPanel</name>
    <message>
        <source>Type or pick your name</source>
        <translation>Ketik atau pilih nama Anda</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;sekali lagi:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Pick your name, or type it, then type your PIN.</source>
        <translation>Pilih nama Anda, atau ketik, lalu ketik PIN Anda.</translation>
    </message>
    <message>
        <source>Set your PIN</source>
        <translation>Pasang PIN Anda</translation>
    </message>
    <message>
        <source>%1 has no PIN yet. Choose 4 to 8 digits and type them twice; keep them to yourself.</source>
        <translation>%1 belum punya PIN. Pilih 4 sampai 8 angka dan ketik dua kali; simpan untuk Anda sendiri.</translation>
    </message>
    <message>
        <source>Who is the head of the sentra?</source>
        <translation>Siapa ketua sentra?</translation>
    </message>
    <message>
        <source>This version gives everyone their own PIN. Pick the head of the sentra (ketua) and set the head&apos;s PIN now; this is asked only once. The others set their PIN at their first login.</source>
        <translation>Versi ini memberi setiap orang PIN sendiri. Pilih ketua sentra dan pasang PIN ketua sekarang; ini hanya ditanyakan sekali. Yang lain memasang PIN saat pertama kali masuk.</translation>
    </message>
    <message>
        <source>The head of the sentra</source>
        <translation>Ketua sentra</translation>
    </message>
    <message>
        <source>No user exists yet. Type the name of the head of the sentra (ketua) and a PIN.</source>
        <translation>Belum ada pengguna. Ketik nama ketua sentra dan sebuah PIN.</translation>
    </message>
    <message>
        <source>The screen is locked</source>
        <translation>Layar terkunci</translation>
    </message>
    <message>
        <source>Locked after a while without use. %1, type your PIN to go on where you were.</source>
        <translation>Terkunci karena lama tidak dipakai. %1, ketik PIN Anda untuk melanjutkan dari tempat tadi.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka kunci</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>&amp;Ganti pengguna</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Kinerja</translation>
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
        <source>Pay</source>
        <translation>Upah</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Bantuan</translation>
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
        <source>&amp;Guide</source>
        <translation>&amp;Panduan</translation>
    </message>
    <message>
        <source>&amp;About Sentra Desktop</source>
        <translation>&amp;Tentang Sentra Desktop</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>belum masuk</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Belum masuk</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Pengguna: %1 (%2)</translation>
    </message>
    <message>
        <source>Password of %1 on the database server:</source>
        <translation>Kata sandi %1 di server database:</translation>
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
        <source>Work on this PC&apos;s own data instead? The setting goes back to “On this PC”; choose the server again on Pengaturan → Database once it can be reached.</source>
        <translation>Bekerja dengan data PC ini saja? Pengaturan kembali ke “Di PC ini”; pilih server lagi di Pengaturan → Database setelah server bisa dihubungi.</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Memeriksa data</translation>
    </message>
</context>
<context>
    <name>MakerDialog</name>
    <message>
        <source>History:</source>
        <translation>Riwayat:</translation>
    </message>
    <message>
        <source>the sentra itself</source>
        <translation>sentra sendiri</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 sejak %2</translation>
    </message>
</context>
<context>
    <name>MaterialCategory</name>
    <message>
        <source>Rubber</source>
        <translation>Karet</translation>
    </message>
    <message>
        <source>Coconut fibre</source>
        <translation>Sabut kelapa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>MaterialDialog</name>
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
    <name>MemberFigures</name>
    <message>
        <source>Production per member business</source>
        <translation>Produksi per usaha anggota</translation>
    </message>
    <message>
        <source>(the sentra itself)</source>
        <translation>(sentra sendiri)</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Catatan</translation>
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
        <source>Reject rate</source>
        <translation>Tingkat reject</translation>
    </message>
    <message>
        <source>Member business</source>
        <translation>Usaha anggota</translation>
    </message>
    <message>
        <source>Sales per member business</source>
        <translation>Penjualan per usaha anggota</translation>
    </message>
    <message>
        <source>Confirmed, ready and delivered orders; line values before discounts</source>
        <translation>Pesanan yang dikonfirmasi, siap dan terkirim; nilai baris sebelum diskon</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Buah</translation>
    </message>
    <message>
        <source>Value (Rp)</source>
        <translation>Nilai (Rp)</translation>
    </message>
</context>
<context>
    <name>MemberFilter</name>
    <message>
        <source>All member businesses</source>
        <translation>Semua usaha anggota</translation>
    </message>
    <message>
        <source>Show the books of one member business (remembered on this PC)</source>
        <translation>Tampilkan pembukuan satu usaha anggota (diingat di PC ini)</translation>
    </message>
    <message>
        <source>(the sentra itself)</source>
        <translation>(sentra sendiri)</translation>
    </message>
</context>
<context>
    <name>MetVia</name>
    <message>
        <source>Exhibition</source>
        <translation>Pameran</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Datang langsung</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Media sosial</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>MouldForm</name>
    <message>
        <source>Tick every design this mould casts</source>
        <translation>Centang setiap desain yang dicetak cetakan ini</translation>
    </message>
    <message>
        <source>Designs it &amp;casts:</source>
        <translation>Desain yang di&amp;cetak:</translation>
    </message>
</context>
<context>
    <name>MouldPicker</name>
    <message>
        <source>(no mould)</source>
        <translation>(tanpa cetakan)</translation>
    </message>
    <message>
        <source>The mould used (optional); the last one used for the design is proposed</source>
        <translation>Cetakan yang dipakai (boleh kosong); cetakan terakhir untuk desain ini diusulkan</translation>
    </message>
    <message>
        <source>type a mould&apos;s code or name to add it</source>
        <translation>ketik kode atau nama cetakan untuk menambahkannya</translation>
    </message>
</context>
<context>
    <name>MovementKind</name>
    <message>
        <source>Receipt</source>
        <translation>Penerimaan bahan</translation>
    </message>
    <message>
        <source>Production in</source>
        <translation>Hasil produksi</translation>
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
    <name>NeedsView</name>
    <message>
        <source>Only designs with a &amp;shortfall</source>
        <translation>Hanya desain yang ada &amp;kekurangan</translation>
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
        <source>On open orders</source>
        <translation>Di pesanan terbuka</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Stok ada</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <source>To produce</source>
        <translation>Harus diproduksi</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Earliest due</source>
        <translation>Jatuh tempo terdekat</translation>
    </message>
    <message>
        <source>Confirmed and ready orders not yet delivered, per design, against stock on hand. Available = on hand − on open orders; red rows have an order past its due date.</source>
        <translation>Pesanan dikonfirmasi dan siap yang belum dikirim, per desain, dibandingkan dengan stok yang ada. Tersedia = stok ada − di pesanan terbuka; baris merah punya pesanan yang lewat jatuh tempo.</translation>
    </message>
    <message>
        <source>%1 designs · %2 pieces to produce</source>
        <translation>%1 desain · %2 buah harus diproduksi</translation>
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
        <source>Reset &amp;PIN</source>
        <translation>Atur ulang &amp;PIN</translation>
    </message>
    <message>
        <source>The user sets a new PIN at their next login.</source>
        <translation>Pengguna memasang PIN baru saat masuk berikutnya.</translation>
    </message>
    <message>
        <source>PIN reset: a new one is set at the next login</source>
        <translation>PIN diatur ulang: PIN baru dipasang saat masuk berikutnya</translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <source>New order</source>
        <translation>Pesanan baru</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pesanan %1</translation>
    </message>
    <message>
        <source>(no event)</source>
        <translation>(tanpa acara)</translation>
    </message>
    <message>
        <source>&amp;Buyer</source>
        <translation>&amp;Pembeli</translation>
    </message>
    <message>
        <source>D&amp;ue</source>
        <translation>&amp;Jatuh tempo</translation>
    </message>
    <message>
        <source>Or&amp;der date</source>
        <translation>&amp;Tanggal pesanan</translation>
    </message>
    <message>
        <source>Sales &amp;event</source>
        <translation>&amp;Acara penjualan</translation>
    </message>
    <message>
        <source>pieces</source>
        <translation>buah</translation>
    </message>
    <message>
        <source>design&apos;s price</source>
        <translation>harga desain</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Tambah &amp;baris</translation>
    </message>
    <message>
        <source>Desi&amp;gn</source>
        <translation>&amp;Desain</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>Ju&amp;mlah</translation>
    </message>
    <message>
        <source>Unit &amp;price (Rp)</source>
        <translation>&amp;Harga satuan (Rp)</translation>
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
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Jumlah harga</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Re&amp;move line</source>
        <translation>Hap&amp;us baris</translation>
    </message>
    <message>
        <source>Dis&amp;count (Rp)</source>
        <translation>P&amp;otongan (Rp)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>%1 lines · subtotal %2 · discount %3 · &lt;b&gt;total %4&lt;/b&gt;</source>
        <translation>%1 baris · subtotal %2 · potongan %3 · &lt;b&gt;total %4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Saving order</source>
        <translation>Menyimpan pesanan</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Desain</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Jml</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Surat jalan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Jumlah buah</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <source>Void delivery</source>
        <translation>Batalkan pengiriman</translation>
    </message>
    <message>
        <source>Print delivery &amp;note…</source>
        <translation>Cetak surat &amp;jalan…</translation>
    </message>
    <message>
        <source>Void payment</source>
        <translation>Batalkan pembayaran</translation>
    </message>
    <message>
        <source>Choose an order in the list.</source>
        <translation>Pilih pesanan di daftar.</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>past due</source>
        <translation>lewat jatuh tempo</translation>
    </message>
    <message>
        <source>Buyer: %1</source>
        <translation>Pembeli: %1</translation>
    </message>
    <message>
        <source>Ordered %1 · due %2</source>
        <translation>Dipesan %1 · jatuh tempo %2</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Acara: %1</translation>
    </message>
    <message>
        <source>Total %1 (discount %2) · paid %3 · &lt;b&gt;outstanding %4&lt;/b&gt;</source>
        <translation>Total %1 (potongan %2) · dibayar %3 · &lt;b&gt;sisa tagihan %4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>DP</source>
        <translation>DP</translation>
    </message>
</context>
<context>
    <name>OrderSheet</name>
    <message>
        <source>CANCELLED: this order is not valid.</source>
        <translation>DIBATALKAN: pesanan ini tidak berlaku.</translation>
    </message>
    <message numerus="yes">
        <source>CANCELLED on {date}: this order is not valid.</source>
        <translation>
            <numerusform>DIBATALKAN pada {date}: pesanan ini tidak berlaku.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Nomor pesanan</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Pembeli</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Tanggal pesan</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sales event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Desain</translation>
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
        <source>Amount</source>
        <translation>Jumlah harga</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Jumlah barang</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Potongan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Down payment (DP)</source>
        <translation>Uang muka (DP)</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Sisa tagihan</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap kirim</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Search number, buyer or organisation…</source>
        <translation>Cari nomor, pembeli atau organisasi…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Open (not delivered)</source>
        <translation>Terbuka (belum terkirim)</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Semua acara</translation>
    </message>
    <message>
        <source>&amp;Past due only</source>
        <translation>Hanya &amp;lewat jatuh tempo</translation>
    </message>
    <message>
        <source>Orders with a line of a design of this member business (remembered on this PC)</source>
        <translation>Pesanan yang memuat desain milik usaha anggota ini (diingat di PC ini)</translation>
    </message>
    <message>
        <source>Per &amp;member…</source>
        <translation>Per an&amp;ggota…</translation>
    </message>
    <message>
        <source>Sales of the orders listed, for the member business owning each line&apos;s design</source>
        <translation>Penjualan pesanan yang tampil, per usaha anggota pemilik desain tiap baris</translation>
    </message>
    <message>
        <source>&amp;New order</source>
        <translation>Pesanan &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Ubah</translation>
    </message>
    <message>
        <source>Con&amp;firm</source>
        <translation>&amp;Konfirmasi</translation>
    </message>
    <message>
        <source>Mark &amp;ready</source>
        <translation>Tandai &amp;siap</translation>
    </message>
    <message>
        <source>&amp;Deliver…</source>
        <translation>Ki&amp;rim…</translation>
    </message>
    <message>
        <source>Pa&amp;yment…</source>
        <translation>&amp;Pembayaran…</translation>
    </message>
    <message>
        <source>Cancel or&amp;der</source>
        <translation>Batalkan p&amp;esanan</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>The order sheet, to preview, print or save as PDF</source>
        <translation>Lembar pesanan, untuk dilihat dulu, dicetak atau disimpan sebagai PDF</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Pembeli</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Sisa tagihan</translation>
    </message>
    <message>
        <source>Order &amp;book</source>
        <translation>&amp;Daftar pesanan</translation>
    </message>
    <message>
        <source>What to &amp;produce</source>
        <translation>Yang &amp;harus diproduksi</translation>
    </message>
    <message>
        <source>Sales e&amp;vents</source>
        <translation>&amp;Acara penjualan</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>Counting orders…</source>
        <translation>Menghitung pesanan…</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 pesanan</translation>
    </message>
    <message>
        <source>Cancel order %1? Its quantities no longer count as ordered.</source>
        <translation>Batalkan pesanan %1? Jumlahnya tidak lagi dihitung sebagai dipesan.</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Batalkan pesanan</translation>
    </message>
    <message>
        <source>Void this delivery? Its pieces go back into stock and the order reopens.</source>
        <translation>Batalkan pengiriman ini? Barangnya kembali masuk stok dan pesanan dibuka lagi.</translation>
    </message>
    <message>
        <source>Void delivery</source>
        <translation>Batalkan pengiriman</translation>
    </message>
    <message>
        <source>Void payment</source>
        <translation>Batalkan pembayaran</translation>
    </message>
    <message>
        <source>Void this payment? It stays in the history.</source>
        <translation>Batalkan pembayaran ini? Pembayaran ini tetap ada di riwayat.</translation>
    </message>
</context>
<context>
    <name>OverlapsTab</name>
    <message>
        <source>(sentra)</source>
        <translation>(sentra)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>First item</source>
        <translation>Bantuan pertama</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Diterima lagi</translation>
    </message>
    <message>
        <source>The same kind of aid for the same recipient from two programmes within the overlap window; for moulds, only sets that cast a common design. Raise them at the coordination meeting.</source>
        <translation>Bantuan sejenis untuk penerima yang sama dari dua program dalam rentang tumpang tindih; untuk cetakan, hanya set yang mencetak desain yang sama. Sampaikan di rapat koordinasi.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Membaca…</translation>
    </message>
    <message>
        <source>Overlaps: {count}</source>
        <translation>Tumpang tindih: {count}</translation>
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
    <name>Packet</name>
    <message>
        <source>Writing the packet</source>
        <translation>Menulis paket</translation>
    </message>
    <message>
        <source>Checking the written packet</source>
        <translation>Memeriksa paket yang ditulis</translation>
    </message>
</context>
<context>
    <name>PacketBox</name>
    <message>
        <source>Packet for the agency</source>
        <translation>Paket untuk dinas</translation>
    </message>
    <message>
        <source>Writes the records changed since the last packet into one signed file for the agency (dinas), to carry on a USB stick. The first packet carries everything.</source>
        <translation>Menulis catatan yang berubah sejak paket terakhir ke satu berkas bertanda tangan untuk dinas, untuk dibawa dengan flashdisk. Paket pertama berisi semuanya.</translation>
    </message>
    <message>
        <source>Everything, not only the changes (after restoring a backup)</source>
        <translation>Semuanya, bukan hanya perubahan (setelah memulihkan cadangan)</translation>
    </message>
    <message>
        <source>With full-size photos</source>
        <translation>Dengan foto ukuran penuh</translation>
    </message>
    <message>
        <source>E&amp;xport packet…</source>
        <translation>E&amp;kspor paket…</translation>
    </message>
    <message>
        <source>not made yet (made at the first export)</source>
        <translation>belum dibuat (dibuat saat ekspor pertama)</translation>
    </message>
    <message>
        <source>Key fingerprint: %1</source>
        <translation>Sidik jari kunci: %1</translation>
    </message>
    <message>
        <source>Folder for the packet (a USB stick)</source>
        <translation>Folder untuk paket (flashdisk)</translation>
    </message>
    <message>
        <source>Exporting the packet</source>
        <translation>Mengekspor paket</translation>
    </message>
    <message>
        <source>Packet written: %1 (%2 records, %3 deletions).</source>
        <translation>Paket ditulis: %1 (%2 catatan, %3 penghapusan).</translation>
    </message>
</context>
<context>
    <name>PacketsPage</name>
    <message>
        <source>No packet yet</source>
        <translation>Belum ada paket</translation>
    </message>
    <message>
        <source>Not heard from in {months} months</source>
        <translation>Tanpa kabar selama {months} bulan</translation>
    </message>
    <message>
        <source>Sentra</source>
        <translation>Sentra</translation>
    </message>
    <message>
        <source>Regency / city</source>
        <translation>Kabupaten / kota</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Sidik kunci</translation>
    </message>
    <message>
        <source>Last sequence</source>
        <translation>Urutan terakhir</translation>
    </message>
    <message>
        <source>Last packet</source>
        <translation>Paket terakhir</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>&amp;Import packet…</source>
        <translation>&amp;Impor paket…</translation>
    </message>
    <message>
        <source>Sentra registered: {count}.</source>
        <translation>Sentra terdaftar: {count}.</translation>
    </message>
    <message>
        <source>Not heard from in {months} months: {silent}.</source>
        <translation>Tanpa kabar selama {months} bulan: {silent}.</translation>
    </message>
    <message>
        <source>Import packet</source>
        <translation>Impor paket</translation>
    </message>
    <message>
        <source>Sentra packets ({pattern})</source>
        <translation>Paket sentra ({pattern})</translation>
    </message>
    <message>
        <source>Reading the packet…</source>
        <translation>Membaca paket…</translation>
    </message>
    <message>
        <source>A new sentra</source>
        <translation>Sentra baru</translation>
    </message>
    <message>
        <source>This is the first packet of {name}. Compare its key fingerprint with the one in the About box of the sentra&apos;s program before registering it:

{fingerprint}

Register the sentra and import the packet?</source>
        <translation>Ini paket pertama dari {name}. Cocokkan sidik kuncinya dengan yang tertera di kotak Tentang pada program sentra itu sebelum mendaftarkannya:

{fingerprint}

Daftarkan sentra dan impor paketnya?</translation>
    </message>
    <message>
        <source>Nothing imported.</source>
        <translation>Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>Replace the sentra&apos;s records</source>
        <translation>Ganti catatan sentra</translation>
    </message>
    <message>
        <source>This full packet replaces every record the agency holds of {name} (after a restore on the sentra&apos;s PC). Replace them?</source>
        <translation>Paket lengkap ini mengganti semua catatan {name} yang disimpan dinas (setelah pemulihan cadangan di PC sentra). Ganti?</translation>
    </message>
    <message>
        <source>Importing the packet…</source>
        <translation>Mengimpor paket…</translation>
    </message>
    <message>
        <source>This packet of {name} was imported before: nothing added.</source>
        <translation>Paket {name} ini sudah pernah diimpor: tidak ada yang ditambahkan.</translation>
    </message>
    <message>
        <source>Packet of {name} imported (changes {first} to {last}).</source>
        <translation>Paket {name} diimpor (perubahan {first} sampai {last}).</translation>
    </message>
</context>
<context>
    <name>PayPage</name>
    <message>
        <source>The period before (Alt+Left)</source>
        <translation>Periode sebelumnya (Alt+Kiri)</translation>
    </message>
    <message>
        <source>The next period (Alt+Right)</source>
        <translation>Periode berikutnya (Alt+Kanan)</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Hitung</translation>
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
        <source>Maker</source>
        <translation>Pengrajin</translation>
    </message>
    <message>
        <source>Member business</source>
        <translation>Usaha anggota</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Borongan</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Koreksi</translation>
    </message>
    <message>
        <source>Advances taken off</source>
        <translation>Potongan kasbon</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Desain</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transfer bank</translation>
    </message>
    <message>
        <source>&amp;Mark paid</source>
        <translation>&amp;Tandai dibayar</translation>
    </message>
    <message>
        <source>Print &amp;slips…</source>
        <translation>&amp;Cetak slip…</translation>
    </message>
    <message>
        <source>Paid &amp;on:</source>
        <translation>Tanggal &amp;bayar:</translation>
    </message>
    <message>
        <source>M&amp;ethod:</source>
        <translation>Cara ba&amp;yar:</translation>
    </message>
    <message>
        <source>Piece rate</source>
        <translation>Tarif borongan</translation>
    </message>
    <message>
        <source>Advance (kasbon)</source>
        <translation>Kasbon</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Penyesuaian</translation>
    </message>
    <message>
        <source>Piece-rate pay</source>
        <translation>Upah borongan</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>dan %1 lainnya</translation>
    </message>
    <message>
        <source>Designs made in this period without a piece rate: %1</source>
        <translation>Desain yang dibuat pada periode ini tanpa tarif borongan: %1</translation>
    </message>
    <message>
        <source>Paid %1</source>
        <translation>Dibayar %1</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Belum dibayar</translation>
    </message>
    <message>
        <source>%1 makers, total %2</source>
        <translation>%1 pengrajin, total %2</translation>
    </message>
    <message>
        <source>This period is paid and closed.</source>
        <translation>Periode ini sudah dibayar dan ditutup.</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>tanpa tarif</translation>
    </message>
    <message>
        <source>correction of %1–%2</source>
        <translation>koreksi %1–%2</translation>
    </message>
    <message>
        <source>%1 carried to the next period</source>
        <translation>%1 dibawa ke periode berikutnya</translation>
    </message>
    <message>
        <source>Shortfall carried to the next period as an advance</source>
        <translation>Kekurangan dibawa ke periode berikutnya sebagai kasbon</translation>
    </message>
    <message>
        <source>Mark the pay of %1 makers (%2) paid and close the period?</source>
        <translation>Tandai upah %1 pengrajin (%2) sudah dibayar dan tutup periode ini?</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Tandai dibayar</translation>
    </message>
</context>
<context>
    <name>PaySlips</name>
    <message>
        <source>cash</source>
        <translation>tunai</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>transfer bank</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Pengrajin</translation>
    </message>
    <message>
        <source>Member business</source>
        <translation>Usaha anggota</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Desain</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Nobody has pay in this period.</source>
        <translation>Tidak ada upah pada periode ini.</translation>
    </message>
    <message>
        <source>Not paid yet</source>
        <translation>Belum dibayar</translation>
    </message>
    <message numerus="yes">
        <source>Paid {date} ({method}) by {who}</source>
        <translation>
            <numerusform>Dibayar {date} ({method}) oleh {who}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>correction of {period}</source>
        <translation>
            <numerusform>koreksi {period}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Advance (kasbon) {note}</source>
        <translation>
            <numerusform>Kasbon {note}</numerusform>
        </translation>
    </message>
    <message>
        <source>Advances taken off</source>
        <translation>Potongan kasbon</translation>
    </message>
    <message>
        <source>Shortfall carried to the next period as an advance</source>
        <translation>Kekurangan dibawa ke periode berikutnya sebagai kasbon</translation>
    </message>
    <message numerus="yes">
        <source>({amount} carried to the next period)</source>
        <translation>
            <numerusform>({amount} dibawa ke periode berikutnya)</numerusform>
        </translation>
    </message>
    <message>
        <source>Good (reject)</source>
        <translation>Baik (reject)</translation>
    </message>
    <message>
        <source>Total pay</source>
        <translation>Total upah</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Diterima oleh</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Dibayar oleh</translation>
    </message>
    <message numerus="yes">
        <source>Pay slip: {maker}</source>
        <translation>
            <numerusform>Slip upah: {maker}</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>The sentra</source>
        <translation>Sentra</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message numerus="yes">
        <source>Summary: {member}</source>
        <translation>
            <numerusform>Ringkasan: {member}</numerusform>
        </translation>
    </message>
    <message>
        <source>Makers paid</source>
        <translation>Pengrajin dibayar</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Borongan</translation>
    </message>
    <message>
        <source>Corrections and adjustments</source>
        <translation>Koreksi dan penyesuaian</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Jumlah</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment for %1</source>
        <translation>Pembayaran untuk %1</translation>
    </message>
    <message>
        <source>This is the &amp;down payment (DP)</source>
        <translation>Ini &amp;uang muka (DP)</translation>
    </message>
    <message>
        <source>Total %1 · paid %2 · outstanding %3</source>
        <translation>Total %1 · dibayar %2 · sisa tagihan %3</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>&amp;Amount (Rp)</source>
        <translation>&amp;Jumlah (Rp)</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>Cara &amp;bayar</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Saving payment</source>
        <translation>Menyimpan pembayaran</translation>
    </message>
</context>
<context>
    <name>PaymentMethod</name>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
</context>
<context>
    <name>Performance</name>
    <message numerus="yes">
        <source>After the event {name}: output {output}, sales {sales} in the 3 months after against the 3 months before.</source>
        <translation>
            <numerusform>Setelah acara {name}: produksi {output}, penjualan {sales} dalam 3 bulan sesudahnya dibanding 3 bulan sebelumnya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The event {name} holds {share} of the last 12 months&apos; sales.</source>
        <translation>
            <numerusform>Acara {name} memegang {share} penjualan 12 bulan terakhir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The buyer {name} holds {share} of the period&apos;s sales.</source>
        <translation>
            <numerusform>Pembeli {name} memegang {share} penjualan periode ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>poin</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(tidak diisi)</translation>
    </message>
    <message>
        <source>Good pieces</source>
        <translation>Produk baik</translation>
    </message>
    <message>
        <source>Reject pieces</source>
        <translation>Produk reject</translation>
    </message>
    <message>
        <source>Reject rate</source>
        <translation>Tingkat reject</translation>
    </message>
    <message>
        <source>Active makers</source>
        <translation>Pengrajin aktif</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Sales ordered</source>
        <translation>Penjualan dipesan</translation>
    </message>
    <message>
        <source>Sales delivered</source>
        <translation>Penjualan terkirim</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Outstanding (orders of the period)</source>
        <translation>Belum dibayar (pesanan periode ini)</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Pembeli</translation>
    </message>
    <message>
        <source>New buyers</source>
        <translation>Pembeli baru</translation>
    </message>
    <message>
        <source>Repeat buyers</source>
        <translation>Pembeli berulang</translation>
    </message>
    <message>
        <source>Repeat buyers&apos; share of sales</source>
        <translation>Pangsa penjualan pembeli berulang</translation>
    </message>
    <message numerus="yes">
        <source>Largest buyer&apos;s share ({name})</source>
        <translation>
            <numerusform>Pangsa pembeli terbesar ({name})</numerusform>
        </translation>
    </message>
    <message>
        <source>Concentration across buyers (Herfindahl, 0–10.000)</source>
        <translation>Konsentrasi pembeli (Herfindahl, 0–10.000)</translation>
    </message>
    <message>
        <source>New markets: regencies/cities</source>
        <translation>Pasar baru: kabupaten/kota</translation>
    </message>
    <message>
        <source>New markets: provinces</source>
        <translation>Pasar baru: provinsi</translation>
    </message>
    <message>
        <source>Active designs (made or sold)</source>
        <translation>Desain aktif (dibuat atau terjual)</translation>
    </message>
    <message>
        <source>Designs introduced</source>
        <translation>Desain baru diperkenalkan</translation>
    </message>
    <message>
        <source>Share of sales from designs of the last 12 months</source>
        <translation>Pangsa penjualan desain 12 bulan terakhir</translation>
    </message>
    <message>
        <source>(no event)</source>
        <translation>(tanpa acara)</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Periode ini</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Produksi</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Jenis produk</translation>
    </message>
    <message>
        <source>Member business</source>
        <translation>Usaha anggota</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Pengrajin</translation>
    </message>
    <message>
        <source>Sales and markets</source>
        <translation>Penjualan dan pasar</translation>
    </message>
    <message>
        <source>Buyer kind</source>
        <translation>Jenis pembeli</translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Desain</translation>
    </message>
    <message>
        <source>Design diversification</source>
        <translation>Diversifikasi desain</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Buah</translation>
    </message>
    <message>
        <source>No sale in 6 months</source>
        <translation>Tidak terjual 6 bulan</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Diperkenalkan</translation>
    </message>
    <message>
        <source>Event dependence</source>
        <translation>Ketergantungan pada acara</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Sales, last 12 months</source>
        <translation>Penjualan 12 bulan terakhir</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Pangsa</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Output before</source>
        <translation>Produksi sebelum</translation>
    </message>
    <message>
        <source>Output after</source>
        <translation>Produksi sesudah</translation>
    </message>
    <message>
        <source>Sales before</source>
        <translation>Penjualan sebelum</translation>
    </message>
    <message>
        <source>Sales after</source>
        <translation>Penjualan sesudah</translation>
    </message>
    <message>
        <source>Upcoming event</source>
        <translation>Acara mendatang</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Good pieces per month (24 months)</source>
        <translation>Produk baik per bulan (24 bulan)</translation>
    </message>
    <message>
        <source>Sales per month (24 months), Rp</source>
        <translation>Penjualan per bulan (24 bulan), Rp</translation>
    </message>
    <message>
        <source>Sales by event, last 12 months</source>
        <translation>Penjualan per acara, 12 bulan terakhir</translation>
    </message>
    <message>
        <source>Sales by buyer kind, this period</source>
        <translation>Penjualan per jenis pembeli, periode ini</translation>
    </message>
    <message>
        <source>No member business</source>
        <translation>Tanpa usaha anggota</translation>
    </message>
    <message>
        <source>Regency/city not chosen</source>
        <translation>Kabupaten/kota belum dipilih</translation>
    </message>
    <message>
        <source>Province not known</source>
        <translation>Provinsi tidak diketahui</translation>
    </message>
</context>
<context>
    <name>PerformancePack</name>
    <message numerus="yes">
        <source>{now} against {before}</source>
        <translation>
            <numerusform>{now} dibanding {before}</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Dibandingkan dengan</translation>
    </message>
    <message>
        <source>Member business (IKM)</source>
        <translation>Usaha anggota (IKM)</translation>
    </message>
    <message>
        <source>The whole sentra</source>
        <translation>Seluruh sentra</translation>
    </message>
    <message>
        <source>Warning threshold</source>
        <translation>Ambang peringatan</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>No event and no buyer holds more than the threshold.</source>
        <translation>Tidak ada acara atau pembeli yang melebihi ambang.</translation>
    </message>
    <message>
        <source>Nothing was recorded in these periods.</source>
        <translation>Belum ada catatan pada periode ini.</translation>
    </message>
    <message numerus="yes">
        <source>New regencies/cities: {places}</source>
        <translation>
            <numerusform>Kabupaten/kota baru: {places}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New provinces: {places}</source>
        <translation>
            <numerusform>Provinsi baru: {places}</numerusform>
        </translation>
    </message>
    <message>
        <source>3 months before each event against the 3 months after; * not yet complete.</source>
        <translation>3 bulan sebelum tiap acara dibanding 3 bulan sesudahnya; * belum lengkap.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafik</translation>
    </message>
</context>
<context>
    <name>PerformancePage</name>
    <message>
        <source>The whole sentra</source>
        <translation>Seluruh sentra</translation>
    </message>
    <message>
        <source>&amp;Print the Kinerja pack</source>
        <translation>&amp;Cetak laporan kinerja</translation>
    </message>
    <message>
        <source>&amp;Member business:</source>
        <translation>&amp;Usaha anggota:</translation>
    </message>
    <message>
        <source>Loading the figures…</source>
        <translation>Memuat angka…</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Periode ini</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Jenis produk</translation>
    </message>
    <message>
        <source>Member business</source>
        <translation>Usaha anggota</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Pengrajin</translation>
    </message>
    <message>
        <source>Buyer kind</source>
        <translation>Jenis pembeli</translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Desain</translation>
    </message>
    <message>
        <source>Pieces</source>
        <translation>Buah</translation>
    </message>
    <message>
        <source>No sale in 6 months</source>
        <translation>Tidak terjual 6 bulan</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Diperkenalkan</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Sales, last 12 months</source>
        <translation>Penjualan 12 bulan terakhir</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Pangsa</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Output before</source>
        <translation>Produksi sebelum</translation>
    </message>
    <message>
        <source>Output after</source>
        <translation>Produksi sesudah</translation>
    </message>
    <message>
        <source>Sales before</source>
        <translation>Penjualan sebelum</translation>
    </message>
    <message>
        <source>Sales after</source>
        <translation>Penjualan sesudah</translation>
    </message>
    <message>
        <source>Upcoming event</source>
        <translation>Acara mendatang</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Good pieces per month (24 months), rejects on top</source>
        <translation>Produk baik per bulan (24 bulan), reject di atasnya</translation>
    </message>
    <message>
        <source>Sales per month (24 months), Rp</source>
        <translation>Penjualan per bulan (24 bulan), Rp</translation>
    </message>
    <message>
        <source>Sales by event, last 12 months</source>
        <translation>Penjualan per acara, 12 bulan terakhir</translation>
    </message>
    <message>
        <source>Sales by buyer kind, this period</source>
        <translation>Penjualan per jenis pembeli, periode ini</translation>
    </message>
    <message>
        <source>&amp;Mentoring visits…</source>
        <translation>&amp;Kunjungan pendampingan…</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Produksi</translation>
    </message>
    <message>
        <source>Sales and markets</source>
        <translation>Penjualan dan pasar</translation>
    </message>
    <message>
        <source>Design diversification</source>
        <translation>Diversifikasi desain</translation>
    </message>
    <message>
        <source>Event dependence</source>
        <translation>Ketergantungan pada acara</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Kinerja</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>Angka tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Angka tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>Nothing recorded yet for this period. Production and orders entered will show here.</source>
        <translation>Belum ada catatan untuk periode ini. Produksi dan pesanan yang dicatat akan tampil di sini.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in the printed pack</source>
        <translation>
            <numerusform>… dan %n lagi di laporan cetak</numerusform>
        </translation>
    </message>
    <message>
        <source>new market</source>
        <translation>pasar baru</translation>
    </message>
    <message>
        <source>New markets: regencies/cities {cities}; provinces {provinces}</source>
        <translation>Pasar baru: kabupaten/kota {cities}; provinsi {provinces}</translation>
    </message>
    <message>
        <source>(no event)</source>
        <translation>(tanpa acara)</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Triwulan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Dari … sampai …</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Sampai:</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Only %1 can do this.</source>
        <translation>Hanya %1 yang dapat melakukan ini.</translation>
    </message>
</context>
<context>
    <name>PhotoField</name>
    <message>
        <source>C&amp;hoose photo…</source>
        <translation>&amp;Pilih foto…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Hapus foto</translation>
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
    <name>PreviewDialog</name>
    <message>
        <source>Making the sheet…</source>
        <translation>Membuat laporan…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Pratinjau cetak</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n halaman</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Print sheet</source>
        <translation>Cetak laporan</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Printer tidak dapat dijalankan.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
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
        <source>Mou&amp;ld</source>
        <translation>C&amp;etakan</translation>
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
        <source>Mou&amp;ld</source>
        <translation>C&amp;etakan</translation>
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
        <source>&amp;Print summary…</source>
        <translation>Ceta&amp;k ringkasan…</translation>
    </message>
    <message>
        <source>Production summary of the dates shown, per design and per maker</source>
        <translation>Ringkasan produksi untuk tanggal yang ditampilkan, per desain dan per pengrajin</translation>
    </message>
    <message>
        <source>Per mem&amp;ber…</source>
        <translation>Per ang&amp;gota…</translation>
    </message>
    <message>
        <source>The totals of the list for each member business</source>
        <translation>Jumlah daftar ini untuk tiap usaha anggota</translation>
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
    <name>ProductionSummary</name>
    <message>
        <source>Good pieces</source>
        <translation>Barang baik</translation>
    </message>
    <message>
        <source>Member business (IKM)</source>
        <translation>Anggota (IKM)</translation>
    </message>
    <message>
        <source>The whole sentra</source>
        <translation>Seluruh sentra</translation>
    </message>
    <message>
        <source>Rejects</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Production entries</source>
        <translation>Catatan produksi</translation>
    </message>
    <message>
        <source>Designs made</source>
        <translation>Desain dibuat</translation>
    </message>
    <message>
        <source>Makers</source>
        <translation>Pengrajin</translation>
    </message>
    <message>
        <source>No production was entered in this period.</source>
        <translation>Tidak ada produksi yang tercatat pada periode ini.</translation>
    </message>
    <message>
        <source>By design</source>
        <translation>Per desain</translation>
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
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>% reject</source>
        <translation>% reject</translation>
    </message>
    <message>
        <source>By maker</source>
        <translation>Per pengrajin</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Pengrajin</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>The sentra itself</source>
        <translation>Sentra sendiri</translation>
    </message>
    <message>
        <source>By member business</source>
        <translation>Per usaha anggota</translation>
    </message>
    <message numerus="yes">
        <source>Output per month ({unit}): grey = good, white = reject</source>
        <translation>
            <numerusform>Hasil produksi per bulan ({unit}): abu-abu = baik, putih = reject</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Output per day ({unit}): grey = good, white = reject</source>
        <translation>
            <numerusform>Hasil produksi per hari ({unit}): abu-abu = baik, putih = reject</numerusform>
        </translation>
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
    <name>ProgrammeKind</name>
    <message>
        <source>Equipment grant</source>
        <translation>Hibah peralatan</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <source>Exhibition</source>
        <translation>Pameran</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Modal</translation>
    </message>
    <message>
        <source>Raw material</source>
        <translation>Bahan baku</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Pendampingan</translation>
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
    <name>RateForm</name>
    <message>
        <source>Save &amp;rate</source>
        <translation>Simpan tari&amp;f</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Desain</translation>
    </message>
    <message>
        <source>Product type (default)</source>
        <translation>Jenis produk (bawaan)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Rate &amp;for:</source>
        <translation>Tarif &amp;untuk:</translation>
    </message>
    <message>
        <source>&amp;Which:</source>
        <translation>D&amp;esain/jenis:</translation>
    </message>
    <message>
        <source>From &amp;day:</source>
        <translation>Berlaku &amp;mulai:</translation>
    </message>
    <message>
        <source>Rp per &amp;good piece:</source>
        <translation>Rp per potong ba&amp;ik:</translation>
    </message>
    <message>
        <source>Rp per re&amp;ject:</source>
        <translation>Rp per &amp;reject:</translation>
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
    <name>RecordForm</name>
    <message>
        <source>Clear</source>
        <translation>Kosongkan</translation>
    </message>
    <message>
        <source>Not known: leave the date empty</source>
        <translation>Tidak tahu: biarkan tanggal kosong</translation>
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
    <name>Records</name>
    <message>
        <source>Designs</source>
        <translation>Desain</translation>
    </message>
    <message>
        <source>(own purchase)</source>
        <translation>(beli sendiri)</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Jenis produk</translation>
    </message>
    <message>
        <source>New product type</source>
        <translation>Jenis produk baru</translation>
    </message>
    <message>
        <source>Product types</source>
        <translation>Jenis produk</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>New agency</source>
        <translation>Instansi baru</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>Nama &amp;singkat:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Jenis:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>K&amp;ontak:</translation>
    </message>
    <message>
        <source>Offered for new programmes</source>
        <translation>Ditawarkan untuk program baru</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nama singkat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Value (Rp)</source>
        <translation>Nilai (Rp)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Program baru</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Instansi:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(pilih)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>Offered for new aid items</source>
        <translation>Ditawarkan untuk bantuan baru</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Aid item</source>
        <translation>Barang bantuan</translation>
    </message>
    <message>
        <source>New aid item</source>
        <translation>Barang bantuan baru</translation>
    </message>
    <message>
        <source>Aid received</source>
        <translation>Bantuan diterima</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Diterima tanggal:</translation>
    </message>
    <message>
        <source>Reci&amp;pient:</source>
        <translation>&amp;Penerima:</translation>
    </message>
    <message>
        <source>(the sentra)</source>
        <translation>(sentra)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Uraian:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Jumlah:</translation>
    </message>
    <message>
        <source>&amp;Value (Rp):</source>
        <translation>&amp;Nilai (Rp):</translation>
    </message>
    <message>
        <source>Whole Rupiah, as on the handover document</source>
        <translation>Rupiah bulat, sesuai berita acara serah terima</translation>
    </message>
    <message>
        <source>&amp;BAST number:</source>
        <translation>Nomor &amp;BAST:</translation>
    </message>
    <message>
        <source>&amp;Serial or label:</source>
        <translation>Nomor seri atau &amp;label:</translation>
    </message>
    <message>
        <source>Con&amp;dition:</source>
        <translation>&amp;Kondisi:</translation>
    </message>
    <message>
        <source>(not a physical item)</source>
        <translation>(bukan barang)</translation>
    </message>
    <message>
        <source>Last seen in &amp;use:</source>
        <translation>Terakhir &amp;dipakai:</translation>
    </message>
    <message>
        <source>The day the item was last checked and found in use</source>
        <translation>Hari terakhir barang diperiksa dan didapati dipakai</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Reason for the &amp;mark:</source>
        <translation>&amp;Alasan status:</translation>
    </message>
    <message>
        <source>Why the item was returned or written off</source>
        <translation>Mengapa barang dikembalikan atau dihapusbukukan</translation>
    </message>
    <message>
        <source>Reason for the o&amp;verlap:</source>
        <translation>Alasan &amp;tumpang tindih:</translation>
    </message>
    <message>
        <source>Why the same kind of aid was received again (asked when it overlaps)</source>
        <translation>Mengapa bantuan sejenis diterima lagi (ditanyakan bila tumpang tindih)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Jml</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Kondisi</translation>
    </message>
    <message>
        <source>Offered for new designs</source>
        <translation>Muncul untuk desain baru</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Moulds</source>
        <translation>Cetakan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Mould</source>
        <translation>Cetakan</translation>
    </message>
    <message>
        <source>New mould</source>
        <translation>Cetakan baru</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kode:</translation>
    </message>
    <message>
        <source>&amp;Product type:</source>
        <translation>&amp;Jenis produk:</translation>
    </message>
    <message>
        <source>(any product type)</source>
        <translation>(semua jenis produk)</translation>
    </message>
    <message>
        <source>Ca&amp;vities:</source>
        <translation>Jumlah &amp;rongga:</translation>
    </message>
    <message>
        <source>How many pieces one casting gives</source>
        <translation>Berapa buah hasil sekali cetak</translation>
    </message>
    <message>
        <source>Casts per &amp;day:</source>
        <translation>Cetak per &amp;hari:</translation>
    </message>
    <message>
        <source>How many castings one working day allows</source>
        <translation>Berapa kali mencetak dalam satu hari kerja</translation>
    </message>
    <message>
        <source>&amp;Material:</source>
        <translation>&amp;Bahan:</translation>
    </message>
    <message>
        <source>&amp;Held by:</source>
        <translation>&amp;Dipegang oleh:</translation>
    </message>
    <message>
        <source>From &amp;aid:</source>
        <translation>Dari &amp;bantuan:</translation>
    </message>
    <message>
        <source>Ac&amp;quired on:</source>
        <translation>Tanggal &amp;diperoleh:</translation>
    </message>
    <message>
        <source>Leave empty when not known</source>
        <translation>Kosongkan bila tidak tahu</translation>
    </message>
    <message>
        <source>P&amp;urchase price (Rp):</source>
        <translation>&amp;Harga beli (Rp):</translation>
    </message>
    <message>
        <source>Only for the sentra&apos;s own purchase</source>
        <translation>Hanya untuk pembelian sendiri oleh sentra</translation>
    </message>
    <message>
        <source>&amp;Retired on:</source>
        <translation>&amp;Pensiun tanggal:</translation>
    </message>
    <message>
        <source>In use (offered for new designs)</source>
        <translation>Masih dipakai (muncul untuk desain baru)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Cavities</source>
        <translation>Rongga</translation>
    </message>
    <message>
        <source>Pieces/day</source>
        <translation>Buah/hari</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Dipegang oleh</translation>
    </message>
    <message>
        <source>From aid</source>
        <translation>Dari bantuan</translation>
    </message>
    <message>
        <source>Acquired on</source>
        <translation>Diperoleh</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Bahan baku</translation>
    </message>
    <message>
        <source>New material</source>
        <translation>Bahan baku baru</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Bahan baku</translation>
    </message>
    <message>
        <source>for example LTX or PGM-MRH</source>
        <translation>misalnya LTX atau PGM-MRH</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Satuan:</translation>
    </message>
    <message>
        <source>(choose a unit)</source>
        <translation>(pilih satuan)</translation>
    </message>
    <message>
        <source>&amp;Low-stock level:</source>
        <translation>&amp;Batas stok menipis:</translation>
    </message>
    <message>
        <source>Type decimals with a comma: 1,5. Zero means no low-stock alert.</source>
        <translation>Ketik desimal dengan koma: 1,5. Nol berarti tanpa peringatan stok menipis.</translation>
    </message>
    <message>
        <source>Usual &amp;supplier:</source>
        <translation>&amp;Pemasok biasa:</translation>
    </message>
    <message>
        <source>In use (offered in recipes and receipts)</source>
        <translation>Dipakai (muncul di resep dan penerimaan)</translation>
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
        <source>&amp;Phone / WhatsApp:</source>
        <translation>&amp;Telepon / WhatsApp:</translation>
    </message>
    <message>
        <source>Phone / WhatsApp</source>
        <translation>Telepon / WhatsApp</translation>
    </message>
    <message>
        <source>Member business</source>
        <translation>Usaha anggota</translation>
    </message>
    <message>
        <source>New member business</source>
        <translation>Usaha anggota baru</translation>
    </message>
    <message>
        <source>Member businesses (IKM)</source>
        <translation>Usaha anggota (IKM)</translation>
    </message>
    <message>
        <source>Short &amp;code:</source>
        <translation>&amp;Kode singkat:</translation>
    </message>
    <message>
        <source>empty: made from the name</source>
        <translation>kosong: dibuat dari nama</translation>
    </message>
    <message>
        <source>What the command line names it by, e.g. --member KARYA-KARET</source>
        <translation>Nama yang dipakai baris perintah, mis. --member KARYA-KARET</translation>
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
        <source>Still a member (shown in new entries)</source>
        <translation>Masih anggota (muncul di isian baru)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Makers</source>
        <translation>Pengrajin</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Pengrajin</translation>
    </message>
    <message>
        <source>New maker</source>
        <translation>Pengrajin baru</translation>
    </message>
    <message>
        <source>&amp;Member business:</source>
        <translation>&amp;Usaha anggota:</translation>
    </message>
    <message>
        <source>(none: works for the sentra)</source>
        <translation>(tidak ada: bekerja untuk sentra)</translation>
    </message>
    <message>
        <source>Member &amp;since:</source>
        <translation>Anggota &amp;sejak:</translation>
    </message>
    <message>
        <source>The day the maker joined this member business. To record a move, choose the new member business and the day of the move: output before that day stays with the old member.</source>
        <translation>Tanggal pengrajin bergabung dengan usaha anggota ini. Untuk mencatat pindah, pilih usaha anggota yang baru dan tanggal pindahnya: hasil produksi sebelum tanggal itu tetap milik anggota lama.</translation>
    </message>
    <message>
        <source>Still producing (shown in new entries)</source>
        <translation>Masih berproduksi (muncul di isian baru)</translation>
    </message>
    <message>
        <source>(sentra)</source>
        <translation>(sentra)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Pengguna baru</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <source>May log in</source>
        <translation>Boleh masuk</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
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
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Cate&amp;gory:</source>
        <translation>Kate&amp;gori:</translation>
    </message>
    <message>
        <source>Rubber and coconut fibre are weighed for the value added per kg.</source>
        <translation>Karet dan sabut kelapa ditimbang untuk nilai tambah per kg.</translation>
    </message>
    <message>
        <source>&amp;Kg per litre:</source>
        <translation>Kg per &amp;liter:</translation>
    </message>
    <message>
        <source>For a material kept in litres (latex): how many kg one litre weighs, e.g. 0,96.</source>
        <translation>Untuk bahan yang dicatat dalam liter (lateks): berat satu liter dalam kg, misalnya 0,96.</translation>
    </message>
    <message>
        <source>Set &amp;price (Rp per unit):</source>
        <translation>&amp;Harga tetap (Rp per satuan):</translation>
    </message>
    <message>
        <source>Used for the value added while the material has no receipts with a price.</source>
        <translation>Dipakai untuk nilai tambah selama bahan ini belum punya penerimaan berharga.</translation>
    </message>
    <message>
        <source>Mentoring visit</source>
        <translation>Kunjungan pendampingan</translation>
    </message>
    <message>
        <source>New mentoring visit</source>
        <translation>Kunjungan pendampingan baru</translation>
    </message>
    <message>
        <source>Mentoring visits</source>
        <translation>Kunjungan pendampingan</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>&amp;Mentors:</source>
        <translation>&amp;Pendamping:</translation>
    </message>
    <message>
        <source>names, separated by commas</source>
        <translation>nama, dipisah dengan koma</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>Te&amp;muan:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>New recommendation</source>
        <translation>Rekomendasi baru</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>&amp;Kunjungan:</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Rekomendasi:</translation>
    </message>
    <message>
        <source>who follows it up</source>
        <translation>siapa yang menindaklanjuti</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>T&amp;enggat:</translation>
    </message>
    <message>
        <source>Follow-up &amp;status:</source>
        <translation>&amp;Status tindak lanjut:</translation>
    </message>
    <message>
        <source>Follow-up &amp;note:</source>
        <translation>&amp;Catatan tindak lanjut:</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
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
    <name>ReportsPage</name>
    <message>
        <source>All product types</source>
        <translation>Semua jenis produk</translation>
    </message>
    <message>
        <source>One day</source>
        <translation>Satu hari</translation>
    </message>
    <message>
        <source>One month</source>
        <translation>Satu bulan</translation>
    </message>
    <message>
        <source>From … to …</source>
        <translation>Dari … sampai …</translation>
    </message>
    <message>
        <source>The whole sentra</source>
        <translation>Seluruh sentra</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Semua instansi</translation>
    </message>
    <message>
        <source>Good pieces, rejects and reject rate per design and per maker, with a chart of daily output.</source>
        <translation>Jumlah bagus, reject, dan persentase reject per desain dan per pengrajin, dengan grafik hasil produksi harian.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
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
        <source>&amp;Member business:</source>
        <translation>&amp;Usaha anggota:</translation>
    </message>
    <message>
        <source>Finished goods and materials on hand, low stock marked, with an empty “Counted” column for a stock count.</source>
        <translation>Barang jadi dan bahan baku yang ada, stok menipis ditandai, dengan kolom “Dihitung” yang kosong untuk stok opname.</translation>
    </message>
    <message>
        <source>&amp;Product type:</source>
        <translation>&amp;Jenis produk:</translation>
    </message>
    <message>
        <source>One item over a period: opening balance, every movement, running and closing balance.</source>
        <translation>Satu barang dalam satu periode: saldo awal, setiap keluar-masuk barang, saldo berjalan, dan saldo akhir.</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Barang:</translation>
    </message>
    <message>
        <source>An order for the buyer and the makers: lines, totals, payments, what is still owed.</source>
        <translation>Satu pesanan untuk pembeli dan pengrajin: rincian barang, total, pembayaran, dan sisa tagihan.</translation>
    </message>
    <message>
        <source>Order &amp;number:</source>
        <translation>&amp;Nomor pesanan:</translation>
    </message>
    <message>
        <source>The surat jalan that goes with delivered goods (a delivery number, or an order number).</source>
        <translation>Surat jalan yang menyertai barang yang dikirim (nomor pengiriman atau nomor pesanan).</translation>
    </message>
    <message>
        <source>Delivery &amp;number:</source>
        <translation>No&amp;mor pengiriman:</translation>
    </message>
    <message>
        <source>Every buyer with contact details and orders.</source>
        <translation>Semua pembeli beserta kontak dan pesanannya.</translation>
    </message>
    <message>
        <source>The mentor&apos;s pack: the last 12 months against the 12 before, warnings first (another period: the Performance page).</source>
        <translation>Laporan untuk pendamping: 12 bulan terakhir dibanding 12 bulan sebelumnya, peringatan di depan (periode lain: halaman Kinerja).</translation>
    </message>
    <message>
        <source>Aid received by agency and programme and by recipient, overlaps highlighted, idle aid listed, value totals: for the coordination meeting. Empty dates: all aid.</source>
        <translation>Bantuan yang diterima per instansi dan program serta per penerima, tumpang tindih ditandai, bantuan menganggur didaftar, nilai total: untuk rapat koordinasi. Tanggal kosong: semua bantuan.</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Instansi:</translation>
    </message>
    <message>
        <source>&amp;Make sheet</source>
        <translation>Buat &amp;laporan</translation>
    </message>
    <message>
        <source>Each member business&apos;s year for the agencies&apos; small-industry survey: workers, output, material cost, value added, sales by area, events, aid received.</source>
        <translation>Setahun tiap usaha anggota untuk survei IKM dinas: tenaga kerja, produksi, biaya bahan, nilai tambah, penjualan menurut wilayah, acara, bantuan yang diterima.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Ta&amp;hun:</translation>
    </message>
    <message>
        <source>One pay slip per maker (lines by day and design, advances, corrections, total, a line to sign) and a summary per member business, for one pay period (the Pay page computes and pays it).</source>
        <translation>Satu slip upah per pengrajin (baris per tanggal dan desain, kasbon, koreksi, total, tempat tanda tangan) dan ringkasan per usaha anggota, untuk satu periode upah (dihitung dan dibayar di halaman Upah).</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Type the code or name of an item.</source>
        <translation>Ketik kode atau nama barang.</translation>
    </message>
    <message>
        <source>Type or choose a number.</source>
        <translation>Ketik atau pilih nomor.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Head</source>
        <translation>Ketua</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation>Bendahara</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Pendamping</translation>
    </message>
</context>
<context>
    <name>SalesEventKind</name>
    <message>
        <source>Exhibition</source>
        <translation>Pameran</translation>
    </message>
    <message>
        <source>Sports week</source>
        <translation>Pekan olahraga</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>Festival</translation>
    </message>
    <message>
        <source>Tourist season</source>
        <translation>Musim wisata</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Constraint</source>
        <translation>Batasan</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Indeks</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Pemicu (trigger)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fungsi</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Urutan (sequence)</translation>
    </message>
    <message>
        <source>{what} not made by Sentra Desktop: {name}</source>
        <translation>{what} yang tidak dibuat Sentra Desktop: {name}</translation>
    </message>
    <message>
        <source>{what} missing: {name}</source>
        <translation>{what} hilang: {name}</translation>
    </message>
    <message>
        <source>{what} changed: {name}</source>
        <translation>{what} diubah: {name}</translation>
    </message>
    <message numerus="yes">
        <source>… and {count} more</source>
        <translation>
            <numerusform>… dan {count} lainnya</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Sentra profile</source>
        <translation>Profil sentra</translation>
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
        <source>Import/Export</source>
        <translation>Impor/Ekspor</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message numerus="yes">
        <source>Page {page} of {pages}</source>
        <translation>
            <numerusform>Halaman {page} dari {pages}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed {when}</source>
        <translation>
            <numerusform>Dicetak {when}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>As of {date}</source>
        <translation>
            <numerusform>Per {date}</numerusform>
        </translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Phone / WhatsApp</source>
        <translation>Telepon / WA</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Maret</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Agustus</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Desember</translation>
    </message>
    <message>
        <source>(full name)</source>
        <translation>(nama jelas)</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>BATAL</translation>
    </message>
    <message numerus="yes">
        <source>No. {number}</source>
        <translation>
            <numerusform>No. {number}</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message numerus="yes">
        <source>Sincerely,
{sentra}</source>
        <translation>
            <numerusform>Hormat kami,
{sentra}</numerusform>
        </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
</context>
<context>
    <name>Sheets</name>
    <message>
        <source>Production summary</source>
        <translation>Laporan produksi</translation>
    </message>
    <message>
        <source>Stock sheet</source>
        <translation>Daftar stok</translation>
    </message>
    <message>
        <source>Stock card</source>
        <translation>Kartu stok</translation>
    </message>
    <message>
        <source>Order sheet</source>
        <translation>Lembar pesanan</translation>
    </message>
    <message>
        <source>Delivery note</source>
        <translation>Surat jalan</translation>
    </message>
    <message>
        <source>Buyer list</source>
        <translation>Daftar pembeli</translation>
    </message>
    <message>
        <source>Performance pack</source>
        <translation>Laporan kinerja</translation>
    </message>
    <message>
        <source>Aid report</source>
        <translation>Laporan Bantuan</translation>
    </message>
    <message>
        <source>Yearly IKM data</source>
        <translation>Data IKM tahunan</translation>
    </message>
    <message>
        <source>Pay slips</source>
        <translation>Slip upah</translation>
    </message>
    <message>
        <source>Sentra side by side</source>
        <translation>Perbandingan Sentra</translation>
    </message>
    <message>
        <source>Agency aid report</source>
        <translation>Laporan Bantuan Dinas</translation>
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
    <name>StockCard</name>
    <message>
        <source>The whole history</source>
        <translation>Seluruh riwayat</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>awal</translation>
    </message>
    <message>
        <source>now</source>
        <translation>sekarang</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>Nama barang</translation>
    </message>
    <message>
        <source>Opening balance</source>
        <translation>Saldo awal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Jenis mutasi</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
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
        <source>Closing balance</source>
        <translation>Saldo akhir</translation>
    </message>
    <message>
        <source>No stock moved in this period.</source>
        <translation>Tidak ada mutasi stok pada periode ini.</translation>
    </message>
</context>
<context>
    <name>StockCountStatus</name>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Sudah diposting</translation>
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
    <name>StockMovementColumns</name>
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
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>The stock sheet (for the wall or a stock count); on the Stock card tab, that item&apos;s card</source>
        <translation>Laporan stok (untuk ditempel di dinding atau untuk stok opname); di tab Kartu stok, kartu barang tersebut</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
</context>
<context>
    <name>StockSheet</name>
    <message>
        <source>As of</source>
        <translation>Per tanggal</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Jenis produk</translation>
    </message>
    <message>
        <source>All product types</source>
        <translation>Semua jenis produk</translation>
    </message>
    <message>
        <source>Finished goods</source>
        <translation>Barang jadi</translation>
    </message>
    <message numerus="yes">
        <source>{count} designs</source>
        <translation>
            <numerusform>{count} desain</numerusform>
        </translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Bahan baku</translation>
    </message>
    <message numerus="yes">
        <source>{count} materials</source>
        <translation>
            <numerusform>{count} bahan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} items below their low-stock level (marked LOW, in bold). Fill in the Counted column during a stock count.</source>
        <translation>
            <numerusform>{count} barang di bawah batas stok minimum (ditandai RENDAH, huruf tebal). Kolom Dihitung diisi saat stok opname.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no items to show.</source>
        <translation>Tidak ada barang untuk ditampilkan.</translation>
    </message>
    <message>
        <source>Counted by: ______________________    Date: ____________    Initials: __________</source>
        <translation>Dihitung oleh: ______________________    Tanggal: ____________    Paraf: __________</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Low level</source>
        <translation>Batas</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Ket.</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Dihitung</translation>
    </message>
    <message>
        <source>MINUS</source>
        <translation>MINUS</translation>
    </message>
    <message>
        <source>LOW</source>
        <translation>RENDAH</translation>
    </message>
</context>
<context>
    <name>ThresholdSetting</name>
    <message>
        <source>&amp;Warn when one event or one buyer holds more than</source>
        <translation>&amp;Peringatkan bila satu acara atau satu pembeli memegang lebih dari</translation>
    </message>
    <message>
        <source>Save the t&amp;hreshold</source>
        <translation>Simpan am&amp;bang</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Import records</source>
        <translation>Impor data</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file</source>
        <translation>Berkas .csv atau .xlsx</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <source>Which column holds each field</source>
        <translation>Kolom yang berisi setiap isian</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Pilih berkas yang akan diimpor</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Lembar kerja (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows:</source>
        <translation>%1 baris pertama dari %2 baris:</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(tidak ada di berkas)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>kolom %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Mengimpor</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) need attention. Correct the file and import it again.</source>
        <translation>
            <numerusform>Tidak ada yang diimpor: %n baris perlu diperiksa. Perbaiki berkas lalu impor lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 rows: %2 new, %3 changed, %4 already there.</source>
        <translation>%1 baris diimpor: %2 baru, %3 diubah, %4 sudah ada.</translation>
    </message>
</context>
<context>
    <name>TransferTab</name>
    <message>
        <source>Designs</source>
        <translation>Desain</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Bahan baku</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Pembeli</translation>
    </message>
    <message>
        <source>Production entries</source>
        <translation>Catatan produksi</translation>
    </message>
    <message>
        <source>Stock counts</source>
        <translation>Stok opname</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Aid programmes</source>
        <translation>Program bantuan</translation>
    </message>
    <message>
        <source>Moulds</source>
        <translation>Cetakan</translation>
    </message>
    <message>
        <source>Aid received</source>
        <translation>Bantuan diterima</translation>
    </message>
    <message>
        <source>Bring records in from a spreadsheet (CSV or Excel .xlsx) or write them out to one. An import is all or nothing: if any row is wrong, nothing is saved and every wrong row is listed. Importing the same file again adds nothing twice.</source>
        <translation>Masukkan data dari lembar kerja (CSV atau Excel .xlsx) atau keluarkan data ke lembar kerja. Impor berlaku semua atau tidak sama sekali: jika ada baris yang salah, tidak ada yang disimpan dan semua baris yang salah ditampilkan. Mengimpor berkas yang sama lagi tidak akan menambahkan data dua kali.</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Impor dari berkas…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Ekspor %1</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Mengekspor</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 baris ditulis ke %2</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrorDialog</name>
    <message>
        <source>An unexpected error occurred</source>
        <translation>Terjadi kesalahan yang tidak terduga</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Salin rincian</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Sentra Desktop could not start. Your data is not changed. The details are written to the log file:
%1
Send that file or the copied details to whoever looks after this program.</source>
        <translation>Sentra Desktop tidak dapat dimulai. Data Anda tidak berubah. Rinciannya ditulis ke berkas log:
%1
Kirim berkas itu atau rincian yang disalin kepada orang yang merawat program ini.</translation>
    </message>
    <message>
        <source>The program keeps running. Check that your last entry was saved. The details are written to the log file:
%1
Send that file or the copied details to whoever looks after this program.</source>
        <translation>Program tetap berjalan. Periksa apakah isian terakhir Anda sudah tersimpan. Rinciannya ditulis ke berkas log:
%1
Kirim berkas itu atau rincian yang disalin kepada orang yang merawat program ini.</translation>
    </message>
    <message>
        <source>(no log file could be written)</source>
        <translation>(berkas log tidak dapat ditulis)</translation>
    </message>
</context>
<context>
    <name>Unprintable</name>
    <message>
        <source>Saved</source>
        <translation>Tersimpan</translation>
    </message>
    <message>
        <source>Saved. These characters are not in the printed sheets&apos; fonts and print as an empty box: %1
The program shows them as typed; on paper, write them by hand or leave them out.</source>
        <translation>Tersimpan. Karakter berikut tidak ada di huruf lembar cetak dan tercetak sebagai kotak kosong: %1
Di layar tetap tampil seperti diketik; di kertas, tulis dengan tangan atau hilangkan.</translation>
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
    <name>ValueAdded</name>
    <message>
        <source>Sales value</source>
        <translation>Nilai penjualan</translation>
    </message>
    <message>
        <source>Cost of materials used</source>
        <translation>Biaya bahan yang dipakai</translation>
    </message>
    <message>
        <source>Value added</source>
        <translation>Nilai tambah</translation>
    </message>
    <message>
        <source>Rubber used</source>
        <translation>Karet yang dipakai</translation>
    </message>
    <message>
        <source>Value added per kg of rubber</source>
        <translation>Nilai tambah per kg karet</translation>
    </message>
    <message>
        <source>Coconut fibre used</source>
        <translation>Sabut kelapa yang dipakai</translation>
    </message>
    <message>
        <source>Value added per kg of coconut fibre</source>
        <translation>Nilai tambah per kg sabut kelapa</translation>
    </message>
    <message numerus="yes">
        <source>Without receipts or a set price (costed at nothing): {names}</source>
        <translation>
            <numerusform>Tanpa penerimaan atau harga tetap (dihitung nol): {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept in litres without a kg-per-litre factor (not weighed): {names}</source>
        <translation>
            <numerusform>Dicatat dalam liter tanpa faktor kg per liter (tidak ditimbang): {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Materials used are the recipe quantities of the period&apos;s production, each priced at the weighted average cost of its receipts up to that day, or at its set price.</source>
        <translation>Bahan yang dipakai = jumlah resep dari produksi periode ini; tiap bahan dihargai dengan rata-rata tertimbang harga penerimaannya sampai hari itu, atau dengan harga tetapnya.</translation>
    </message>
</context>
<context>
    <name>ValueAddedSection</name>
    <message>
        <source>Value added</source>
        <translation>Nilai tambah</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Mentoring visits</source>
        <translation>Kunjungan pendampingan</translation>
    </message>
    <message>
        <source>No mentoring visit was recorded in this period.</source>
        <translation>Tidak ada kunjungan pendampingan yang dicatat pada periode ini.</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message numerus="yes">
        <source>Findings: {text}</source>
        <translation>
            <numerusform>Temuan: {text}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up of the recommendations: {counts}</source>
        <translation>
            <numerusform>Tindak lanjut rekomendasi: {counts}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open recommendations past their due date today: {n}</source>
        <translation>
            <numerusform>Rekomendasi terbuka yang melewati tenggat per hari ini: {n}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitsDialog</name>
    <message>
        <source>Mentoring visits</source>
        <translation>Kunjungan pendampingan</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Kunjungan</translation>
    </message>
    <message>
        <source>&amp;Recommendations and follow-up</source>
        <translation>&amp;Rekomendasi dan tindak lanjut</translation>
    </message>
</context>
<context>
    <name>VisitsSection</name>
    <message>
        <source>Mentoring: recommendations past their due date</source>
        <translation>Pendampingan: rekomendasi yang melewati tenggat</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekomendasi</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Kunjungan</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Penanggung jawab</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tenggat</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Sentra Desktop</source>
        <translation>Selamat datang di Sentra Desktop</translation>
    </message>
    <message>
        <source>This PC has no records yet. Type the name of your sentra, and the name and PIN (4 to 8 digits) of its head (ketua), who adds the other users later in Settings.</source>
        <translation>PC ini belum punya catatan. Ketik nama sentra Anda, serta nama dan PIN (4 sampai 8 angka) ketuanya, yang nanti menambah pengguna lain di Pengaturan.</translation>
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
        <source>&amp;Head of the sentra</source>
        <translation>&amp;Ketua sentra</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN &amp;sekali lagi</translation>
    </message>
    <message>
        <source>Preparing the data</source>
        <translation>Menyiapkan data</translation>
    </message>
</context>
<context>
    <name>WorkerDialog</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
</context>
</TS>
