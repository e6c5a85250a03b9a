"""The fixed cast of the demo sentra: people, places, products, materials, buyers and agencies.

Kept apart from the code that writes it so the story can be read (and corrected by someone who
knows Palembang) without reading any database code. Everything here is invented; names of
places, landmarks and agencies are real so that the screens look like the sentra's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from sentra_desktop.core.enums import (
    AgencyKind,
    AssistanceKind,
    BuyerKind,
    DesignStatus,
    MaterialUnit,
    MetVia,
    ProgrammeKind,
    SalesEventKind,
)

PROVINCE = "Sumatera Selatan"


class Family(StrEnum):
    """Which kind of workshop makes a product: cast rubber, or coconut fibre bonded with rubber."""

    RUBBER = "rubber"
    SABUTRET = "sabutret"


@dataclass(frozen=True)
class Place:
    """A street address with its city and province."""

    address: str
    city: str
    province: str = PROVINCE


SENTRA_NAME = "Sentra Souvenir Karet Talang Kedondong"
SENTRA_PLACE = Place(
    "Jl. Talang Kedondong RT 09 RW 03, Kel. Kebun Bunga, Kec. Sukarame, Palembang 30152", "Palembang"
)
SENTRA_PHONE = "0711-5612-347"
SENTRA_EMAIL = "sentrakaret.talangkedondong@gmail.com"
SENTRA_NOTES = (
    "Rintisan Sistem Inovasi Daerah (SIDa) Sumatera Selatan. Anggota: tiga IKM souvenir karet "
    "dan satu IKM Sabutret (serabut berkaret) di Talang Jambe."
)

OPERATORS = ("Siti Aminah", "Rahmat Hidayat", "Dewi Lestari")
# Who logs into the demo, with which role and PIN (printed in the demo notice and in README).
DEMO_USERS = (
    ("Hj. Nurhayati", "ketua", "1234"),
    ("Siti Aminah", "operator", "1111"),
    ("Rahmat Hidayat", "operator", "2222"),
    ("Dewi Lestari", "operator", "3333"),
    ("Pak Hendra Gunawan", "mentor", "4444"),
)


@dataclass(frozen=True)
class BusinessSpec:
    """A member business (IKM) and the product types its makers cast or press."""

    key: str
    name: str
    owner: str
    address: str
    phone: str
    type_keys: tuple[str, ...]


BUSINESSES = (
    BusinessSpec(
        "kkm",
        "IKM Karya Karet Mandiri",
        "Suparman",
        "Jl. Talang Kedondong RT 09, Kel. Kebun Bunga, Kec. Sukarame, Palembang",
        "0812-7310-4471",
        ("GK", "MGK"),
    ),
    BusinessSpec(
        "kdk",
        "IKM Kedondong Kreasi",
        "Yuliana Sari",
        "Jl. Swadaya Talang Kedondong RT 11, Kel. Kebun Bunga, Kec. Sukarame, Palembang",
        "0813-6702-5519",
        ("TG", "HD", "GK"),
    ),
    BusinessSpec(
        "skr",
        "IKM Sandal Karet Sukarame",
        "Hasan Basri",
        "Jl. Kebun Bunga Lr. Mawar No. 14, Kec. Sukarame, Palembang",
        "0852-6744-1023",
        ("SDL", "GK"),
    ),
    BusinessSpec(
        "stj",
        "IKM Sabutret Talang Jambe",
        "Muhammad Ridwan",
        "Jl. Talang Jambe RT 05, Kel. Talang Jambe, Kec. Sukarame, Palembang",
        "0821-7705-3382",
        ("KST", "POT", "ADK"),
    ),
)

# (name, business key, phone): the owners work at their own benches too.
MAKERS = (
    ("Suparman", "kkm", "0812-7310-4471"),
    ("Sri Wahyuni", "kkm", "0812-7855-2036"),
    ("Agus Salim", "kkm", ""),
    ("Nurhayati", "kkm", "0831-7421-6608"),
    ("Yuliana Sari", "kdk", "0813-6702-5519"),
    ("Dedi Kurniawan", "kdk", "0857-6830-1145"),
    ("Rusmini", "kdk", ""),
    ("Hasan Basri", "skr", "0852-6744-1023"),
    ("Fitriani", "skr", "0812-7196-8850"),
    ("Joni Iskandar", "skr", ""),
    ("Muhammad Ridwan", "stj", "0821-7705-3382"),
    ("Eka Puspita", "stj", "0813-6771-2290"),
    ("Zulkifli", "stj", ""),
)


@dataclass(frozen=True)
class TypeSpec:
    """A product type, how many pieces one maker makes of it in a day, and its usual stock floor."""

    key: str
    name: str
    family: Family
    batch: tuple[int, int]
    low_stock: int


PRODUCT_TYPES = (
    TypeSpec("GK", "Gantungan kunci", Family.RUBBER, (6, 24), 150),
    TypeSpec("TG", "Tatakan gelas", Family.RUBBER, (4, 14), 60),
    TypeSpec("SDL", "Sandal", Family.RUBBER, (2, 8), 24),
    TypeSpec("KST", "Keset", Family.SABUTRET, (1, 4), 15),
    TypeSpec("POT", "Pot tanaman", Family.SABUTRET, (2, 6), 20),
    TypeSpec("ADK", "Alas duduk", Family.SABUTRET, (1, 4), 15),
    TypeSpec("HD", "Hiasan dinding", Family.RUBBER, (1, 4), 6),
    TypeSpec("MGK", "Magnet kulkas", Family.RUBBER, (5, 18), 80),
)


@dataclass(frozen=True)
class MouldSpec:
    """A casting or pressing tool; ``acquired`` places its date like :attr:`DesignSpec.intro`."""

    code: str
    name: str
    type_key: str
    cavities: int
    acquired: float
    notes: str = ""


MOULDS = (
    MouldSpec("CTK-01", "Cetakan gantungan kunci Ampera", "GK", 12, -6.0),
    MouldSpec("CTK-02", "Cetakan gantungan kunci ikon Palembang", "GK", 10, -6.0),
    MouldSpec(
        "CTK-03",
        "Cetakan gantungan kunci Porprov (set bantuan Balitbangnovda)",
        "GK",
        12,
        0.04,
        "Set bantuan; cetakan sejenis juga diterima dari Dinas Perindustrian.",
    ),
    MouldSpec("CTK-04", "Cetakan gantungan kunci nama", "GK", 8, -3.0),
    MouldSpec("CTK-05", "Cetakan magnet kulkas", "MGK", 8, -4.0),
    MouldSpec("CTK-06", "Cetakan tatakan gelas bulat", "TG", 6, -5.0),
    MouldSpec("CTK-07", "Cetakan sandal karet", "SDL", 2, -4.5),
    MouldSpec("CTK-08", "Cetakan relief hiasan dinding", "HD", 1, -2.5),
    MouldSpec("CTK-09", "Cetakan press keset sabutret", "KST", 1, -3.5),
    MouldSpec("CTK-10", "Cetakan press pot sabutret", "POT", 2, -3.5),
    MouldSpec("CTK-11", "Cetakan press alas duduk", "ADK", 1, -2.0),
    MouldSpec(
        "CTK-12",
        "Cetakan gantungan kunci Porprov (set bantuan Disperin)",
        "GK",
        8,
        0.26,
        "Set bantuan kedua untuk desain yang sama; tumpang tindih dengan CTK-03.",
    ),
)


@dataclass(frozen=True)
class DesignSpec:
    """One design variant of the demo catalogue.

    ``intro`` places ``introduced_on``: a value of zero or below is that many years before the
    demo's first day; a value above zero is a fraction of the demo's period (0.5 = half-way).
    ``motif`` picks the picture drawn on its photo and ``scale`` multiplies its recipe.
    """

    code: str
    name: str
    type_key: str
    colour: str
    size: str
    price: int
    cost: int
    mould: str
    intro: float
    motif: str
    status: DesignStatus = DesignStatus.ACTIVE
    scale: Decimal = Decimal(1)
    notes: str = ""


_P, _R = DesignStatus.PROTOTYPE, DesignStatus.RETIRED

# fmt: off
DESIGNS = (
    DesignSpec("GK-AMP-01", "Gantungan Kunci Jembatan Ampera Merah", "GK", "merah", "6 x 3 cm",
               8000, 3500, "CTK-01", -5.5, "bridge"),
    DesignSpec("GK-AMP-02", "Gantungan Kunci Jembatan Ampera Biru", "GK", "biru", "6 x 3 cm",
               8000, 3500, "CTK-01", -5.5, "bridge"),
    DesignSpec("GK-BKB-01", "Gantungan Kunci Benteng Kuto Besak", "GK", "coklat", "5 x 4 cm",
               9000, 4000, "CTK-02", -4.0, "fort"),
    DesignSpec("GK-PMP-01", "Gantungan Kunci Pempek Kapal Selam", "GK", "kuning", "5 x 3 cm",
               7500, 3200, "CTK-02", -3.2, "pempek"),
    DesignSpec("GK-SGK-01", "Gantungan Kunci Motif Songket", "GK", "merah", "5 x 5 cm",
               10000, 4200, "CTK-02", -2.5, "songket"),
    DesignSpec("GK-KMR-01", "Gantungan Kunci Pagoda Pulau Kemaro", "GK", "merah", "4 x 6 cm",
               10000, 4300, "CTK-02", -2.0, "pagoda"),
    DesignSpec("GK-GJH-01", "Gantungan Kunci Gajah Sumatera", "GK", "hitam", "5 x 4 cm",
               9000, 3900, "CTK-02", -1.6, "elephant"),
    DesignSpec("GK-BLD-01", "Gantungan Kunci Ikan Belida", "GK", "biru", "6 x 2,5 cm",
               8500, 3700, "CTK-02", -1.2, "fish"),
    DesignSpec("GK-NAM-01", "Gantungan Kunci Nama Pesanan", "GK", "kuning", "6 x 2 cm",
               12000, 5000, "CTK-04", -3.0, "name", notes="Nama dicetak sesuai pesanan."),
    DesignSpec("GK-PRP-01", "Gantungan Kunci Maskot Porprov Sumsel", "GK", "merah", "5 x 6 cm",
               10000, 4200, "CTK-03", 0.05, "star", _R, notes="Khusus Porprov; tidak diproduksi lagi."),
    DesignSpec("GK-PRP-02", "Gantungan Kunci Logo Porprov Sumsel", "GK", "biru", "5 x 5 cm",
               10000, 4200, "CTK-03", 0.05, "rings", _R, notes="Khusus Porprov; tidak diproduksi lagi."),
    DesignSpec("GK-LMS-01", "Gantungan Kunci Rumah Limas", "GK", "coklat", "5 x 4 cm",
               9500, 4000, "CTK-02", 0.55, "house", notes="Desain baru hasil pendampingan."),
    DesignSpec("GK-JKB-01", "Gantungan Kunci Stadion Jakabaring", "GK", "hijau", "6 x 3 cm",
               9500, 4100, "CTK-04", 0.93, "stadium", _P),
    DesignSpec("MGK-AMP-01", "Magnet Kulkas Jembatan Ampera", "MGK", "merah", "7 x 4 cm",
               12000, 5200, "CTK-05", -4.5, "bridge"),
    DesignSpec("MGK-LMS-01", "Magnet Kulkas Rumah Limas", "MGK", "coklat", "7 x 5 cm",
               13000, 5600, "CTK-05", -2.8, "house"),
    DesignSpec("MGK-SGK-01", "Magnet Kulkas Motif Songket", "MGK", "merah", "7 x 5 cm",
               12000, 5200, "CTK-05", 0.62, "songket", notes="Desain baru hasil pendampingan."),
    DesignSpec("MGK-PMP-01", "Magnet Kulkas Pempek dan Cuko", "MGK", "kuning", "6 x 5 cm",
               12500, 5400, "CTK-05", 0.95, "pempek", _P),
    DesignSpec("TG-SGK-01", "Tatakan Gelas Motif Songket Merah", "TG", "merah", "diameter 10 cm",
               10000, 4500, "CTK-06", -4.8, "songket"),
    DesignSpec("TG-SGK-02", "Tatakan Gelas Motif Songket Hijau", "TG", "hijau", "diameter 10 cm",
               10000, 4500, "CTK-06", -3.5, "songket"),
    DesignSpec("TG-AMP-01", "Tatakan Gelas Jembatan Ampera", "TG", "biru", "diameter 10 cm",
               11000, 4800, "CTK-06", -2.2, "bridge"),
    DesignSpec("TG-JMP-01", "Tatakan Gelas Motif Jumputan", "TG", "biru", "diameter 10 cm",
               11000, 4800, "CTK-06", 0.7, "dots", notes="Desain baru hasil pendampingan."),
    DesignSpec("TG-PRP-01", "Tatakan Gelas Logo Porprov Sumsel", "TG", "kuning", "diameter 10 cm",
               11000, 4800, "CTK-06", 0.05, "rings", _R, notes="Khusus Porprov; tidak diproduksi lagi."),
    DesignSpec("SDL-HTL-01", "Sandal Hotel Karet Hitam", "SDL", "hitam", "40-42",
               15000, 8000, "CTK-07", -4.0, "hotel", scale=Decimal("0.8")),
    DesignSpec("SDL-JPT-01", "Sandal Jepit Karet Motif Songket", "SDL", "merah", "38-42",
               25000, 12000, "CTK-07", -2.7, "flipflop"),
    DesignSpec("SDL-ANK-01", "Sandal Anak Karet Kuning", "SDL", "kuning", "28-33",
               20000, 9000, "CTK-07", -1.8, "flipflop", scale=Decimal("0.6")),
    DesignSpec("HD-AMP-01", "Hiasan Dinding Relief Jembatan Ampera", "HD", "coklat", "30 x 20 cm",
               75000, 32000, "CTK-08", -3.0, "bridge"),
    DesignSpec("HD-SGK-01", "Hiasan Dinding Motif Songket Berbingkai", "HD", "merah", "25 x 25 cm",
               65000, 28000, "CTK-08", -1.5, "songket"),
    DesignSpec("HD-SRW-01", "Hiasan Dinding Kapal Sriwijaya", "HD", "coklat", "40 x 25 cm",
               85000, 38000, "CTK-08", 0.9, "ship", _P, scale=Decimal("1.4")),
    DesignSpec("KST-POL-01", "Keset Sabutret Polos 40x60", "KST", "natural", "40 x 60 cm",
               45000, 21000, "CTK-09", -3.5, "plain"),
    DesignSpec("KST-SGK-01", "Keset Sabutret Motif Songket 40x60", "KST", "merah", "40 x 60 cm",
               65000, 30000, "CTK-09", -2.4, "songket"),
    DesignSpec("KST-SLM-01", "Keset Sabutret Selamat Datang 45x75", "KST", "hitam", "45 x 75 cm",
               85000, 39000, "CTK-09", -1.9, "welcome", scale=Decimal("1.4")),
    DesignSpec("KST-BSR-01", "Keset Sabutret Polos 60x90", "KST", "natural", "60 x 90 cm",
               110000, 52000, "CTK-09", -1.1, "plain", scale=Decimal("2.25")),
    DesignSpec("KST-JMP-01", "Keset Sabutret Motif Jumputan 50x80", "KST", "biru", "50 x 80 cm",
               150000, 68000, "CTK-09", 0.58, "dots", scale=Decimal("1.65"),
               notes="Desain baru hasil pendampingan."),
    DesignSpec("POT-BLT-01", "Pot Sabutret Bulat 15 cm", "POT", "natural", "diameter 15 cm",
               20000, 8500, "CTK-10", -3.3, "pot"),
    DesignSpec("POT-BLT-02", "Pot Sabutret Bulat 25 cm", "POT", "natural", "diameter 25 cm",
               35000, 15000, "CTK-10", -2.6, "pot", scale=Decimal(2)),
    DesignSpec("POT-GTG-01", "Pot Gantung Sabutret 20 cm", "POT", "hijau", "diameter 20 cm",
               30000, 13000, "CTK-10", -1.4, "hanging_pot", scale=Decimal("1.5")),
    DesignSpec("POT-ANG-01", "Pot Sabutret Tempel Anggrek", "POT", "natural", "20 x 12 cm",
               25000, 10500, "CTK-10", 0.75, "slab", notes="Desain baru untuk pasar tanaman hias."),
    DesignSpec("ADK-BLT-01", "Alas Duduk Sabutret Bulat 40 cm", "ADK", "natural", "diameter 40 cm",
               45000, 20000, "CTK-11", -2.9, "round_pad"),
    DesignSpec("ADK-KTK-01", "Alas Duduk Sabutret Kotak Motif Songket", "ADK", "merah", "40 x 40 cm",
               55000, 24000, "CTK-11", -1.3, "square_pad"),
    DesignSpec("ADK-JOK-01", "Alas Jok Motor Sabutret", "ADK", "hitam", "50 x 30 cm",
               60000, 27000, "CTK-11", 0.96, "square_pad", _P, scale=Decimal("1.2")),
)
# fmt: on

# Display colour of each design colour, and the pigments it takes (kg per piece at scale 1 are
# in RECIPES; a colour with two pigments takes half of each).
COLOURS: dict[str, tuple[tuple[int, int, int], tuple[str, ...]]] = {
    "merah": ((192, 38, 45), ("PGM-MRH",)),
    "biru": ((36, 92, 168), ("PGM-BRU",)),
    "kuning": ((236, 178, 28), ("PGM-KNG",)),
    "hijau": ((46, 128, 72), ("PGM-HJU",)),
    "hitam": ((52, 52, 56), ("PGM-HTM",)),
    "coklat": ((132, 78, 44), ("PGM-MRH", "PGM-HTM")),
    "natural": ((168, 124, 72), ()),
}


@dataclass(frozen=True)
class MaterialSpec:
    """A raw material with its supplier, usual purchase lot and price per unit."""

    code: str
    name: str
    unit: MaterialUnit
    supplier: str
    low_stock: Decimal
    lot: Decimal
    unit_price: int


_PIGMENT_SHOP = "Toko Kimia Sumber Warna, Pasar 16 Ilir"
# fmt: off
MATERIALS = (
    MaterialSpec("LTX", "Lateks karet", MaterialUnit.LITRE, "KUD Karya Tani, Banyuasin",
                 Decimal(60), Decimal(200), 22000),
    MaterialSpec("KMP", "Kompon karet", MaterialUnit.KG, "CV Sriwijaya Rubber Compound, Palembang",
                 Decimal(30), Decimal(100), 38000),
    MaterialSpec("SBT", "Serat sabut kelapa", MaterialUnit.KG, "UD Sabut Kelapa Tanjung Lago, Banyuasin",
                 Decimal(120), Decimal(400), 3500),
    MaterialSpec("PGM-MRH", "Pigmen merah", MaterialUnit.KG, _PIGMENT_SHOP, Decimal(1), Decimal(5), 125000),
    MaterialSpec("PGM-BRU", "Pigmen biru", MaterialUnit.KG, _PIGMENT_SHOP, Decimal(1), Decimal(5), 130000),
    MaterialSpec("PGM-KNG", "Pigmen kuning", MaterialUnit.KG, _PIGMENT_SHOP, Decimal(1), Decimal(5), 120000),
    MaterialSpec("PGM-HJU", "Pigmen hijau", MaterialUnit.KG, _PIGMENT_SHOP,
                 Decimal("0.5"), Decimal(3), 130000),
    MaterialSpec("PGM-HTM", "Pigmen hitam", MaterialUnit.KG, _PIGMENT_SHOP, Decimal(1), Decimal(5), 95000),
    MaterialSpec("RNG", "Ring gantungan kunci", MaterialUnit.PIECE, "Toko Aksesoris Cinde, Palembang",
                 Decimal(1000), Decimal(5000), 250),
    MaterialSpec("MGN", "Magnet bulat 15 mm", MaterialUnit.PIECE, "Toko Aksesoris Cinde, Palembang",
                 Decimal(300), Decimal(1000), 600),
    MaterialSpec("LEM", "Lem karet", MaterialUnit.LITRE, "Toko Bangunan Sinar Sukarame",
                 Decimal(5), Decimal(20), 65000),
)
# fmt: on

# Materials left to run low near the end, so that the demo shows low-stock alerts.
RUNS_LOW = ("MGN", "PGM-KNG")

# Material per piece at scale 1, by product type; "PIGMENT" stands for the design's colours.
# fmt: off
RECIPES: dict[str, tuple[tuple[str, Decimal], ...]] = {
    "GK": (("LTX", Decimal("0.020")), ("PIGMENT", Decimal("0.001")), ("RNG", Decimal(1))),
    "MGK": (("LTX", Decimal("0.025")), ("PIGMENT", Decimal("0.001")), ("MGN", Decimal(1)),
            ("LEM", Decimal("0.002"))),
    "TG": (("LTX", Decimal("0.060")), ("PIGMENT", Decimal("0.002"))),
    "HD": (("LTX", Decimal("0.250")), ("PIGMENT", Decimal("0.006")), ("LEM", Decimal("0.010"))),
    "SDL": (("KMP", Decimal("0.300")), ("PIGMENT", Decimal("0.004")), ("LEM", Decimal("0.015"))),
    "KST": (("SBT", Decimal("0.900")), ("LTX", Decimal("0.450")), ("PIGMENT", Decimal("0.010"))),
    "POT": (("SBT", Decimal("0.300")), ("LTX", Decimal("0.150")), ("PIGMENT", Decimal("0.004"))),
    "ADK": (("SBT", Decimal("0.400")), ("LTX", Decimal("0.250")), ("PIGMENT", Decimal("0.006")),
            ("LEM", Decimal("0.020"))),
}
# fmt: on


@dataclass(frozen=True)
class BuyerSpec:
    """A buyer, what it usually orders, and how it pays.

    ``pays``: "prompt" settles on delivery, "normal" within weeks, "slow" leaves part unpaid.
    """

    name: str
    organisation: str
    kind: BuyerKind
    met_via: MetVia
    city: str
    province: str
    address: str
    type_keys: tuple[str, ...]
    pays: str = "normal"
    tags: str = ""
    email: str = ""
    since: float = 0.0  # no order before this fraction of the demo's period: a market opened later


_SUMSEL = PROVINCE
# fmt: off
BUYERS = (
    BuyerSpec("Hj. Rosmala Dewi", "Toko Oleh-Oleh Kemaro Jaya", BuyerKind.SHOP, MetVia.WALK_IN,
              "Palembang", _SUMSEL, "Jl. Jend. Sudirman No. 118, 16 Ilir", ("GK", "MGK", "TG"),
              "prompt", "langganan"),
    BuyerSpec("Andi Saputra", "Galeri Songket Sriwijaya", BuyerKind.SHOP, MetVia.EXHIBITION,
              "Palembang", _SUMSEL, "Jl. Ki Gede Ing Suro No. 22, 32 Ilir", ("TG", "HD", "MGK"),
              "normal", "songket"),
    BuyerSpec("Lilis Suryani", "Kios Cinderamata Benteng Kuto Besak", BuyerKind.SHOP, MetVia.WALK_IN,
              "Palembang", _SUMSEL, "Kawasan BKB, Jl. Sultan Mahmud Badaruddin", ("GK", "MGK"),
              "prompt", "langganan"),
    BuyerSpec("Budi Hartono", "Toko Souvenir Bandara SMB II", BuyerKind.SHOP, MetVia.REFERRAL,
              "Palembang", _SUMSEL, "Terminal Keberangkatan Bandara SMB II", ("GK", "MGK", "HD"),
              "slow"),
    BuyerSpec("Yanti Marlina", "Toko Oleh-Oleh Khas Prabumulih", BuyerKind.SHOP, MetVia.EXHIBITION,
              "Prabumulih", _SUMSEL, "Jl. Jend. Sudirman No. 45, Prabumulih", ("GK", "TG")),
    BuyerSpec("Edi Susanto", "Toko Kerajinan Linggau Indah", BuyerKind.SHOP, MetVia.REFERRAL,
              "Lubuklinggau", _SUMSEL, "Jl. Yos Sudarso No. 7, Lubuklinggau", ("GK", "KST")),
    BuyerSpec("Wati Handayani", "Toko Tanaman Hias Sukarame", BuyerKind.SHOP, MetVia.WALK_IN,
              "Palembang", _SUMSEL, "Jl. Kolonel H. Barlian Km 8", ("POT",), "prompt", "tanaman"),
    BuyerSpec("Rudi Hermawan", "Toko Perabot Sinar Baturaja", BuyerKind.SHOP, MetVia.EXHIBITION,
              "Baturaja", _SUMSEL, "Jl. Dr. Moh. Hatta No. 31, Baturaja", ("KST", "ADK"), "slow"),
    BuyerSpec("Rina Marlina", "Rina Craft Online", BuyerKind.RESELLER, MetVia.SOCIAL_MEDIA,
              "Palembang", _SUMSEL, "Perumnas Sako Blok C No. 12", ("GK", "MGK", "TG"),
              "normal", "reseller, online"),
    BuyerSpec("Ahmad Fauzi", "", BuyerKind.RESELLER, MetVia.REFERRAL, "Prabumulih", _SUMSEL,
              "Jl. Nigata No. 3, Prabumulih", ("GK", "SDL"), "normal", "reseller"),
    BuyerSpec("Novi Andriani", "Sumsel Craft Store", BuyerKind.RESELLER, MetVia.EXHIBITION,
              "Jakarta Timur", "DKI Jakarta", "Jl. Pemuda No. 88, Rawamangun", ("GK", "KST", "HD", "TG"),
              "normal", "reseller, jakarta", "sumselcraft@gmail.com", since=0.86),
    BuyerSpec("Hendra Gunawan", "", BuyerKind.RESELLER, MetVia.SOCIAL_MEDIA, "Lubuklinggau", _SUMSEL,
              "Jl. Garuda Hitam No. 20, Lubuklinggau", ("GK", "MGK"), "slow", "reseller"),
    BuyerSpec("Yusuf Kurniawan", "Rumah Sabut Lahat", BuyerKind.RESELLER, MetVia.SOCIAL_MEDIA,
              "Lahat", _SUMSEL, "Jl. Mayor Ruslan No. 9, Lahat", ("KST", "POT", "ADK"),
              "normal", "reseller, sabutret"),
    BuyerSpec("Darmawan Effendi", "Panitia Porprov Sumatera Selatan", BuyerKind.EVENT_COMMITTEE,
              MetVia.EVENT, "Palembang", _SUMSEL, "Sekretariat KONI Sumsel, Jakabaring Sport City",
              ("GK", "TG", "MGK"), "normal", "panitia"),
    BuyerSpec("Sri Rahayu", "Panitia Festival Sriwijaya", BuyerKind.EVENT_COMMITTEE, MetVia.EVENT,
              "Palembang", _SUMSEL, "Dinas Kebudayaan Kota Palembang", ("GK", "HD", "TG"),
              "normal", "panitia"),
    BuyerSpec("Irwan Setiawan", "Panitia Pameran Kriya Sumsel", BuyerKind.EVENT_COMMITTEE,
              MetVia.EXHIBITION, "Palembang", _SUMSEL, "Dekranasda Provinsi Sumatera Selatan",
              ("GK", "KST", "MGK"), "normal", "panitia"),
    BuyerSpec("Nurul Hidayah", "Dinas Pariwisata Kota Palembang", BuyerKind.AGENCY, MetVia.REFERRAL,
              "Palembang", _SUMSEL, "Jl. Merdeka No. 1, Palembang", ("HD", "MGK", "GK"),
              "slow", "instansi"),
    BuyerSpec("Bambang Wijaya", "Dinas Pemuda dan Olahraga Provinsi Riau", BuyerKind.AGENCY,
              MetVia.REFERRAL, "Pekanbaru", "Riau", "Jl. Jend. Sudirman No. 460, Pekanbaru",
              ("GK", "MGK"), "slow", "instansi, pra-PON", since=0.42),
    BuyerSpec("Fitri Anggraini", "Balitbangnovda Provinsi Sumatera Selatan", BuyerKind.AGENCY,
              MetVia.REFERRAL, "Palembang", _SUMSEL, "Jl. Demang Lebar Daun No. 4864", ("HD", "KST", "GK"),
              "normal", "instansi, pembina"),
    BuyerSpec("Agus Prasetyo", "Bank Sumsel Babel (CSR)", BuyerKind.AGENCY, MetVia.EXHIBITION,
              "Palembang", _SUMSEL, "Jl. Kapten A. Rivai No. 506", ("GK", "TG", "KST", "POT"), "prompt",
              "instansi"),
    BuyerSpec("Joko Santoso", "", BuyerKind.TOURIST, MetVia.WALK_IN, "Yogyakarta", "DI Yogyakarta",
              "", ("GK", "MGK"), "prompt", "wisatawan"),
    BuyerSpec("Maria Simanjuntak", "", BuyerKind.TOURIST, MetVia.WALK_IN, "Medan", "Sumatera Utara",
              "", ("GK", "TG"), "prompt", "wisatawan", since=0.6),
    BuyerSpec("Ratna Kusuma", "", BuyerKind.TOURIST, MetVia.SOCIAL_MEDIA, "Bandung", "Jawa Barat",
              "", ("GK", "KST"), "prompt", "wisatawan"),
    BuyerSpec("Dimas Prakoso", "", BuyerKind.TOURIST, MetVia.WALK_IN, "Jakarta Selatan", "DKI Jakarta",
              "", ("GK", "MGK", "HD"), "prompt", "wisatawan", since=0.88),
    BuyerSpec("Siti Nurbaya", "", BuyerKind.TOURIST, MetVia.EVENT, "Padang", "Sumatera Barat",
              "", ("GK", "TG"), "prompt", "wisatawan", since=0.76),
    BuyerSpec("Lim Wei Ming", "", BuyerKind.TOURIST, MetVia.WALK_IN, "Batam", "Kepulauan Riau",
              "", ("GK", "MGK", "POT"), "prompt", "wisatawan", since=0.8),
    BuyerSpec("Heru Santosa", "Hotel Musi Asri", BuyerKind.OTHER, MetVia.REFERRAL, "Palembang", _SUMSEL,
              "Jl. Kapten Rivai No. 77", ("SDL", "KST"), "normal", "hotel"),
    BuyerSpec("Dian Permatasari", "Kafe Kopi Seduh Sukarame", BuyerKind.OTHER, MetVia.WALK_IN,
              "Palembang", _SUMSEL, "Jl. Noerdin Pandji No. 15", ("TG", "ADK"), "prompt"),
    BuyerSpec("Taufik Hidayat", "Koperasi Karyawan PT Pusri", BuyerKind.OTHER, MetVia.REFERRAL,
              "Palembang", _SUMSEL, "Jl. Mayor Zen, Sei Selayur", ("SDL", "KST", "ADK"), "normal"),
    BuyerSpec("Wulan Sari", "Rumah Pengantin Wulan", BuyerKind.OTHER, MetVia.SOCIAL_MEDIA,
              "Palembang", _SUMSEL, "Jl. Angkatan 45 No. 30", ("GK",), "prompt", "suvenir pernikahan"),
)
# fmt: on


@dataclass(frozen=True)
class EventSpec:
    """A sales event, placed as fractions of the demo's period."""

    key: str
    name: str
    kind: SalesEventKind
    starts: float
    ends: float
    location: str
    notes: str = ""


