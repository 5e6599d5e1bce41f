#!/usr/bin/env python3
"""
Writes src/packs/tinh-uy-thang-4-2021.json from seed 003 (Chương trình chỉ đạo tháng 4-2021 của Ban
Thường vụ Tỉnh ủy): the month's four numbered work items, due at the end of April 2021 (the intro:
"Trong tháng 4-2021, Ban Thường vụ Tỉnh ủy tập trung chỉ đạo …"), and the duty of "các cấp, các ngành"
to report results to the Standing Committee. Items come from the hand-checked list
packages/extract/src/gold/003_….json.
Run from the repository root: python3 packages/rulepacks/scripts/tinh-uy-thang-4-2021.py
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
GOLD = os.path.join(ROOT, 'packages', 'extract', 'src', 'gold', '003_238ef3c35850272d.json')
OUT = os.path.join(ROOT, 'packages', 'rulepacks', 'src', 'packs', 'tinh-uy-thang-4-2021.json')
gold = json.load(open(GOLD, encoding='utf8'))
SECTION = 'Chương trình chỉ đạo tháng 4-2021 (các mục 1–4)'

tasks = []
for n, g in enumerate((g for g in gold if g['kind'] == 'deadline'), start=1):
    tasks.append({
        'id': f'muc-{n}',
        'code': str(n),
        'title': g['task'],
        'owners': ['btv-tinh-uy'],
        'due': 'tháng 4-2021',
        'source': {'quote': g['quote'], 'section': SECTION},
    })
report = next(g for g in gold if g['kind'] == 'report')
pack = {
    '$schema': 'https://dondoc.dev/schema/pack.json',
    'id': 'tinh-uy-thang-4-2021',
    'version': '1.0.0',
    'title': 'Chương trình chỉ đạo tháng 4-2021 của Ban Thường vụ Tỉnh ủy',
    'locale': 'vi',
    'source': {'documents': [{'kind': 'Chương trình', 'issuer': 'Ban Thường vụ Tỉnh ủy',
                              'title': 'Chương trình chỉ đạo tháng 4-2021 của Ban Thường vụ Tỉnh ủy'}]},
    'agencies': [{'id': 'btv-tinh-uy', 'name': 'Ban Thường vụ Tỉnh ủy', 'aliases': ['BTV Tỉnh ủy']}],
    'groups': [{'id': 'cac-cap-cac-nganh', 'name': 'Các cấp, các ngành',
                'aliases': ['Các sở, ban, ngành, đoàn thể cấp tỉnh', 'Các huyện, thành ủy, đảng ủy trực thuộc']}],
    'tasks': tasks,
    'reports': [{
        'id': 'bc-ket-qua-thang-4',
        'title': 'Báo cáo kết quả thực hiện chương trình tháng 4-2021',
        'from': ['cac-cap-cac-nganh'],
        'to': 'btv-tinh-uy',
        'due': 'trước ngày 10/5/2021',
        'assumption': 'Văn bản không nêu hạn báo cáo: giả định báo cáo kết quả tháng 4-2021 trước ngày 10 tháng sau, như chế độ báo cáo tháng thường dùng. Các đơn vị báo cáo lấy từ danh sách đơn vị (khối "Các cấp, các ngành") trong sổ theo dõi.',
        'source': {'quote': report['quote'], 'section': 'Phần kết'},
    }],
}
with open(OUT, 'w', encoding='utf8') as f:
    json.dump(pack, f, ensure_ascii=False, indent=2)
    f.write('\n')
print('wrote', OUT, len(tasks), 'tasks')
