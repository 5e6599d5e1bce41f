#!/usr/bin/env python3
"""
Writes src/packs/quan-triet-ct32-ctr48.json from seed 001 (Kế hoạch của Ban Thường vụ Huyện ủy quán
triệt Chỉ thị 32-CT/TW, Chương trình 48-CTr/TU …, with the texts it implements): the district plan's
dated tasks and reports, and the child-care indicators for 2025 and 2030 of the annexed provincial
programme. Items come from the hand-checked list packages/extract/src/gold/001_….json (every quote is
an exact span of the seed); agencies and groups are named as the plan names them.
Run from the repository root: python3 packages/rulepacks/scripts/quan-triet-ct32-ctr48.py
"""
import json
import os
import re
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
SEED = os.path.join(ROOT, 'docs', 'sources', '001_2e79d0e49d538470.txt')
GOLD = os.path.join(ROOT, 'packages', 'extract', 'src', 'gold', '001_2e79d0e49d538470.json')
OUT = os.path.join(ROOT, 'packages', 'rulepacks', 'src', 'packs', 'quan-triet-ct32-ctr48.json')
text = open(SEED, encoding='utf8').read()
gold = json.load(open(GOLD, encoding='utf8'))


def slug(s, limit=48):
    s = unicodedata.normalize('NFD', s.replace('đ', 'd').replace('Đ', 'D'))
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    return re.sub(r'[^a-z0-9]+', '-', s).strip('-')[:limit].strip('-')


def heading_before(pos):
    """The nearest roman-numbered section heading above a position ("II. TỔ CHỨC QUÁN TRIỆT, HỌC TẬP")."""
    best = None
    for m in re.finditer(r'^(?:\*\*)?([IVX]+\.\s[^\n]{3,120}?)(?:\*\*)?$', text[:pos], re.M):
        best = m.group(1).strip('* ')
    return best