SPORTS_EVENT = "porprov"
NEXT_EVENT = "pon"
# fmt: off
EVENTS = (
    EventSpec(SPORTS_EVENT, "Porprov Sumsel", SalesEventKind.SPORTS_WEEK, 0.36, 0.39,
              "Jakabaring Sport City, Palembang",
              "Pesanan suvenir resmi; produksi melonjak lalu turun tajam setelah acara."),
    EventSpec("kriya", "Pameran Kriya Sumsel", SalesEventKind.EXHIBITION, 0.55, 0.565,
              "Palembang Icon Mall", "Stan bersama Dekranasda."),
    EventSpec("festival", "Festival Sriwijaya", SalesEventKind.FESTIVAL, 0.72, 0.74,
              "Benteng Kuto Besak, Palembang"),
    EventSpec("inacraft", "Pameran Kerajinan Nusantara Jakarta", SalesEventKind.EXHIBITION, 0.86, 0.875,
              "Jakarta Convention Center", "Pasar baru di luar Sumatera Selatan."),
    # After today: the next big hope, already holding much of the year's orders (the article's PON).
    EventSpec(NEXT_EVENT, "Pekan Olahraga Nasional", SalesEventKind.SPORTS_WEEK, 1.04, 1.06,
              "Pekanbaru, Riau", "Pesanan suvenir kontingen; sentra kembali bergantung pada satu acara."),
)
# fmt: on

