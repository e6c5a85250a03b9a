"""Design photos: any picture the operator picks is resized and stored as JPEG.

A phone photo of 4-12 MB becomes at most ~100 KB, so the database, its backups and a server
carry photos without a separate folder.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from sentra_desktop.core.errors import ValidationError

MAX_INPUT_BYTES = 30 * 1024 * 1024
IMAGE_EDGE = 800
THUMB_EDGE = 64
_MAX_PIXELS = 80_000_000


@dataclass(frozen=True)
class StoredPhoto:
    """A photo ready to store: the resized image, its thumbnail and the image's size."""

    image: bytes
    thumbnail: bytes
    width: int
    height: int


def _jpeg(img: Any, quality: int) -> bytes:
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality, optimize=True)
    return out.getvalue()


def prepare_photo(data: bytes, field: str = "photo") -> StoredPhoto:
    """Check that ``data`` is a picture, then resize it for storage.

    Raises:
        ValidationError: the data is not an image Pillow can read, or is far too big.
    """
    from PIL import Image, ImageOps, UnidentifiedImageError  # ~20 ms: only when a photo is saved

    if len(data) > MAX_INPUT_BYTES:
        raise ValidationError.single(field, "image_too_big", max_mb=MAX_INPUT_BYTES // (1024 * 1024))
    try:
        with Image.open(io.BytesIO(data)) as probe:
            if probe.width * probe.height > _MAX_PIXELS:
                raise ValidationError.single(field, "image_too_big", max_mb=MAX_INPUT_BYTES // 2**20)
            probe.load()
            img = ImageOps.exif_transpose(probe)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ValidationError.single(field, "not_an_image") from None
    if img.mode in ("RGBA", "LA", "P"):
        img = img.convert("RGBA")
        background = Image.new("RGB", img.size, "white")
        background.paste(img, mask=img.getchannel("A"))
        img = background
    elif img.mode != "RGB":
        img = img.convert("RGB")
    img.thumbnail((IMAGE_EDGE, IMAGE_EDGE), Image.Resampling.LANCZOS)
    thumb = img.copy()
    thumb.thumbnail((THUMB_EDGE, THUMB_EDGE), Image.Resampling.LANCZOS)
    return StoredPhoto(_jpeg(img, 85), _jpeg(thumb, 80), img.width, img.height)


LOGO_EDGE = 400


def prepare_logo(data: bytes, field: str = "logo") -> bytes:
    """A logo for printed sheets: checked, resized to at most 400 px, stored as PNG."""
    from PIL import Image, UnidentifiedImageError

    if len(data) > MAX_INPUT_BYTES:
        raise ValidationError.single(field, "image_too_big", max_mb=MAX_INPUT_BYTES // (1024 * 1024))
    try:
        with Image.open(io.BytesIO(data)) as probe:
            probe.load()
            img = probe.convert("RGBA")
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError):
        raise ValidationError.single(field, "not_an_image") from None
    img.thumbnail((LOGO_EDGE, LOGO_EDGE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    img.save(out, "PNG", optimize=True)
    return out.getvalue()
