"""Indonesian phone numbers in one form, so 0812…, +62812… and 62-812… are seen as one number.

Operators type numbers the way the buyer said them; duplicate checks, search and the WhatsApp
link need one international form: digits only, country code 62, no leading zero.
"""

from __future__ import annotations

COUNTRY = "62"


def normalize_phone(text: str) -> str:
    """Digits in international form: "0812-7310-4471", "+62 812 7310 4471" -> "6281273104471".

    A number that starts with 8 (the trunk zero left off) is taken as Indonesian too. Returns
    "" when there are no digits; letters are the caller's to refuse (see ``core.text``).
    """
    # "+62 (0) 812-…": the trunk zero written in brackets after the country code is not dialled.
    text = text.replace("(0)", " ")
    digits = "".join(ch for ch in text if ch.isdigit())
    if not digits:
        return ""
    if digits.startswith("00"):  # international call prefix, "0062 812 …"
        digits = digits[2:]
    elif digits.startswith("0"):
        digits = COUNTRY + digits[1:]
    elif digits.startswith("8"):
        digits = COUNTRY + digits
    if digits.startswith(COUNTRY + "0"):  # "62 0812 …": the trunk zero kept after the country code
        digits = COUNTRY + digits[len(COUNTRY) + 1 :]
    return digits


def whatsapp_link(text: str) -> str:
    """The wa.me link that opens a chat with this number ("" when there is no number)."""
    digits = normalize_phone(text)
    return f"https://wa.me/{digits}" if digits else ""
