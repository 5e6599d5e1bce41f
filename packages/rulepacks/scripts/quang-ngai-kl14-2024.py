#!/usr/bin/env python3
"""
Writes src/packs/quang-ngai-kl14-2024.json: the 27 numbered indicators for 2024 of seed 004
(Kết luận của Hội nghị Tỉnh ủy Quảng Ngãi lần thứ 14, khóa XX), each with the exact line it comes
from. The operators follow DESIGN.md (đạt → >=, trên → >, khoảng → approx, X - Y → between even after
"khoảng", "còn khoảng" → approx with lower is better, "ít nhất", "từ … trở lên" → >=).
Run from the repository root: python3 packages/rulepacks/scripts/quang-ngai-kl14-2024.py
"""
import json
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
SEED = os.path.join(ROOT, 'docs', 'sources', '004_3d0b40d64c084379.txt')
OUT = os.path.join(ROOT, 'packages', 'rulepacks', 'src', 'packs', 'quang-ngai-kl14-2024.json')
text = open(SEED, encoding='utf8').read()

GROUPS = {
    range(1, 8): '1. Nhóm chỉ tiêu về kinh tế',
    range(8, 18): '2. Nhóm chỉ tiêu về văn hóa, xã hội',
    range(18, 24): '3. Nhóm chỉ tiêu về tài nguyên, môi trường',
    range(24, 26): '4. Nhóm chỉ tiêu về quốc phòng, an ninh',
    range(26, 28): '5. Nhóm chỉ tiêu về xây dựng Đảng',
}


def line_of(n):
    m = re.search(r'^- \(%d\) (.+?)[;.]?$' % n, text, re.M)
    assert m, n
    return m.group(1)


def section(n):
    for r, name in GROUPS.items():
        if n in r:
            return 'II. CÁC CHỈ TIÊU CHỦ YẾU > ' + name


def t(op, value=None, lo=None, hi=None, words=None):
    d = {'period': '2024', 'op': op}
    if op == 'between':
        d['min'], d['max'] = lo, hi
    else:
        d['value'] = value
    if words:
        assert words in text, words
        d['text'] = words
    return d


# number: (id, title, unit, target, extra, parts)
SPEC = {
    1: ('grdp', 'Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)', '%', t('between', lo=2.5, hi=3, words='2,5 - 3%')),
    2: ('grdp-binh-quan', 'GRDP bình quân đầu người', 'USD', t('approx', 4460, words='khoảng 4.460 USD')),
    3: ('ty-trong-cn-xd-dv', 'Tỷ trọng công nghiệp - xây dựng, dịch vụ trong GRDP', '%', t('between', lo=70, hi=71, words='chiếm khoảng 70 - 71%')),
    4: ('nang-suat-lao-dong', 'Năng suất lao động xã hội tăng', '%', t('between', lo=2, hi=3, words='tăng 2 - 3%')),
    5: ('von-dau-tu', 'Vốn đầu tư thực hiện trên địa bàn', 'tỷ đồng', t('between', lo=38000, hi=39000, words='đạt khoảng 38.000 - 39.000 tỷ đồng')),
    6: ('do-thi-hoa', 'Tỷ lệ đô thị hóa', '%', t('>=', 38.5, words='đạt 38,5%')),
    7: ('thu-ngan-sach', 'Thu ngân sách vượt mức chỉ tiêu Trung ương giao', '%', t('>', 5, words='trên 5%')),
    8: ('xa-nong-thon-moi', 'Số xã đạt chuẩn quốc gia về nông thôn mới', 'xã', t('>=', 3, words='Có 03 xã')),
    9: ('lao-dong-nong-nghiep', 'Tỷ lệ lao động nông nghiệp trong tổng lao động xã hội', '%', t('approx', 32.1, words='còn khoảng 32,1%')),
    10: ('lao-dong-qua-dao-tao', 'Tỷ lệ lao động qua đào tạo', '%', t('approx', 64.4, words='khoảng 64,4%')),
    11: ('that-nghiep-thanh-thi', 'Tỷ lệ thất nghiệp ở khu vực thành thị', '%', t('approx', 1.5, words='khoảng 1,5%')),
    12: ('truong-chuan-quoc-gia', 'Tỷ lệ trường đạt chuẩn quốc gia', '%', None),
    13: ('bac-si-van-dan', 'Số bác sĩ/vạn dân', 'bác sĩ/vạn dân', t('>=', 7.91, words='đạt 7,91 bác sĩ')),
    14: ('giuong-benh-van-dan', 'Số giường bệnh/vạn dân (không tính trạm y tế xã)', 'giường/vạn dân', t('>=', 31.8, words='đạt 31,8 giường')),
    15: ('bao-hiem-y-te', 'Tỷ lệ tham gia bảo hiểm y tế', '%', t('>=', 95.2, words='đạt 95,2% dân số')),
    16: ('bao-hiem-xa-hoi', 'Tỷ lệ phát triển đối tượng tham gia bảo hiểm xã hội trên tổng lực lượng lao động trong độ tuổi', '%', t('between', lo=24, hi=25, words='là 24 - 25%')),
    17: ('giam-ho-ngheo', 'Tỷ lệ hộ nghèo toàn tỉnh giảm', '%', t('between', lo=1.58, hi=1.6, words='giảm 1,58 - 1,6%')),
    18: ('nuoc-sach-do-thi', 'Tỷ lệ dân số đô thị được sử dụng nước sạch', '%', t('>=', 89.9, words='đạt 89,9%')),
    19: ('nuoc-hop-ve-sinh-nong-thon', 'Tỷ lệ dân số nông thôn được sử dụng nguồn nước hợp vệ sinh', '%', t('>=', 99, words='đạt 99%')),
    20: ('chat-thai-nguy-hai', 'Tỷ lệ chất thải nguy hại được thu gom, xử lý đạt chuẩn', '%', t('>=', 64, words='đạt 64%')),
    21: ('chat-thai-y-te', 'Tỷ lệ chất thải y tế được xử lý đạt chuẩn', '%', t('>=', 95, words='đạt 95%')),
    22: ('chat-thai-ran-do-thi', 'Tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt ở đô thị', '%', t('>=', 90, words='đạt 90%')),
    23: ('che-phu-rung', 'Tỷ lệ che phủ rừng', '%', t('>=', 52, words='đạt 52%')),
    24: ('vung-manh-quoc-phong', 'Tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn vững mạnh về quốc phòng', '%', t('approx', 95, words='khoảng 95%')),
    25: ('an-toan-an-ninh', 'Tỷ lệ xã, phường, thị trấn, cơ quan, doanh nghiệp, nhà trường đạt tiêu chuẩn an toàn về an ninh trật tự', '%', t('>=', 80, words='Ít nhất 80%')),
    26: ('co-so-dang-hoan-thanh-tot', 'Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ', '%', t('>=', 80, words='từ 80% trở lên')),
    27: ('ket-nap-dang-vien', 'Kết nạp đảng viên mới trên tổng số đảng viên toàn Đảng bộ tỉnh', '%', t('>=', 3.5, words='đạt 3,5%')),
}

