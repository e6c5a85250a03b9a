"""Product illustrations for the demo designs, drawn with Pillow.

A demo without photos would hide half of the design screens, and shipping photographs would
bloat the program. A simple clean drawing per design (a keychain tag, a coaster, a fibre mat,
a pot ...) in the design's colour, with its motif and code, is enough to show how photos look in
lists, forms and printed sheets. Pictures are drawn at twice their size and scaled down, which
smooths the edges.
"""

from __future__ import annotations

import io
import math
import random
from collections.abc import Callable

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from sentra_desktop.demo.catalogue import COLOURS, PRODUCT_TYPES, DesignSpec

SIZE = 400
_S = SIZE * 2  # drawing size before the smoothing scale-down
_BACKGROUND = (244, 241, 234)
_CREAM = (250, 238, 212)
_GOLD = (226, 176, 58)
_METAL = (168, 170, 176)
_FIBRE = (150, 108, 62)
_LEAF = (62, 138, 70)

RGB = tuple[int, int, int]
Box = tuple[float, float, float, float]
Draw = ImageDraw.ImageDraw


def _shade(colour: RGB, factor: float) -> RGB:
    """Lighter (factor > 0, towards white) or darker (factor < 0, towards black) ``colour``."""
    r, g, b = (round(c + (255 - c) * factor) if factor >= 0 else round(c * (1 + factor)) for c in colour)
    return (r, g, b)


def _inset(box: Box, by: float) -> Box:
    return (box[0] + by, box[1] + by, box[2] - by, box[3] - by)


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """Pillow's bundled font, so the pictures look the same on every PC."""
    return ImageFont.load_default(size=size)


# --- motifs: small pictures drawn inside a box on the product ----------------------------------


def _motif_bridge(d: Draw, box: Box, ink: RGB) -> None:
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    deck = y0 + h * 0.62
    for tx in (x0 + w * 0.28, x0 + w * 0.72):
        d.rectangle((tx - w * 0.05, y0 + h * 0.12, tx + w * 0.05, deck + h * 0.18), fill=ink)
        d.rectangle((tx - w * 0.08, y0 + h * 0.08, tx + w * 0.08, y0 + h * 0.16), fill=ink)
    d.rectangle((x0 + w * 0.04, deck, x1 - w * 0.04, deck + h * 0.07), fill=ink)
    top = y0 + h * 0.2
    for sx, ex in ((0.28, 0.06), (0.28, 0.5), (0.72, 0.5), (0.72, 0.94)):
        d.line((x0 + w * sx, top, x0 + w * ex, deck), fill=ink, width=max(3, int(w * 0.018)))
    for i in range(3):
        y = deck + h * (0.22 + i * 0.08)
        points = [(x0 + w * (0.1 + k * 0.05), y + (h * 0.02 if k % 2 else 0)) for k in range(17)]
        d.line(points, fill=ink, width=max(2, int(w * 0.012)))


def _motif_songket(d: Draw, box: Box, ink: RGB) -> None:
    x0, y0, x1, y1 = box
    step = (x1 - x0) / 4
    r = step * 0.42
    rows = max(1, round((y1 - y0) / step))
    oy = y0 + ((y1 - y0) - rows * step) / 2
    for row in range(rows):
        for col in range(4):
            cx, cy = x0 + step * (col + 0.5), oy + step * (row + 0.5)
            d.polygon([(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)], outline=ink, width=5)
            d.polygon(
                [(cx, cy - r * 0.45), (cx + r * 0.45, cy), (cx, cy + r * 0.45), (cx - r * 0.45, cy)],
                fill=_GOLD,
            )


