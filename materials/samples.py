"""Generated sample files for the demo library: a PDF per language, a poster image."""

import io
from html import escape

from PIL import Image, ImageDraw, ImageFont

HOTLINE = {
    "sq": "Telefononi 116 006, falas",
    "en": "Call 116 006, free",
    "sr": "Позовите 116 006, бесплатно",
}
KIND_COLOURS = {"poster": "#b3261e", "leaflet": "#1d5c96", "brochure": "#14593b"}


def sample_pdf(*, title: str, language: str, kind: str) -> bytes:
    """A one-page A5 PDF with the title in its language (WeasyPrint)."""
    from weasyprint import HTML

    colour = KIND_COLOURS.get(kind, "#333333")
    html = f"""<html lang="{language}"><style>
      @page {{ size: A5; margin: 0 }}
      body {{ font-family: DejaVu Sans, sans-serif; margin: 0 }}
      .band {{ background: {colour}; color: white; padding: 30mm 12mm; }}
      h1 {{ font-size: 22pt }} p {{ margin: 12mm; font-size: 14pt }}
    </style><body><div class="band"><h1>{escape(title)}</h1></div>
    <p>{escape(HOTLINE.get(language, HOTLINE["en"]))}</p></body></html>"""
    return HTML(string=html).write_pdf()


def sample_image(*, title: str, language: str, kind: str) -> bytes:
    """A poster-shaped PNG with the title written on it (Pillow)."""
    image = Image.new("RGB", (600, 840), KIND_COLOURS.get(kind, "#333333"))
    draw = ImageDraw.Draw(image)
    font = _font(36)
    for number, line in enumerate(_wrap(title, 24) + ["", HOTLINE.get(language, "")]):
        draw.text((40, 80 + number * 48), line, fill="white", font=font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _font(size: int) -> ImageFont.ImageFont:
    # DejaVu has ë, ç, š, ž...; Pillow's built-in font does not.
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size=size)


def _wrap(text: str, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + len(word) >= width:
            lines.append(line)
            line = ""
        line = f"{line} {word}".strip()
    return lines + [line]