PARTS = {
    3: [('cong-nghiep-xay-dung', 'Tỷ trọng công nghiệp - xây dựng trong GRDP', '%', t('between', lo=43, hi=44, words='chiếm khoảng 43 - 44%'))],
    12: [
        ('truong-mam-non', 'Trường mầm non đạt chuẩn quốc gia', '%', t('>=', 57.97, words='57,97% trường mầm non')),
        ('truong-tieu-hoc', 'Trường tiểu học đạt chuẩn quốc gia', '%', t('>=', 87.42, words='87,42% trường tiểu học')),
        ('truong-thcs', 'Trường trung học cơ sở đạt chuẩn quốc gia', '%', t('>=', 89.92, words='89,92% trường trung học cơ sở')),
        ('truong-th-thcs', 'Trường tiểu học - trung học cơ sở đạt chuẩn quốc gia', '%', t('>=', 36.54, words='36,54% trường tiểu học - trung học cơ sở')),
        ('truong-thpt', 'Trường trung học phổ thông đạt chuẩn quốc gia', '%', t('>=', 69.23, words='69,23% trường trung học phổ thông')),
    ],
    17: [
        ('giam-ho-ngheo-mien-nui', 'Tỷ lệ hộ nghèo miền núi giảm', '%', t('between', lo=6, hi=7, words='miền núi giảm từ 6 - 7%')),
        ('giam-ho-ngheo-dong-bang', 'Tỷ lệ hộ nghèo đồng bằng giảm', '%', t('between', lo=0.4, hi=0.6, words='đồng bằng giảm 0,4 - 0,6%')),
    ],
    19: [('nuoc-sach-nong-thon', 'Tỷ lệ dân số nông thôn được sử dụng nước sạch', '%', t('>=', 70, words='sử dụng nước sạch đạt 70%'))],
    24: [('vung-manh-toan-dien', 'Tỷ lệ xã, phường, thị trấn vững mạnh toàn diện', '%', t('approx', 65, words='vững mạnh toàn diện đạt khoảng 65%'))],
    26: [('co-so-dang-xuat-sac', 'Tỷ lệ tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ', '%', t('approx', 20, words='khoảng 20% tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ'))],
}

LOWER = {'lao-dong-nong-nghiep', 'that-nghiep-thanh-thi'}
ASSUMPTIONS = {
    4: 'Văn bản ghi "tăng 2 - 3%": mức tăng so với năm trước, càng cao càng tốt.',
    12: 'Chỉ tiêu gồm 5 chỉ tiêu con (mỗi cấp học một tỷ lệ); chỉ tiêu chung không có mục tiêu riêng.',
    17: 'Văn bản ghi "giảm 1,58 - 1,6%": mức giảm trong năm (điểm phần trăm), càng cao càng tốt.',
}

