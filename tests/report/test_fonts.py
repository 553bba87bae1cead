"""A PDF names the characters no installed font can draw, instead of printing boxes silently."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from listenwell.analysis.guide import parse_guide
from listenwell.domain import Study
from listenwell.report.fonts import boxes_warning, undrawable
from listenwell.report.kit import build_kit, write_kit

pytestmark = pytest.mark.skipif(shutil.which("fc-list") is None, reason="fontconfig's fc-list is not installed")

NO_FONT_HAS_IT = "\U0010fffd"  # a private-use code point of plane 16: no font draws it


def _has_japanese_font() -> bool:
    return bool(subprocess.run(["fc-list", ":lang=ja"], capture_output=True, text=True).stdout.strip())


def test_only_the_characters_no_font_has_are_named_once_each() -> None:
    text = f"Café — naïve {NO_FONT_HAS_IT} «ok» {NO_FONT_HAS_IT}\u200b\n"
    assert undrawable(text) == [NO_FONT_HAS_IT]


def test_a_latin_kit_pdf_has_no_boxes_warning(tmp_path: Path) -> None:
    guide = parse_guide("## Shopping\n- Walk me through your last order, from start to finish.\n", "g.md")
    kit = build_kit(Study(title="Orders", slug="orders"), guide)
    write_kit(kit, tmp_path / "kit.pdf")
    assert not [w for w in kit.warnings if "empty boxes" in w]


def test_a_japanese_kit_pdf_says_whether_its_questions_print_as_boxes(tmp_path: Path) -> None:
    guide = parse_guide("## 買い物\n- 最後に注文したときのことを、最初から教えていただけますか？\n", "guide.md")
    kit = build_kit(Study(title="注文", slug="orders"), guide)
    write_kit(kit, tmp_path / "kit.pdf")
    boxes = [w for w in kit.warnings if "empty boxes" in w]
    if _has_japanese_font():
        assert boxes == []
    else:
        assert len(boxes) == 1
        assert boxes[0].startswith("kit.pdf: no installed font has")
        assert "最" in boxes[0] and "Chinese, Japanese or Korean" in boxes[0] and "fonts-noto-cjk" in boxes[0]
    # the Markdown and HTML kits are drawn by the reader's own fonts: no such warning
    kit_md = build_kit(Study(title="注文", slug="orders"), guide)
    write_kit(kit_md, tmp_path / "kit.html")
    assert not [w for w in kit_md.warnings if "empty boxes" in w]


def _drawn(html: str) -> list[str]:
    from weasyprint import HTML

    from listenwell.report.fonts import misdrawn
    document = HTML(string=html).render()
    document.write_pdf()
    return misdrawn(document)


def test_letters_set_in_a_font_that_lacks_them_are_named_and_a_kit_sets_arabic_upright(tmp_path: Path) -> None:
    page = '<html><head><style>body {{ font-family: "DejaVu Sans"; }}</style></head><body>{}</body></html>'
    # Arabic in italics: the italic face has none of its letters, and WeasyPrint mixes the two faces up
    italic = page.format("<p><i>Find a flat first</i></p><p><i>ابحث عن شقة</i></p>")
    if not _drawn(italic):
        pytest.skip("these fonts draw Arabic in italics")
    from listenwell.report.kit import upright_rtl
    assert _drawn(upright_rtl(italic)) == []
    guide = parse_guide("## Intro (5 min)\n- هل تسمح لي بتسجيل المحادثة؟\n  Do you allow me to record the call?\n"
                        "## ١. البحث (١٠ دقائق)\n> ملاحظة: ابحث عن شقة أولاً. Note: find a flat first.\n\n"
                        "- حدثني عن آخر مرة بحثت فيها عن شقة.\n  Tell me about the last time you searched for a flat.\n",
                        "g.md")
    kit = build_kit(Study(title="Flats", slug="flats", goals=[]), guide)
    write_kit(kit, tmp_path / "kit.pdf")
    assert not any("were set in a font" in w for w in kit.warnings)


def test_the_boxes_warning_names_the_debian_fonts_for_each_script() -> None:
    if any(subprocess.run(["fc-list", f":lang={tag}"], capture_output=True, text=True).stdout.strip()
           for tag in ("th", "hi")):
        pytest.skip("a font here draws Thai or Devanagari")
    text = "ขอบคุณ नमस्ते"
    warning = boxes_warning(text, "kit.pdf")
    assert "fonts-thai-tlwg or fonts-noto-core for Thai" in warning
    assert "fonts-noto-core for Devanagari" in warning and "fonts-noto-cjk" not in warning