def _motif_fort(d: Draw, box: Box, ink: RGB) -> None:
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    top = y0 + h * 0.3
    d.rectangle((x0 + w * 0.08, top, x1 - w * 0.08, y1 - h * 0.1), fill=ink)
    for i in range(7):
        if i % 2 == 0:
            cx = x0 + w * (0.08 + i * 0.84 / 6)
            d.rectangle((cx, top - h * 0.12, cx + w * 0.12, top), fill=ink)
    d.chord((x0 + w * 0.38, y0 + h * 0.52, x0 + w * 0.62, y1 - h * 0.1 + h * 0.2), 180, 360, fill=_BACKGROUND)
    d.rectangle((x0 + w * 0.38, y0 + h * 0.64, x0 + w * 0.62, y1 - h * 0.1), fill=_BACKGROUND)


def _motif_pempek(d: Draw, box: Box, ink: RGB) -> None:
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    d.ellipse((x0 + w * 0.05, y0 + h * 0.25, x1 - w * 0.05, y1 - h * 0.2), fill=ink)
    d.ellipse((x0 + w * 0.38, y0 + h * 0.38, x0 + w * 0.62, y0 + h * 0.62), fill=(236, 150, 40))
    y = y1 - h * 0.08
    for i in range(3):
        d.line((x0 + w * (0.2 + i * 0.22), y, x0 + w * (0.3 + i * 0.22), y), fill=ink, width=6)


def _motif_pagoda(d: Draw, box: Box, ink: RGB) -> None:
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    tiers = 5
    for i in range(tiers):
        half = w * (0.42 - i * 0.07)
        base = y1 - h * (0.06 + i * 0.17)
        cx = x0 + w / 2
        d.polygon(
            [
                (cx - half, base),
                (cx + half, base),
                (cx + half * 0.75, base - h * 0.1),
                (cx - half * 0.75, base - h * 0.1),
            ],
            fill=ink,
        )
        d.rectangle((cx - half * 0.55, base - h * 0.17, cx + half * 0.55, base - h * 0.1), fill=ink)
    d.line((x0 + w / 2, y0, x0 + w / 2, y0 + h * 0.2), fill=ink, width=6)


def _motif_elephant(d: Draw, box: Box, ink: RGB) -> None:
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    d.ellipse((x0 + w * 0.22, y0 + h * 0.25, x1 - w * 0.05, y1 - h * 0.25), fill=ink)
    d.ellipse((x0 + w * 0.02, y0 + h * 0.15, x0 + w * 0.42, y0 + h * 0.6), fill=ink)
    d.ellipse((x0 + w * 0.16, y0 + h * 0.2, x0 + w * 0.4, y0 + h * 0.5), outline=_BACKGROUND, width=5)
    d.line(
        [(x0 + w * 0.08, y0 + h * 0.45), (x0 + w * 0.04, y0 + h * 0.75), (x0 + w * 0.12, y0 + h * 0.88)],
        fill=ink,
        width=int(w * 0.07),
        joint="curve",
    )
    for lx in (0.3, 0.45, 0.68, 0.83):
        d.rectangle((x0 + w * lx, y1 - h * 0.32, x0 + w * (lx + 0.1), y1 - h * 0.05), fill=ink)


def _motif_fish(d: Draw, box: Box, ink: RGB) -> None:
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    d.ellipse((x0 + w * 0.05, y0 + h * 0.25, x0 + w * 0.78, y1 - h * 0.25), fill=ink)
    d.polygon([(x0 + w * 0.7, y0 + h * 0.5), (x1, y0 + h * 0.22), (x1, y1 - h * 0.22)], fill=ink)
    d.ellipse((x0 + w * 0.16, y0 + h * 0.4, x0 + w * 0.24, y0 + h * 0.48), fill=_BACKGROUND)
    d.line((x0 + w * 0.36, y0 + h * 0.32, x0 + w * 0.4, y1 - h * 0.32), fill=_BACKGROUND, width=5)


def _motif_name(d: Draw, box: Box, ink: RGB) -> None:
    _centred_text(d, box, "NAMA", ink, int((box[2] - box[0]) * 0.28))


