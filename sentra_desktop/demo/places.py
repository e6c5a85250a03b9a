"""Where the large demo's buyers live, and the words their names and shops are made of.

The sentra sells mostly in its own province and to the neighbouring ones on Sumatra, with a
share going to Java through resellers and fairs. Each province lists real cities (kota) and
regencies (kabupaten) with a weight: how much of the sentra's custom it brings.
"""

from __future__ import annotations

# (province, weight, cities and regencies)
# fmt: off
PROVINCES: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    ("Sumatera Selatan", 55.0, (
        "Palembang", "Prabumulih", "Lubuklinggau", "Pagar Alam", "Kabupaten Ogan Komering Ilir",
        "Kabupaten Ogan Komering Ulu", "Kabupaten Ogan Ilir", "Kabupaten Muara Enim", "Kabupaten Lahat",
        "Kabupaten Musi Banyuasin", "Kabupaten Musi Rawas", "Kabupaten Banyuasin",
        "Kabupaten Empat Lawang", "Kabupaten Penukal Abab Lematang Ilir", "Kabupaten OKU Timur",
        "Kabupaten OKU Selatan", "Kabupaten Musi Rawas Utara",
    )),
    ("Jambi", 8.0, (
        "Jambi", "Sungai Penuh", "Kabupaten Muaro Jambi", "Kabupaten Batang Hari", "Kabupaten Bungo",
        "Kabupaten Tebo", "Kabupaten Sarolangun", "Kabupaten Merangin", "Kabupaten Kerinci",
        "Kabupaten Tanjung Jabung Timur",
    )),
    ("Bengkulu", 5.0, (
        "Bengkulu", "Kabupaten Rejang Lebong", "Kabupaten Bengkulu Utara", "Kabupaten Kepahiang",
        "Kabupaten Seluma", "Kabupaten Kaur", "Kabupaten Mukomuko",
    )),
    ("Lampung", 8.0, (
        "Bandar Lampung", "Metro", "Kabupaten Lampung Selatan", "Kabupaten Lampung Tengah",
        "Kabupaten Lampung Utara", "Kabupaten Way Kanan", "Kabupaten Tulang Bawang",
        "Kabupaten Pringsewu", "Kabupaten Tanggamus", "Kabupaten Pesawaran",
    )),
    ("Kepulauan Bangka Belitung", 5.0, (
        "Pangkalpinang", "Kabupaten Bangka", "Kabupaten Bangka Barat", "Kabupaten Bangka Tengah",
        "Kabupaten Bangka Selatan", "Kabupaten Belitung", "Kabupaten Belitung Timur",
    )),
    ("Riau", 5.0, (
        "Pekanbaru", "Dumai", "Kabupaten Kampar", "Kabupaten Siak", "Kabupaten Bengkalis",
        "Kabupaten Indragiri Hulu", "Kabupaten Pelalawan", "Kabupaten Rokan Hulu",
    )),
    ("Sumatera Barat", 4.0, (
        "Padang", "Bukittinggi", "Payakumbuh", "Solok", "Kabupaten Agam", "Kabupaten Tanah Datar",
        "Kabupaten Pesisir Selatan", "Kabupaten Padang Pariaman",
    )),
    ("DKI Jakarta", 6.0, (
        "Jakarta Pusat", "Jakarta Selatan", "Jakarta Timur", "Jakarta Barat", "Jakarta Utara",
    )),
    ("Jawa Barat", 4.0, (
        "Bandung", "Bekasi", "Depok", "Bogor", "Kabupaten Bogor", "Kabupaten Bekasi", "Kabupaten Bandung",
        "Cirebon",
    )),
)

FIRST_NAMES = (
    "Ahmad", "Agus", "Andi", "Ani", "Arif", "Bambang", "Budi", "Cahya", "Citra", "Dedi", "Desi", "Dewi",
    "Dian", "Dodi", "Eko", "Endang", "Erna", "Fajar", "Fitri", "Gita", "Hadi", "Hendra", "Heru", "Ika",
    "Indah", "Irwan", "Joko", "Kurnia", "Lestari", "Lina", "Made", "Maya", "Mega", "Nanda", "Nur",
    "Nurul", "Putri", "Rahmat", "Rina", "Rizki", "Rudi", "Sari", "Siti", "Slamet", "Sri", "Taufik",
    "Tri", "Wahyu", "Wati", "Yanti", "Yudi", "Yusuf", "Zainal", "Hj. Aminah", "H. Syamsul", "Ratna",
)
LAST_NAMES = (
    "Saputra", "Lestari", "Hidayat", "Wulandari", "Pratama", "Rahmawati", "Santoso", "Anggraini",
    "Kusuma", "Permata", "Syahputra", "Siregar", "Nasution", "Harahap", "Putra", "Sari", "Wijaya",
    "Gunawan", "Setiawan", "Hasibuan", "Rangkuti", "Ramadhan", "Firmansyah", "Maharani", "Susanti",
    "Hakim", "Effendi", "Marlina", "Yuliani", "Kurniawan",
)
SHOP_WORDS = (
    "Jaya", "Makmur", "Sentosa", "Abadi", "Indah", "Berkah", "Sejahtera", "Mandiri", "Lestari", "Barokah",
    "Cahaya", "Mulia", "Sriwijaya", "Musi", "Ampera", "Pelangi", "Harapan", "Rezeki", "Bersama", "Kencana",
)
SHOP_KINDS = (
    "Toko Oleh-Oleh", "Toko Suvenir", "Kios Cinderamata", "Galeri Kerajinan", "Toko Kerajinan",
    "Toko Tanaman Hias", "Toko Perabot", "Toko Kado",
)
RESELLER_KINDS = ("Craft Store", "Souvenir Online", "Kerajinan Online", "Oleh-Oleh Online")
AGENCY_NAMES = (
    "Dinas Pariwisata", "Dinas Perindustrian", "Dinas Koperasi dan UKM", "Dinas Pemuda dan Olahraga",
    "Dinas Pendidikan", "Sekretariat Daerah", "Dekranasda",
)
OTHER_KINDS = ("Hotel", "Kafe", "Koperasi Karyawan", "Wedding Organizer", "Sanggar Seni", "Yayasan")
STREETS = (
    "Jl. Jend. Sudirman", "Jl. Merdeka", "Jl. Ahmad Yani", "Jl. Diponegoro", "Jl. Gatot Subroto",
    "Jl. Pahlawan", "Jl. Veteran", "Jl. Kartini", "Jl. Imam Bonjol", "Jl. Hasanuddin", "Jl. Pasar Baru",
    "Jl. Sisingamangaraja", "Jl. Kolonel Atmo", "Jl. Basuki Rahmat", "Jl. Soekarno-Hatta",
)
# fmt: on
