#!/usr/bin/env python3
"""Generates the demo bid documents (演示招投标文件) of the demo session as PDFs with Chinese text.

Writes HTML pages and prints each with Debian's headless Chromium (`chromium --print-to-pdf`), which embeds a
subset of the CJK font it uses, so the PDFs render Chinese in pdf.js on a machine without CJK fonts. The font is
WenQuanYi Micro Hei (Debian's fonts-wqy-microhei): its TrueType outlines are embedded as a CIDFontType2 subset
(about 40 KB a document, text selectable). Noto CJK (fonts-noto-cjk) works too, but Skia embeds its CFF outlines
as Type 3 glyph procedures, ten times larger. Output: samples/demo-province/documents/*.pdf and samples/demo-province/documents.json (the
manifest the server's demo loader reads). Run from anywhere:  python3 samples/demo-documents/generate.py
Needs: apt-get install chromium fonts-wqy-microhei. Deterministic text; the PDF bytes
change with the Chromium version (its creation date is in them), so regenerate only when the content changes.
"""
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from content import BIDDERS, PROJECT, tender_sections, qualification_sections, technical_sections, commercial_sections

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "demo-province", "documents"))
MANIFEST = os.path.normpath(os.path.join(HERE, "..", "demo-province", "documents.json"))

STYLE = """
@page { size: A4; margin: 22mm 20mm 20mm 20mm; }
body { font-family: 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif; font-size: 11.5pt; line-height: 1.75; color: #111; }
h1 { font-family: 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif; font-size: 22pt; text-align: center; margin: 40mm 0 10mm; }
h2 { font-family: 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif; font-size: 15pt; border-bottom: 1px solid #444; padding-bottom: 2mm; margin-top: 0; }
h3 { font-family: 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif; font-size: 12.5pt; margin: 5mm 0 2mm; }
p { text-indent: 2em; margin: 0 0 2mm; text-align: justify; }
.cover p { text-indent: 0; text-align: center; font-size: 13pt; }
.cover .meta { margin-top: 60mm; }
section { page-break-before: always; }
table { border-collapse: collapse; width: 100%; margin: 3mm 0; font-size: 10.5pt; }
th, td { border: 1px solid #333; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
th { background: #eee; font-family: 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif; }
td.num { text-align: right; }
/* The font has no bold face: synthetic bold would be embedded as Type 3 outlines, several times larger. */
h1, h2, h3, th { font-weight: normal; }
h2, h3 { color: #0b3d6e; }
"""


def render(title, cover_lines, sections):
    parts = [f"<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'><title>{html.escape(title)}</title><style>{STYLE}</style></head><body>",
             "<div class='cover'>", f"<h1>{html.escape(title)}</h1>", "<div class='meta'>"]
    parts += [f"<p>{html.escape(line)}</p>" for line in cover_lines]
    parts.append("</div></div>")
    for heading, blocks in sections:
        parts.append(f"<section><h2>{html.escape(heading)}</h2>")
        for block in blocks:
            if isinstance(block, tuple) and block[0] == "h3":
                parts.append(f"<h3>{html.escape(block[1])}</h3>")
            elif isinstance(block, tuple) and block[0] == "table":
                header, rows = block[1], block[2]
                parts.append("<table><tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in header) + "</tr>")
                for row in rows:
                    parts.append("<tr>" + "".join(
                        f"<td class='num'>{html.escape(c)}</td>" if re.fullmatch(r"[\d,.%￥¥]+", c) else f"<td>{html.escape(c)}</td>"
                        for c in row) + "</tr>")
                parts.append("</table>")
            else:
                parts.append(f"<p>{html.escape(block)}</p>")
        parts.append("</section>")
    parts.append("</body></html>")
    return "".join(parts)


def print_pdf(chromium, html_path, pdf_path):
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--run-all-compositor-stages-before-draw", f"--print-to-pdf={pdf_path}", f"file://{html_path}"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def page_count(data):
    return len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", data))


def main():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("chromium not found: apt-get install chromium fonts-wqy-microhei")
    os.makedirs(OUT, exist_ok=True)
    documents = [("tender", None, "tender", f"{PROJECT['name']} 招标文件", ["招标人：" + PROJECT['tenderer'], "招标代理机构：" + PROJECT['agent'], "项目编号：" + PROJECT['code'], PROJECT['date']], tender_sections())]
    for b in BIDDERS:
        documents.append((f"q-{b['key']}", b["id"], "qualification", f"{b['name']} 投标文件（资格审查部分）",
                          ["投标人：" + b["name"], "项目编号：" + PROJECT['code'], PROJECT['date']], qualification_sections(b)))
        # 暗标: the technical part names no bidder, neither in its id, its title nor its pages.
        documents.append((f"t-{b['blind']}", b["id"], "technical", f"{PROJECT['name']} 投标文件（技术标·暗标）",
                          ["项目编号：" + PROJECT['code'], "（暗标：本册不得出现投标人名称或任何可识别投标人身份的标记）"], technical_sections(b)))
        documents.append((f"c-{b['key']}", b["id"], "commercial", f"{b['name']} 投标文件（商务标）",
                          ["投标人：" + b["name"], "项目编号：" + PROJECT['code'], PROJECT['date']], commercial_sections(b)))

    # The province pool's fee table (劳务报酬标准), fixed in the session's settings at scheduling so fees can be settled.
    FEES = {"hostPoolId": "pool-zj", "pools": [{"poolId": "pool-zj", "bands": [{"upToHours": 4, "amount": 800}, {"upToHours": 8, "amount": 1200}], "perExtraHour": 150}]}
    manifest = {"sessionId": PROJECT["sessionId"], "projectCode": PROJECT["code"], "projectName": PROJECT["name"],
                "hostSiteId": PROJECT["hostSiteId"], "remoteSiteIds": PROJECT["remoteSiteIds"], "estimatedValue": PROJECT["estimatedValue"],
                "bids": [{"bidderId": b["id"], "bidderName": b["name"], "price": b["price"], "creditScore": b["credit"]} for b in BIDDERS],
                "fees": FEES,
                "documents": []}
    with tempfile.TemporaryDirectory() as work:
        for doc_id, bidder, part, title, cover, sections in documents:
            html_path = os.path.join(work, f"{doc_id}.html")
            with open(html_path, "w", encoding="utf-8") as f:
                f.write(render(title, cover, sections))
            pdf_path = os.path.join(OUT, f"{doc_id}.pdf")
            print_pdf(chromium, html_path, pdf_path)
            data = open(pdf_path, "rb").read()
            if b"/FontFile2" not in data:
                sys.exit(f"{pdf_path}: no embedded TrueType font; is fonts-wqy-microhei installed?")
            manifest["documents"].append({"documentId": doc_id, "bidderId": bidder, "part": part, "title": title,
                                          "file": f"documents/{doc_id}.pdf", "pages": page_count(data),
                                          "sha256": hashlib.sha256(data).hexdigest()})
            print(f"{pdf_path}: {page_count(data)} pages, {len(data)} bytes")
    with open(MANIFEST, "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