# (name, short name, contact, notes)
# fmt: off
# name, short name, kind, contact, notes
AGENCIES = (
    ("Balitbangnovda Provinsi Sumatera Selatan", "Balitbangnovda", AgencyKind.REGIONAL_GOVERNMENT,
     "Bidang Inovasi dan Teknologi", "Pembina SIDa; menempatkan intermediator teknologi di sentra."),
    ("Dinas Perindustrian Kota Palembang", "Disperin Palembang", AgencyKind.REGIONAL_GOVERNMENT,
     "Seksi Pembinaan IKM", ""),
    ("Kementerian Perindustrian", "Kemenperin", AgencyKind.MINISTRY, "Ditjen IKMA", ""),
    ("Dinas Koperasi dan UKM Provinsi Sumatera Selatan", "Dinkop UKM Sumsel", AgencyKind.REGIONAL_GOVERNMENT,
     "Bidang Pemasaran", ""),
    ("Universitas Sriwijaya", "Unsri", AgencyKind.UNIVERSITY, "LPPM", "Pendampingan desain produk."),
)


@dataclass(frozen=True)
class ProgrammeSpec:
    """One programme of an agency; its year is the year of its first aid item."""

    agency: int
    name: str
    kind: ProgrammeKind


PROGRAMMES = (
    ProgrammeSpec(0, "Penguatan Sistem Inovasi Daerah", ProgrammeKind.EQUIPMENT_GRANT),
    ProgrammeSpec(1, "Bantuan Peralatan IKM", ProgrammeKind.EQUIPMENT_GRANT),
    ProgrammeSpec(2, "Bimbingan Teknis IKM Karet", ProgrammeKind.TRAINING),
    ProgrammeSpec(1, "Bantuan Modal Usaha IKM", ProgrammeKind.CAPITAL),
    ProgrammeSpec(0, "Bantuan Bahan Baku Sentra", ProgrammeKind.RAW_MATERIAL),
    ProgrammeSpec(3, "Pameran Produk UKM Sumsel", ProgrammeKind.EXHIBITION),
)
# fmt: on