AGENCIES = [
    ('btv-huyen-uy', 'Ban Thường vụ Huyện ủy', ['BTV Huyện ủy']),
    ('ban-tuyen-giao', 'Ban Tuyên giáo Huyện ủy', ['BTG Huyện ủy', 'Ban Tuyên giáo']),
    ('ubnd-huyen', 'Ủy ban nhân dân huyện', ['UBND huyện']),
    ('trung-tam-vh-tt-tt', 'Trung tâm Văn hóa thể thao và Truyền thông huyện', ['Trung tâm VH-TT&TT', 'TT VH-TT&TT huyện']),
    ('ubmttq-huyen', 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện', ['UBMTTQ huyện', 'Ủy ban MTTQ huyện']),
    ('cap-huyen', 'Cấp huyện', []),
    ('cap-co-so', 'Cấp cơ sở', []),
    ('cac-cap-uy', 'Các cấp ủy đảng', []),
]
GROUPS = [
    ('mat-tran-doan-the', 'UBMTTQ và các đoàn thể huyện', ['Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội huyện', 'Khối Mặt trận, đoàn thể'], ['ubmttq-huyen']),
    ('co-quan-thong-tin', 'Các cơ quan thông tin tuyên truyền', ['Khối thông tin tuyên truyền'], ['trung-tam-vh-tt-tt']),
    ('chi-dang-bo-co-so', 'Các chi, đảng bộ cơ sở', ['Khối cơ sở', 'Chi, đảng bộ cơ sở'], []),
]
OWNER_IDS = {
    'Cấp huyện': ['cap-huyen'],
    'Cấp cơ sở': ['cap-co-so'],
    'Các cấp ủy đảng': ['cac-cap-uy'],
    'Trung tâm Văn hóa thể thao và Truyền thông huyện': ['trung-tam-vh-tt-tt'],
    'Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội huyện': ['mat-tran-doan-the'],
    'Ủy ban nhân dân huyện': ['ubnd-huyen'],
    'Ban Tuyên giáo Huyện ủy': ['ban-tuyen-giao'],
}

tasks, reports, used = [], [], set()
for g in gold:
    # The district plan only: its owners are district agencies (the central and provincial texts it
    # quotes have their own duties, which are not this district's to track).
    if g['kind'] == 'deadline' and g['owner'] in OWNER_IDS:
        tid = 't-' + slug(g['task'] if g.get('task') else g['quote'], 40)
        while tid in used:
            tid += '-2'
        used.add(tid)
        tasks.append({
            'id': tid,
            'title': (g.get('task') or g['quote']).strip(),
            'owners': OWNER_IDS[g['owner']],
            'due': g['dueText'].replace('trước ngày: ', 'trước ngày '),
            'source': {'quote': g['quote'], 'section': heading_before(g['span'][0]) or 'KẾ HOẠCH'},
        })
    if g['kind'] == 'report' and g['to'] == 'Ban Thường vụ Huyện ủy':
        if g['period'] == 'once':
            reports.append({
                'id': 'bc-ket-qua-quan-triet',
                'title': 'Báo cáo kết quả quán triệt',
                'from': ['mat-tran-doan-the', 'co-quan-thong-tin', 'chi-dang-bo-co-so'],
                'to': 'btv-huyen-uy',
                'via': 'ban-tuyen-giao',
                'due': 'trước ngày 30/6/2024',
                'source': {'quote': g['quote'], 'section': heading_before(g['span'][0]) or 'KẾ HOẠCH'},
            })
        else:
            reports.append({
                'id': 'bc-dinh-ky-ban-tuyen-giao',
                'title': 'Báo cáo kết quả triển khai thực hiện',
                'from': ['ban-tuyen-giao'],
                'to': 'btv-huyen-uy',
                'schedule': {'every': 'half-year', 'due': {'daysAfterPeriodEnd': 10}, 'from': '2024-05-01'},
                'assumption': 'Văn bản ghi "định kỳ báo cáo" mà không nêu kỳ: giả định 6 tháng một lần, hạn 10 ngày sau khi hết kỳ.',
                'source': {'quote': g['quote'], 'section': heading_before(g['span'][0]) or 'KẾ HOẠCH'},
            })

# Child-care indicators of the annexed programme: pairs for 2025 and 2030 under one name.
indicators, by_name = [], {}
for g in gold:
    if g['kind'] != 'indicator' or not g.get('year'):
        continue
    name = (g.get('name') or g['quote']).strip()
    key = slug(name, 80)
    year = str(g['year'])[-4:]
    target = {'period': year, 'op': g['op']}
    if g['op'] == 'between':
        target['min'], target['max'] = g['min'], g['max']
    else:
        target['value'] = g['value']
    target['text'] = g['quote']
    if key in by_name and any(t['period'] == year for t in by_name[key]['targets']):
        key = key + '-' + year
    if key not in by_name:
        item = {'id': 'i-' + key[:60].strip('-'), 'title': name, 'unit': g['unit'] or '%', 'targets': [],
                'source': {'quote': g['quote'], 'section': heading_before(g['span'][0]) or 'CHƯƠNG TRÌNH'}}
        if g['op'] in ('<', '<='):
            item['lowerIsBetter'] = True
        by_name[key] = item
        indicators.append(item)
    by_name[key]['targets'].append(target)

pack = {
    '$schema': 'https://dondoc.dev/schema/pack.json',
    'id': 'quan-triet-ct32-ctr48',
    'version': '1.0.0',
    'title': 'Kế hoạch quán triệt Chỉ thị 32-CT/TW và Chương trình 48-CTr/TU (Ban Thường vụ Huyện ủy)',
    'locale': 'vi',
    'source': {'documents': [{'kind': 'Kế hoạch', 'issuer': 'Ban Thường vụ Huyện ủy',
                              'title': 'Kế hoạch quán triệt, học tập, tuyên truyền Chỉ thị số 32-CT/TW và Chương trình hành động số 48-CTr/TU'}]},
    'agencies': [dict(id=i, name=n, **({'aliases': a} if a else {})) for i, n, a in AGENCIES],
    'groups': [dict(id=i, name=n, aliases=a, **({'members': m} if m else {})) for i, n, a, m in GROUPS],
    'tasks': tasks,
    'reports': reports,
    'indicators': indicators,
}
with open(OUT, 'w', encoding='utf8') as f:
    json.dump(pack, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('wrote', OUT, len(tasks), 'tasks', len(reports), 'reports', len(indicators), 'indicators')