def _motif_star(d: Draw, box: Box, ink: RGB) -> None:
    x0, y0, x1, y1 = box
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    outer = min(x1 - x0, y1 - y0) * 0.46
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else outer * 0.45
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    d.polygon(points, fill=ink)
    d.ellipse((cx - outer * 0.18, cy - outer * 0.18, cx + outer * 0.18, cy + outer * 0.18), fill=_GOLD)


def _motif_rings(d: Draw, box: Box, ink: RGB) -> None:
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    r = w * 0.2
    for i, (fx, fy) in enumerate(((0.3, 0.4), (0.7, 0.4), (0.5, 0.66))):
        cx, cy = x0 + w * fx, y0 + h * fy
        d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=_GOLD if i == 2 else ink, width=int(w * 0.05))


def _motif_house(d: Draw, box: Box, ink: RGB) -> None:
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    body_top = y0 + h * 0.5
    d.rectangle((x0 + w * 0.15, body_top, x1 - w * 0.15, y1 - h * 0.18), fill=ink)
    d.polygon([(x0 + w * 0.05, body_top), (x0 + w * 0.5, y0 + h * 0.1), (x1 - w * 0.05, body_top)], fill=ink)
    for fx in (0.05, 0.95):
        d.line((x0 + w * fx, body_top, x0 + w * fx, body_top - h * 0.12), fill=ink, width=7)
    d.line((x0 + w * 0.5, y0 + h * 0.1, x0 + w * 0.5, y0), fill=ink, width=7)
    for i in range(3):
        y = y1 - h * (0.18 - i * 0.06)
        d.rectangle((x0 + w * (0.4 - i * 0.04), y, x0 + w * (0.6 + i * 0.04), y + h * 0.05), fill=ink)
    d.rectangle((x0 + w * 0.42, body_top + h * 0.08, x0 + w * 0.58, y1 - h * 0.18), fill=_BACKGROUND)


def _motif_stadium(d: Draw, box: Box, ink: RGB) -> None:
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    d.ellipse((x0 + w * 0.05, y0 + h * 0.3, x1 - w * 0.05, y1 - h * 0.15), outline=ink, width=12)
    d.ellipse((x0 + w * 0.25, y0 + h * 0.45, x1 - w * 0.25, y1 - h * 0.3), fill=ink)
    d.arc((x0 + w * 0.05, y0 + h * 0.05, x1 - w * 0.05, y0 + h * 0.75), 200, 340, fill=ink, width=10)


def _motif_dots(d: Draw, box: Box, ink: RGB) -> None:
    x0, y0, x1, y1 = box
    step = (x1 - x0) / 4
    rows = max(1, round((y1 - y0) / step))
    for row in range(rows):
        for col in range(4):
            cx, cy = x0 + step * (col + 0.5), y0 + step * (row + 0.5)
            r = step * 0.36
            d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=ink, width=5)
            d.ellipse((cx - r * 0.35, cy - r * 0.35, cx + r * 0.35, cy + r * 0.35), fill=ink)


def _motif_ship(d: Draw, box: Box, ink: RGB) -> None:
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    d.polygon(
        [
            (x0, y0 + h * 0.65),
            (x1, y0 + h * 0.65),
            (x1 - w * 0.15, y1 - h * 0.08),
            (x0 + w * 0.15, y1 - h * 0.08),
        ],
        fill=ink,
    )
    d.line((x0 + w * 0.5, y0 + h * 0.05, x0 + w * 0.5, y0 + h * 0.65), fill=ink, width=8)
    d.polygon(
        [(x0 + w * 0.53, y0 + h * 0.08), (x0 + w * 0.88, y0 + h * 0.58), (x0 + w * 0.53, y0 + h * 0.58)],
        fill=_GOLD,
    )
    d.polygon(
        [(x0 + w * 0.47, y0 + h * 0.15), (x0 + w * 0.18, y0 + h * 0.58), (x0 + w * 0.47, y0 + h * 0.58)],
        fill=_CREAM,
    )