indicators = []
for n in range(1, 28):
    ident, title, unit, target = SPEC[n]
    quote = line_of(n)
    item = {'id': ident, 'number': str(n), 'title': title, 'unit': unit, 'targets': [target] if target else []}
    if ident in LOWER:
        item['lowerIsBetter'] = True
    if n in ASSUMPTIONS:
        item['assumption'] = ASSUMPTIONS[n]
    if n in PARTS:
        item['parts'] = [
            {'id': pid, 'title': ptitle, 'unit': punit, 'targets': [ptarget], 'source': {'quote': quote, 'section': section(n)}}
            for pid, ptitle, punit, ptarget in PARTS[n]
        ]
    item['source'] = {'quote': quote, 'section': section(n)}
    indicators.append(item)

# The dated items of "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU" and the reporting duties, from the
# hand-checked list of @dondoc/extract (every quote an exact span of the seed).
GOLD = os.path.join(ROOT, 'packages', 'extract', 'src', 'gold', '004_3d0b40d64c084379.json')
gold = json.load(open(GOLD, encoding='utf8'))
OWNERS = {
    'Thành phố Quảng Ngãi': 'tp-quang-ngai',
    'huyện Bình Sơn': 'huyen-binh-son',
    'thị xã Đức Phổ': 'tx-duc-pho',
    'xã Tịnh Hà': 'xa-tinh-ha',
}
agencies = [
    {'id': 'tp-quang-ngai', 'name': 'Thành phố Quảng Ngãi'},
    {'id': 'huyen-binh-son', 'name': 'Huyện Bình Sơn'},
    {'id': 'tx-duc-pho', 'name': 'Thị xã Đức Phổ'},
    {'id': 'xa-tinh-ha', 'name': 'Xã Tịnh Hà'},
    {'id': 'btv-tinh-uy', 'name': 'Ban Thường vụ Tỉnh ủy', 'aliases': ['BTV Tỉnh ủy']},
    {'id': 'tinh-uy', 'name': 'Tỉnh ủy'},
]
tasks = []
for n, g in enumerate((g for g in gold if g['kind'] == 'deadline'), start=1):
    tasks.append({
        'id': f'muc-tieu-do-thi-{n}',
        'title': g['task'][0].upper() + g['task'][1:],
        'owners': [OWNERS[g['owner']]],
        'due': g['dueText'],
        'source': {'quote': g['quote'], 'section': 'III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU'},
    })
reports = []
for g in gold:
    if g['kind'] == 'report' and g['from'] == 'Ban Thường vụ Tỉnh ủy':
        reports.append({
            'id': 'bc-theo-doi-ket-luan',
            'title': 'Báo cáo Tỉnh ủy về việc thực hiện Kết luận',
            'from': ['btv-tinh-uy'],
            'to': 'tinh-uy',
            'schedule': {'every': 'half-year', 'due': {'daysAfterPeriodEnd': 15}, 'from': '2024-01-01', 'until': '2024-12-31'},
            'assumption': 'Kết luận giao theo dõi, giám sát và báo cáo Tỉnh ủy mà không nêu kỳ: giả định báo cáo 6 tháng một lần, hạn 15 ngày sau khi hết kỳ, trong năm 2024.',
            'source': {'quote': g['quote'], 'section': 'III'},
        })

pack = {
    '$schema': 'https://dondoc.dev/schema/pack.json',
    'id': 'quang-ngai-kl14-2024',
    'version': '1.0.0',
    'title': 'Kết luận Hội nghị Tỉnh ủy Quảng Ngãi lần thứ 14 (khóa XX): các chỉ tiêu chủ yếu năm 2024',
    'description': 'Các chỉ tiêu chủ yếu năm 2024 (27 chỉ tiêu, có chỉ tiêu con) trong Kết luận của Hội nghị Tỉnh ủy lần thứ 14 (khóa XX) về tình hình thực hiện nhiệm vụ năm 2023; mục tiêu, chỉ tiêu, nhiệm vụ và giải pháp chủ yếu năm 2024.',
    'locale': 'vi',
    'source': {'documents': [{'kind': 'Kết luận', 'issuer': 'Ban Chấp hành Đảng bộ tỉnh Quảng Ngãi', 'title': 'Kết luận của Hội nghị Tỉnh ủy lần thứ 14 (khóa XX)'}]},
    'settings': {'approxTolerance': 0.05},
    'agencies': agencies,
    'tasks': tasks,
    'reports': reports,
    'indicators': indicators,
}
with open(OUT, 'w', encoding='utf8') as f:
    json.dump(pack, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('wrote', OUT, len(indicators), 'indicators')
