#!/usr/bin/env python3
"""
Task trackers typed in the legacy Vietnamese fonts offices still keep, for the reader's tests
(src/legacy-fonts.test.ts).

    /usr/bin/python3 packages/xlsx/src/test-support/legacy-fonts/make.py   # needs openpyxl, soffice

writes into this folder:
- unicode-theo-doi.xlsx: the tracker in Unicode (Times New Roman), title and headers in capitals:
  the twin the others must read as;
- tcvn3-theo-doi.xlsx: the same, written by openpyxl, every cell in ".VnTime" with its text in
  TCVN3, the title and header rows in the capitals font ".VnTimeH" (rich-text runs naming their
  own font are tested on a hand-written shared-strings part: this openpyxl writes no rich text);
- tcvn3-theo-doi-libreoffice.xlsx: tcvn3-theo-doi.xlsx opened and saved again by LibreOffice Calc;
- vni-theo-doi.xlsx: the same in "VNI-Times" with its text in VNI.
A cell in Times New Roman holding "µ" (a TCVN3 code point) stays as it is in every file.
The TCVN3 and VNI text is made here from the Unicode text with tables written independently of
dondoc's (from the encodings' published layouts), so the test checks one against the other.
The checked-in files are what the tests read; this script documents how they were made.
"""
import datetime
import os
import shutil
import subprocess
import tempfile
import unicodedata

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))

# TCVN3 (VN3): vowel -> codes for huyền, hỏi, ngã, sắc, nặng (and the vowel itself when not ASCII)
TCVN3_VOWELS = {
    "a": (None, "µ¶·¸¹"), "ă": ("¨", "»¼½¾Æ"), "â": ("©", "ÇÈÉÊË"),
    "e": (None, "ÌÎÏÐÑ"), "ê": ("ª", "ÒÓÔÕÖ"), "i": (None, "×ØÜÝÞ"),
    "o": (None, "ßáâãä"), "ô": ("«", "åæçèé"), "ơ": ("¬", "êëìíî"),
    "u": (None, "ïñòóô"), "ư": ("\u00ad", "õö÷øù"), "y": (None, "úûüýþ"),
}
MARKS = "\u0300\u0309\u0303\u0301\u0323"  # huyền, hỏi, ngã, sắc, nặng
TCVN3 = {"đ": "®", "Đ": "§", "Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦"}
for vowel, (plain, toned) in TCVN3_VOWELS.items():
    if plain:
        TCVN3[vowel] = plain
    for mark, code in zip(MARKS, toned):
        TCVN3[unicodedata.normalize("NFC", vowel + mark)] = code

# VNI for Windows: base letter + mark byte
VNI_TONES = "øûõùï"
VNI = {"đ": "ñ", "ơ": "ô", "ư": "ö", "ì": "ì", "ỉ": "æ", "ĩ": "ó", "í": "í", "ị": "ò", "ỵ": "î"}
for base, key in (("a", "a"), ("e", "e"), ("o", "o"), ("u", "u"), ("y", "y"), ("ơ", "ô"), ("ư", "ö")):
    for mark, code in zip(MARKS, VNI_TONES):
        letter = unicodedata.normalize("NFC", base + mark)
        VNI.setdefault(letter, key + code)
for hat, key, marks in (("â", "a", "âàåãáä"), ("ă", "a", "êèúüéë"), ("ê", "e", "âàåãáä"), ("ô", "o", "âàåãáä")):
    VNI[hat] = key + marks[0]
    for mark, code in zip(MARKS, marks[1:]):
        VNI[unicodedata.normalize("NFC", hat + mark)] = key + code
for letter, code in list(VNI.items()):
    VNI[letter.upper()] = code.upper()


def tcvn3(text, capitals=False):
    source = text.lower() if capitals else text
    out = "".join(TCVN3.get(ch, ch) for ch in source)
    if not capitals:
        missing = [ch for ch in out if ord(ch) > 0xFF]
        assert not missing, (text, missing)  # capitals with a tone need the H font
    return out


def vni(text):
    return "".join(VNI.get(ch, ch) for ch in text)


TITLE = "BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ NĂM 2024"
HEADER = ("STT", "Tên nhiệm vụ", "Đơn vị chủ trì", "Thời hạn hoàn thành", "Ngày hoàn thành", "Tình trạng")
ROWS = [
    (1, "Xây dựng kế hoạch tuyên truyền cải cách hành chính", "Văn phòng HĐND và UBND huyện",
     datetime.datetime(2024, 3, 31), datetime.datetime(2024, 3, 25), "Đã hoàn thành"),
    (2, "Rà soát thủ tục hành chính thuộc thẩm quyền giải quyết", "UBND xã Đức Thọ",
     datetime.datetime(2024, 5, 15), None, "Đang thực hiện"),
    (3, "Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm", "Phòng Tài chính - Kế hoạch",
     datetime.datetime(2024, 6, 20), datetime.datetime(2024, 6, 18), "Hoàn thành"),
    (4, "Kiểm tra công tác văn thư, lưu trữ ở các xã, thị trấn", "Phòng Nội vụ",
     datetime.datetime(2024, 9, 30), None, "Chưa thực hiện"),
]
SIGNATURE = "Đức Thọ, ngày 15 tháng 11 năm 2024"


def make(path, encode, font, capitals_font, rich):
    wb = Workbook()
    ws = wb.active
    ws.title = "Theo dõi"
    body = Font(name=font, size=13)
    caps = Font(name=capitals_font, size=13, bold=True)
    ws["A1"] = encode(TITLE, True)
    ws["A1"].font = caps
    for col, text in enumerate(HEADER, start=1):
        cell = ws.cell(row=3, column=col, value=encode(text, True))
        cell.font = caps
    for r, values in enumerate(ROWS, start=4):
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=col, value=encode(value, False) if isinstance(value, str) else value)
            cell.font = body
            if isinstance(value, datetime.datetime):
                cell.number_format = "dd/mm/yyyy"
    last = 4 + len(ROWS)
    ws.cell(row=last + 1, column=5, value=encode(SIGNATURE, False)).font = body
    # a TCVN3 code point in a Unicode font: never converted
    ws.cell(row=last + 3, column=2, value="Ghi chú: µ là ký hiệu micro").font = Font(name="Times New Roman")
    for col, width in zip("ABCDEF", (6, 50, 30, 14, 14, 16)):
        ws.column_dimensions[col].width = width
    wb.save(path)


def unicode_text(text, capitals):
    # the capitals font shows every letter as a capital: so does the twin
    return text.upper() if capitals else text


def main():
    make(os.path.join(HERE, "unicode-theo-doi.xlsx"), unicode_text, "Times New Roman", "Times New Roman", True)
    make(os.path.join(HERE, "tcvn3-theo-doi.xlsx"), tcvn3, ".VnTime", ".VnTimeH", True)
    make(os.path.join(HERE, "vni-theo-doi.xlsx"), lambda t, c: vni(t.upper() if c else t), "VNI-Times", "VNI-Times", True)
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "tcvn3-theo-doi-libreoffice.xlsx")
        shutil.copy(os.path.join(HERE, "tcvn3-theo-doi.xlsx"), source)
        out = os.path.join(tmp, "out")
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", "xlsx", "--outdir", out, source], check=True, capture_output=True)
        shutil.copy(os.path.join(out, "tcvn3-theo-doi-libreoffice.xlsx"), HERE)


if __name__ == "__main__":
    main()