def _centred_text(d: Draw, box: Box, text: str, ink: RGB, size: int) -> None:
    """``text`` centred in ``box``, made smaller until it fits the box's width."""
    font = _font(size)
    left, top, right, bottom = d.textbbox((0, 0), text, font=font)
    while right - left > box[2] - box[0] and size > 10:
        size = size * 9 // 10
        font = _font(size)
        left, top, right, bottom = d.textbbox((0, 0), text, font=font)
    x = (box[0] + box[2] - (right - left)) / 2 - left
    y = (box[1] + box[3] - (bottom - top)) / 2 - top
    d.text((x, y), text, font=font, fill=ink)


_MOTIFS: dict[str, Callable[[Draw, Box, RGB], None]] = {
    "bridge": _motif_bridge,
    "songket": _motif_songket,
    "fort": _motif_fort,
    "pempek": _motif_pempek,
    "pagoda": _motif_pagoda,
    "elephant": _motif_elephant,
    "fish": _motif_fish,
    "name": _motif_name,
    "star": _motif_star,
    "rings": _motif_rings,
    "house": _motif_house,
    "stadium": _motif_stadium,
    "dots": _motif_dots,
    "ship": _motif_ship,
}


def _motif(d: Draw, spec: DesignSpec, box: Box, ink: RGB) -> None:
    drawer = _MOTIFS.get(spec.motif)
    if drawer is not None:
        drawer(d, box, ink)


# --- textures and products ------------------------------------------------------------------