@dataclass(frozen=True)
class AidSpec:
    """One aid item; ``when`` (and ``checked``, the last check in use) is a fraction of the demo's period."""

    programme: int
    when: float
    kind: AssistanceKind
    item: str
    quantity: int
    value: int
    business: str | None
    notes: str = ""
    bast: str = ""
    serial: str = ""
    checked: float | None = None


# fmt: off
AID = (
    AidSpec(0, 0.04, AssistanceKind.MOULD, "Cetakan gantungan kunci (1 set)", 10, 7_500_000, "kkm",
            "Set cetakan untuk suvenir Porprov.", "BAST/BLN/024/III", "Set A"),
    AidSpec(1, 0.26, AssistanceKind.MOULD, "Cetakan gantungan kunci (1 set)", 8, 6_000_000, "kkm",
            "Diterima tiga bulan setelah set dari Balitbangnovda; tumpang tindih.", "027/BAST/DISPERIN",
            "Set B"),
    AidSpec(0, 0.12, AssistanceKind.MACHINE, "Mesin press hidrolik sabutret", 1, 25_000_000, "stj",
            "Jarang dipakai: pesanan keset lebih sedikit dari perkiraan.", "BAST/BLN/031/VI", "HP-2019-0457",
            0.3),
    AidSpec(2, 0.45, AssistanceKind.TRAINING, "Pelatihan desain produk dan manajemen usaha", 12, 0, None,
            "Diikuti 12 pengrajin dari empat IKM."),
    AidSpec(3, 0.6, AssistanceKind.CAPITAL, "Bantuan modal usaha", 1, 10_000_000, "kdk", "",
            "045/BAST/DISPERIN"),
    AidSpec(4, 0.8, AssistanceKind.MATERIAL, "Lateks karet (drum 200 liter)", 2, 8_800_000, None),
    AidSpec(5, 0.7, AssistanceKind.EXHIBITION, "Stan Pameran Produk UKM di Palembang Square", 1, 4_500_000,
            None, "Stan 3 x 3 m selama lima hari."),
)
# fmt: on

# The moulds each aid item of kind mould brought (mould code -> AID index), and the designs the
# later set casts as well: two moulds for one design, the overlap the article describes.
MOULDS_FROM_AID = {"CTK-03": 0, "CTK-12": 1}
EXTRA_MOULD_LINKS = (("CTK-12", "GK-PRP-01"), ("CTK-12", "GK-PRP-02"))
