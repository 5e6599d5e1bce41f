#!/usr/bin/env python3
"""
Writes src/packs/thach-ha-nq26.json from seed 002 (Kế hoạch thực hiện Nghị quyết số 26-NQ/TW … of
the Thạch Hà district): the 2030 targets of "II.2. Một số mục tiêu cụ thể đến năm 2030" (from the
hand-checked list packages/extract/src/gold/002_….json) and the five responsibilities of
"IV. TỔ CHỨC THỰC HIỆN", each with the sentence it comes from. The plan sets no date for the
responsibilities: they are tasks without a deadline (the checker lists them as not evaluated).
Run from the repository root: python3 packages/rulepacks/scripts/thach-ha-nq26.py
"""
import json
import os
import re
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
SEED = os.path.join(ROOT, 'docs', 'sources', '002_b78420045af7397d.txt')
GOLD = os.path.join(ROOT, 'packages', 'extract', 'src', 'gold', '002_b78420045af7397d.json')
OUT = os.path.join(ROOT, 'packages', 'rulepacks', 'src', 'packs', 'thach-ha-nq26.json')
text = open(SEED, encoding='utf8').read()
gold = json.load(open(GOLD, encoding='utf8'))


def slug(s, limit=60):
    s = unicodedata.normalize('NFD', s.replace('đ', 'd').replace('Đ', 'D'))
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn').lower()
    return re.sub(r'[^a-z0-9]+', '-', s).strip('-')[:limit].strip('-')


indicators = []
for g in gold:
    if g['kind'] != 'indicator':
        continue
    year = str(g['year'])[-4:]
    target = {'period': year, 'op': g['op'], 'text': g['quote']}
    if g['op'] == 'between':
        target['min'], target['max'] = g['min'], g['max']
    else:
        target['value'] = g['value']
    name = g.get('name') or g['quote']
    item = {
        'id': 'i-' + slug(name),
        'title': name[0].upper() + name[1:],
        'unit': g['unit'],
        'targets': [target],
        'source': {'quote': g['quote'], 'section': 'II. MỤC TIÊU > 2. Một số mục tiêu cụ thể đến năm 2030'},
    }
    if g['op'] in ('<', '<='):
        item['lowerIsBetter'] = True
    if str(g['year']).startswith('2021'):
        item['assumption'] = 'Mục tiêu bình quân giai đoạn 2021 - 2030, kiểm tra theo số của năm 2030.'
    indicators.append(item)

AGENCIES = [
    ('cac-cap-uy-chinh-quyen', 'Các cấp ủy đảng, chính quyền, các ban, ngành, đoàn thể từ huyện đến cơ sở', []),
    ('ban-tuyen-giao', 'Ban Tuyên giáo Huyện ủy', ['BTG Huyện ủy']),
    ('ubmttq-doan-the', 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội', ['UBMTTQ và các đoàn thể huyện']),
    ('ubnd-huyen', 'Ủy ban nhân dân huyện', ['UBND huyện']),
    ('ubkt-huyen-uy', 'Ủy ban Kiểm tra Huyện ủy', ['UBKT Huyện ủy']),
]
tasks = []
for n, (aid, name, _aliases) in enumerate(AGENCIES, start=1):
    m = re.search(r'^%d\. (%s[^\n]*?\.)(?:\s|$)' % (n, re.escape(name.split(' và ')[0] if n == 3 else name)), text, re.M)
    assert m, n
    sentence = m.group(1)
    first = re.split(r'(?<=[a-zà-ỹ0-9])\. ', sentence)[0]
    tasks.append({
        'id': f'to-chuc-thuc-hien-{n}',
        'title': (lambda t: t[0].upper() + t[1:])(first[len(name):].strip().rstrip('.')) if first.startswith(name) else first,
        'owners': [aid],
        'assumption': 'Kế hoạch không nêu thời hạn cho nhiệm vụ này.',
        'source': {'quote': sentence, 'section': 'IV. TỔ CHỨC THỰC HIỆN'},
    })

pack = {
    '$schema': 'https://dondoc.dev/schema/pack.json',
    'id': 'thach-ha-nq26',
    'version': '1.0.0',
    'title': 'Kế hoạch thực hiện Nghị quyết số 26-NQ/TW và Chương trình hành động số 28-CTr/TU (huyện Thạch Hà)',
    'locale': 'vi',
    'source': {'documents': [{'kind': 'Kế hoạch', 'issuer': 'Ban Thường vụ Huyện ủy',
                              'title': 'Kế hoạch thực hiện Nghị quyết số 26-NQ/TW; Chương trình hành động số 28-CTr/TU'}]},
    'agencies': [dict(id=i, name=n, **({'aliases': a} if a else {})) for i, n, a in AGENCIES],
    'tasks': tasks,
    'indicators': indicators,
}
with open(OUT, 'w', encoding='utf8') as f:
    json.dump(pack, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('wrote', OUT, len(tasks), 'tasks', len(indicators), 'indicators')
