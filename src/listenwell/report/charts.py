"""Small inline SVG bar charts: one bar per segment group, share of that group behind a
finding. Plain SVG strings so the HTML stays one self-contained file and WeasyPrint draws
them in the PDF too."""

from __future__ import annotations

from html import escape

from listenwell.report.model import SegmentChart

BAR_COLOUR = "#2f6f8f"
TRACK_COLOUR = "#e4ecf0"


def segment_chart_svg(chart: SegmentChart, *, width: int = 320) -> str:
    row = 22
    label_w = 110
    bar_w = width - label_w - 48
    height = row * len(chart.bars) + 20
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-label="{escape(_aria(chart))}">',
        f'<text x="0" y="12" font-size="11" fill="#555">by {escape(chart.attribute)}</text>',
    ]
    for i, bar in enumerate(chart.bars):
        y = 18 + i * row
        filled = round(bar_w * bar.share)
        parts.append(
            f'<text x="0" y="{y + 13}" font-size="12" fill="#222">{escape(bar.label[:18])}</text>'
            f'<rect x="{label_w}" y="{y + 3}" width="{bar_w}" height="13" rx="2" fill="{TRACK_COLOUR}"/>'
            f'<rect x="{label_w}" y="{y + 3}" width="{filled}" height="13" rx="2" fill="{BAR_COLOUR}"/>'
            f'<text x="{label_w + bar_w + 6}" y="{y + 13}" font-size="12" fill="#222">'
            f"{bar.count}/{bar.total}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)


def _aria(chart: SegmentChart) -> str:
    return f"Participants by {chart.attribute}: " + "; ".join(
        f"{b.label} {b.count} of {b.total}" for b in chart.bars
    )