def _fibre(img: Image.Image, mask: Image.Image, rng: random.Random, base: RGB) -> None:
    """Paint coconut-fibre texture (many short brown strokes) where ``mask`` is white."""
    bbox = mask.getbbox()
    if bbox is None:
        return
    layer = Image.new("RGB", img.size, base)
    d = ImageDraw.Draw(layer)
    x0, y0, x1, y1 = bbox
    area = (x1 - x0) * (y1 - y0)
    for _ in range(area // 90):
        x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
        angle = rng.uniform(0, math.pi)
        length = rng.uniform(8, 26)
        tone = _shade(base, rng.uniform(-0.45, 0.3))
        d.line((x, y, x + length * math.cos(angle), y + length * math.sin(angle)), fill=tone, width=2)
    img.paste(layer, (0, 0), mask)


def _shadow(img: Image.Image, box: Box) -> None:
    """A soft shadow under the product so it sits on the table."""
    mask = Image.new("L", img.size, 0)
    ImageDraw.Draw(mask).ellipse(box, fill=90)
    mask = mask.filter(ImageFilter.GaussianBlur(18))
    img.paste(Image.new("RGB", img.size, (150, 144, 134)), (0, 0), mask)


def _keychain(img: Image.Image, d: Draw, spec: DesignSpec, colour: RGB, rng: random.Random) -> None:
    _shadow(img, (250, 640, 560, 690))
    body = (250, 280, 550, 630)
    d.rounded_rectangle(body, radius=70, fill=colour, outline=_shade(colour, -0.3), width=7)
    d.ellipse((382, 300, 418, 336), fill=_BACKGROUND, outline=_shade(colour, -0.3), width=5)
    d.ellipse((385, 236, 415, 322), outline=_METAL, width=9)
    d.ellipse((320, 90, 480, 250), outline=_METAL, width=14)
    d.arc((320, 90, 480, 250), 200, 260, fill=(230, 231, 235), width=5)
    _motif(d, spec, (290, 360, 510, 590), _CREAM)


def _magnet(img: Image.Image, d: Draw, spec: DesignSpec, colour: RGB, rng: random.Random) -> None:
    _shadow(img, (180, 560, 640, 620))
    d.rounded_rectangle((172, 262, 652, 582), radius=44, fill=_shade(colour, -0.35))
    d.rounded_rectangle((160, 250, 640, 570), radius=44, fill=colour)
    _motif(d, spec, (230, 290, 570, 530), _CREAM)


def _coaster(img: Image.Image, d: Draw, spec: DesignSpec, colour: RGB, rng: random.Random) -> None:
    _shadow(img, (190, 600, 630, 680))
    d.ellipse((176, 176, 636, 636), fill=_shade(colour, -0.3))
    d.ellipse((170, 160, 630, 620), fill=colour)
    d.ellipse((205, 195, 595, 585), outline=_shade(colour, 0.35), width=8)
    _motif(d, spec, (275, 265, 525, 515), _CREAM)


def _wall_hanging(img: Image.Image, d: Draw, spec: DesignSpec, colour: RGB, rng: random.Random) -> None:
    d.line([(180, 230), (400, 110), (620, 230)], fill=(90, 80, 70), width=5)
    d.ellipse((388, 98, 412, 122), fill=_METAL)
    d.rectangle((140, 220, 660, 620), fill=(112, 74, 42))
    d.rectangle((146, 226, 654, 614), outline=(150, 104, 62), width=8)
    d.rectangle((180, 260, 620, 580), fill=colour)
    _motif(d, spec, (230, 290, 570, 550), _CREAM)


def _sandal(img: Image.Image, d: Draw, spec: DesignSpec, colour: RGB, rng: random.Random) -> None:
    _shadow(img, (180, 640, 620, 700))
    strap = _CREAM if spec.colour != "kuning" else (60, 120, 190)
    for cx in (300, 500):
        d.ellipse((cx - 92, 160, cx + 92, 430), fill=colour, outline=_shade(colour, -0.3), width=6)
        d.ellipse((cx - 82, 360, cx + 82, 660), fill=colour, outline=_shade(colour, -0.3), width=6)
        d.rectangle((cx - 80, 330, cx + 80, 450), fill=colour)
        if spec.motif == "hotel":
            d.rounded_rectangle((cx - 100, 300, cx + 100, 380), radius=24, fill=strap)
        else:
            d.line([(cx - 84, 400), (cx, 240), (cx + 84, 400)], fill=strap, width=22, joint="curve")
            d.ellipse((cx - 14, 226, cx + 14, 254), fill=strap)


def _mat(img: Image.Image, d: Draw, spec: DesignSpec, colour: RGB, rng: random.Random) -> None:
    _shadow(img, (110, 590, 690, 650))
    box = (100, 230, 700, 590)
    mask = Image.new("L", img.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle(box, radius=22, fill=255)
    _fibre(img, mask, rng, _FIBRE)
    if spec.colour != "natural":
        d.rounded_rectangle(_inset(box, 26), radius=12, outline=colour, width=22)
    if spec.motif == "welcome":
        _centred_text(d, _inset(box, 60), "SELAMAT DATANG", colour, 62)
    elif spec.colour != "natural":
        _motif(d, spec, (250, 290, 550, 530), colour)


def _pot(img: Image.Image, d: Draw, spec: DesignSpec, colour: RGB, rng: random.Random) -> None:
    top = 380 if spec.motif == "pot" else 400
    if spec.motif == "hanging_pot":
        for x in (250, 400, 550):
            d.line((400, 110, x, top), fill=(120, 96, 70), width=5)
        d.ellipse((385, 90, 415, 120), outline=_METAL, width=7)
    else:
        _shadow(img, (270, 640, 530, 690))
    for angle, length in ((-0.9, 150), (-1.4, 190), (-1.9, 160), (-2.4, 140), (-1.15, 120)):
        x2, y2 = 400 + length * math.cos(angle), top - 10 + length * math.sin(angle)
        d.line((400, top - 10, x2, y2), fill=_LEAF, width=26)
        d.ellipse((x2 - 22, y2 - 22, x2 + 22, y2 + 22), fill=_shade(_LEAF, 0.15))
    mask = Image.new("L", img.size, 0)
    md = ImageDraw.Draw(mask)
    md.polygon([(245, top), (555, top), (515, 650), (285, 650)], fill=255)
    md.rounded_rectangle((228, top - 30, 572, top + 24), radius=10, fill=255)
    _fibre(img, mask, rng, _FIBRE)
    d.rounded_rectangle((228, top - 30, 572, top + 24), radius=10, outline=_shade(_FIBRE, -0.35), width=4)
    if spec.colour != "natural":
        d.line((262, top + 110, 538, top + 110), fill=colour, width=20)


def _orchid_slab(img: Image.Image, d: Draw, spec: DesignSpec, colour: RGB, rng: random.Random) -> None:
    _shadow(img, (290, 650, 510, 700))
    mask = Image.new("L", img.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle((300, 160, 500, 660), radius=16, fill=255)
    _fibre(img, mask, rng, _FIBRE)
    for y, length in ((420, 170), (500, 140)):
        d.line((400, y, 400 + length, y - 60), fill=_LEAF, width=24)
    d.line([(400, 330), (300, 250), (250, 260)], fill=(90, 110, 60), width=6)
    for cx, cy in ((300, 250), (250, 262), (338, 278)):
        for k in range(5):
            a = k * 2 * math.pi / 5
            px, py = cx + 20 * math.cos(a), cy + 20 * math.sin(a)
            d.ellipse((px - 16, py - 16, px + 16, py + 16), fill=(222, 120, 190))
        d.ellipse((cx - 8, cy - 8, cx + 8, cy + 8), fill=(250, 230, 120))


def _pad(img: Image.Image, d: Draw, spec: DesignSpec, colour: RGB, rng: random.Random) -> None:
    _shadow(img, (170, 600, 630, 670))
    box = (170, 170, 630, 630)
    mask = Image.new("L", img.size, 0)
    md = ImageDraw.Draw(mask)
    if spec.motif == "round_pad":
        md.ellipse(box, fill=255)
    else:
        md.rounded_rectangle(box, radius=40, fill=255)
    _fibre(img, mask, rng, _FIBRE)
    inner = _inset(box, 34)
    stitch = colour if spec.colour != "natural" else _shade(_FIBRE, -0.45)
    if spec.motif == "round_pad":
        for k in range(36):
            d.arc(inner, k * 10, k * 10 + 6, fill=stitch, width=8)
    else:
        d.rounded_rectangle(inner, radius=24, outline=stitch, width=18)
        if spec.colour == "merah":
            _motif_songket(d, (270, 290, 530, 510), colour)


_PRODUCTS: dict[str, Callable[[Image.Image, Draw, DesignSpec, RGB, random.Random], None]] = {
    "GK": _keychain,
    "MGK": _magnet,
    "TG": _coaster,
    "HD": _wall_hanging,
    "SDL": _sandal,
    "KST": _mat,
    "POT": _pot,
    "ADK": _pad,
}
_TYPE_NAMES = {t.key: t.name for t in PRODUCT_TYPES}


def draw_design(spec: DesignSpec) -> bytes:
    """A PNG illustration of ``spec``: the product in its colour, its motif and its code.

    The drawing depends only on the design, so the same design always gets the same picture.
    """
    img = Image.new("RGB", (_S, _S), _BACKGROUND)
    d = ImageDraw.Draw(img)
    colour = COLOURS.get(spec.colour, COLOURS["natural"])[0]
    rng = random.Random(spec.code)
    drawer = _orchid_slab if spec.motif == "slab" else _PRODUCTS[spec.type_key]
    drawer(img, d, spec, colour, rng)
    _centred_text(d, (0, 700, _S, 770), spec.code, (70, 68, 64), 44)
    _centred_text(d, (0, 24, _S, 80), _TYPE_NAMES[spec.type_key].upper(), (150, 144, 134), 28)
    img = img.resize((SIZE, SIZE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()
