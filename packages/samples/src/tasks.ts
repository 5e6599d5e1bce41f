/**
 * Task pools for the sample workbooks, taken from the seed directives (/work/shared/seeds):
 * the task sentences, the agencies and, where the document gives one, the deadline as written.
 *
 * - `ke-hoach-ct32`: a district Party committee's plan (seed 001) for studying Directive 32-CT/TW and
 *   Action Programme 48-CTr/TU; the Lai Châu district name (Tam Đường) and plan number 15-KH/HU
 *   are illustrative, the seed does not name them.
 * - `chuong-trinh-thang-4-2021`: the provincial Standing Committee's April-2021 programme (seed 003,
 *   Kiên Giang: Phú Quốc, Hà Tiên, Tân Hiệp, Giồng Riềng, Gò Quao). The seed says "các cấp, các
 *   ngành"; the owners given here are the agencies a provincial office would assign.
 * - `ke-hoach-nq26-thach-ha`: Thạch Hà district's plan for Resolution 26-NQ/TW (seed 002), section
 *   IV "Tổ chức thực hiện"; no deadlines in the text, so the generator assigns them.
 */
import type { PlainDate } from '@dondoc/core';

/** A deadline exactly as the source document writes it, with the last acceptable day worked out by hand. */
export type FixedDue =
  | { readonly kind: 'due'; readonly text: string; readonly due: PlainDate }
  | { readonly kind: 'recurring'; readonly text: string }
  | { readonly kind: 'none' };

export interface TaskTemplate {
  readonly title: string;
  readonly owner: string;
  readonly coordinators?: string;
  /** Deadline from the document; absent when the generator may choose one. */
  readonly due?: FixedDue;
  /** Repeated once per unit (commune, district) when the sample asks for more rows than the pool holds. */
  readonly perUnit?: {
    readonly title: (unit: string) => string;
    readonly owner: (unit: string) => string;
  };
}

export interface TaskSection {
  /** "I", "II", … */
  readonly roman: string;
  readonly title: string;
  readonly tasks: readonly TaskTemplate[];
}

export type OfficeKind = 'party' | 'government';

export interface Office {
  readonly kind: OfficeKind;
  /** Left block, top to bottom ("ĐẢNG BỘ HUYỆN TAM ĐƯỜNG", "BAN TUYÊN GIÁO HUYỆN ỦY", "*"). */
  readonly left: readonly string[];
  /** Place in the date line: "Tam Đường, ngày 01 tháng 7 năm 2024". */
  readonly place: string;
  /** "(Kèm theo Kế hoạch số 15-KH/HU …)". */
  readonly attachedTo: string;
  /** Footer: left block ("Nơi nhận:" or "NGƯỜI LẬP BIỂU") and right block (title, rank, name). */
  readonly footerLeft: readonly string[];
  readonly footerRight: readonly string[];
}

export interface TaskSource {
  readonly id: TaskSourceId;
  readonly office: Office;
  readonly sections: readonly TaskSection[];
  /** Units for per-unit rows (communes, districts). */
  readonly units: readonly string[];
  /** Notes a clerk writes in "Ghi chú" (some hold dates: they must never be read as deadlines). */
  readonly notes: readonly string[];
}

export type TaskSourceId = 'ke-hoach-ct32' | 'chuong-trinh-thang-4-2021' | 'ke-hoach-nq26-thach-ha';

const d = (year: number, month: number, day: number): PlainDate => ({ year, month, day });
const due = (text: string, date: PlainDate): FixedDue => ({ kind: 'due', text, due: date });
const recurring = (text: string): FixedDue => ({ kind: 'recurring', text });
const NONE: FixedDue = { kind: 'none' };

const CT32 = 'Chỉ thị số 32-CT/TW, ngày 10/4/2024 của Ban Bí thư';
const CTR48 = 'Chương trình hành động số 48-CTr/TU, ngày 17/4/2024 của Tỉnh ủy Lai Châu';

const KE_HOACH_CT32: TaskSource = {
  id: 'ke-hoach-ct32',
  office: {
    kind: 'party',
    left: ['ĐẢNG BỘ HUYỆN TAM ĐƯỜNG', 'BAN TUYÊN GIÁO HUYỆN ỦY', '*'],
    place: 'Tam Đường',
    attachedTo: '(Kèm theo Kế hoạch số 15-KH/HU, ngày 06/5/2024 của Ban Thường vụ Huyện ủy)',
    footerLeft: ['Nơi nhận:', '- Thường trực Huyện ủy;', '- Như trên;', '- Lưu VP, BTGHU.'],
    footerRight: ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', '', '', 'Nguyễn Văn Thanh'],
  },
  sections: [
    {
      roman: 'I',
      title: 'CÔNG TÁC QUÁN TRIỆT, HỌC TẬP',
      tasks: [
        {
          title: `Triển khai học tập, quán triệt ${CT32}; ${CTR48} tại Hội nghị cán bộ chủ chốt cấp huyện`,
          owner: 'Ban Tuyên giáo Huyện ủy',
          coordinators: 'Văn phòng Huyện ủy',
          due: due('tháng 5/2024', d(2024, 5, 31)),
        },
        {
          title:
            'Quán triệt học tập cho toàn thể cán bộ, đảng viên, công chức, viên chức và người lao động trong chi, đảng bộ cơ sở',
          owner: 'Các chi, đảng bộ cơ sở',
          coordinators: 'Ban Tuyên giáo Huyện ủy',
          due: due('trước ngày 25/6/2024', d(2024, 6, 24)),
          perUnit: {
            title: (unit) =>
              `Quán triệt học tập cho toàn thể cán bộ, đảng viên, công chức, viên chức và người lao động tại ${unit}`,
            owner: (unit) => `Đảng ủy ${unit}`,
          },
        },
        {
          title: 'Chuẩn bị tài liệu, báo cáo viên cho hội nghị cấp cơ sở',
          owner: 'Ban Tuyên giáo Huyện ủy',
          coordinators: 'Các chi, đảng bộ cơ sở',
        },
      ],
    },
    {
      roman: 'II',
      title: 'CÔNG TÁC TUYÊN TRUYỀN',
      tasks: [
        {
          title: `Dành dung lượng, thời lượng hợp lý, tổ chức tuyên truyền việc quán triệt, học tập ${CT32}`,
          owner: 'Trung tâm Văn hóa thể thao và Truyền thông huyện',
          coordinators: 'Ban Tuyên giáo Huyện ủy',
          due: due('trước ngày 25/6/2024', d(2024, 6, 24)),
        },
        {
          title:
            'Biên tập thành tài liệu, xây dựng kế hoạch phối hợp tổ chức tuyên truyền tới đoàn viên, hội viên và Nhân dân các dân tộc trên địa bàn huyện',
          owner: 'Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội huyện',
          coordinators: 'Ban Tuyên giáo Huyện ủy',
          due: due('trước ngày 25/6/2024', d(2024, 6, 24)),
        },
        {
          title:
            'Tuyên truyền trên hệ thống loa truyền thanh cơ sở nội dung các chỉ thị, nghị quyết của Trung ương, Tỉnh ủy',
          owner: 'Trung tâm Văn hóa thể thao và Truyền thông huyện',
          coordinators: 'Ủy ban nhân dân các xã, thị trấn',
        },
        {
          title: 'Tổ chức tuyên truyền miệng tại hội nghị báo cáo viên, hội nghị thông tin thời sự',
          owner: 'Ban Tuyên giáo Huyện ủy',
          due: recurring('Hằng tháng'),
        },
      ],
    },
    {
      roman: 'III',
      title: 'TỔ CHỨC THỰC HIỆN',
      tasks: [
        {
          title:
            'Tham mưu Ban Thường vụ xây dựng kế hoạch thực hiện Chỉ thị số 28-CT/TW, ngày 25/12/2023 của Bộ Chính trị, gửi Huyện ủy (qua Ban Tuyên giáo Huyện ủy)',
          owner: 'Ủy ban nhân dân huyện',
          coordinators: 'Phòng Lao động - Thương binh và Xã hội huyện',
          due: due('trước ngày 20/5/2024', d(2024, 5, 19)),
        },
        {
          title:
            'Tham mưu Ban Thường vụ xây dựng kế hoạch thực hiện Chỉ thị số 32-CT/TW, gửi Huyện ủy (qua Văn phòng Huyện ủy)',
          owner: 'Ủy ban nhân dân huyện',
          coordinators: 'Phòng Nông nghiệp và Phát triển nông thôn huyện',
          due: NONE,
        },
        {
          title: `Tham mưu tổ chức Hội nghị cán bộ chủ chốt học tập, quán triệt, tuyên truyền ${CT32}; ${CTR48}`,
          owner: 'Ban Tuyên giáo Huyện ủy',
          coordinators: 'Văn phòng Huyện ủy',
          due: due('tháng 5/2024', d(2024, 5, 31)),
        },
        {
          title:
            'Đôn đốc, theo dõi, kiểm tra, giám sát; định kỳ báo cáo Ban Thường vụ Huyện ủy kết quả triển khai thực hiện Chỉ thị số 28-CT/TW',
          owner: 'Ban Tuyên giáo Huyện ủy',
          coordinators: 'Các cơ quan liên quan',
          due: recurring('Thường xuyên'),
        },
        {
          title: 'Tham mưu sơ kết việc triển khai thực hiện Chỉ thị số 28-CT/TW',
          owner: 'Ban Tuyên giáo Huyện ủy',
          coordinators: 'Ủy ban nhân dân huyện',
        },
        {
          title:
            'Gửi báo cáo kết quả quán triệt về Ban Thường vụ Huyện ủy (qua Ban Tuyên giáo Huyện ủy)',
          owner: 'Ủy ban Mặt trận Tổ quốc và các đoàn thể huyện',
          coordinators: 'Ban Tuyên giáo Huyện ủy',
          due: due('trước ngày 30/6/2024', d(2024, 6, 29)),
          perUnit: {
            title: () =>
              'Gửi báo cáo kết quả quán triệt về Ban Thường vụ Huyện ủy (qua Ban Tuyên giáo Huyện ủy)',
            owner: (unit) => `Đảng ủy ${unit}`,
          },
        },
        {
          title:
            'Gửi báo cáo kết quả tuyên truyền về Ban Thường vụ Huyện ủy (qua Ban Tuyên giáo Huyện ủy)',
          owner: 'Trung tâm Văn hóa thể thao và Truyền thông huyện',
          coordinators: 'Ban Tuyên giáo Huyện ủy',
          due: due('trước ngày 30/6/2024', d(2024, 6, 29)),
        },
        {
          title:
            'Xây dựng kế hoạch thực hiện Chỉ thị số 28-CT/TW về chăm sóc, giáo dục và bảo vệ trẻ em',
          owner: 'Ủy ban nhân dân huyện',
          coordinators: 'Phòng Giáo dục và Đào tạo huyện',
        },
        {
          title:
            'Tuyên truyền, vận động đoàn viên, hội viên thực hiện tốt công tác chăm sóc, giáo dục và bảo vệ trẻ em',
          owner: 'Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội huyện',
          coordinators: 'Huyện đoàn',
        },
      ],
    },
  ],
  units: [
    'xã Bình Lư',
    'xã Bản Bo',
    'xã Bản Giang',
    'xã Bản Hon',
    'xã Khun Há',
    'xã Nà Tăm',
    'xã Nùng Nàng',
    'xã Sơn Bình',
    'xã Sùng Phài',
    'xã Thèn Sin',
    'xã Giang Ma',
    'xã Hồ Thầu',
    'xã Tả Lèng',
    'thị trấn Tam Đường',
  ],
  // notes go on rows at random: none may say the work was done on a day ("Tổ chức ngày …" is a
  // completion date on a done row, and a conflict when that day is after the check)
  notes: [
    'Lồng ghép sinh hoạt chi bộ',
    'Theo Kế hoạch số 15-KH/HU',
    'Gửi qua Ban Tuyên giáo Huyện ủy',
    'Đề nghị gia hạn đến 15/7/2024',
    'Tổ chức tại hội trường Huyện ủy',
    'Báo cáo số 42-BC/ĐU',
  ],
};

const CHUONG_TRINH_THANG_4_2021: TaskSource = {
  id: 'chuong-trinh-thang-4-2021',
  office: {
    kind: 'party',
    left: ['TỈNH ỦY KIÊN GIANG', 'VĂN PHÒNG', '*'],
    place: 'Kiên Giang',
    attachedTo: '(Kèm theo Chương trình chỉ đạo tháng 4-2021 của Ban Thường vụ Tỉnh ủy)',
    footerLeft: ['Nơi nhận:', '- Như trên;', '- Lưu VP.'],
    footerRight: ['NGƯỜI LẬP BIỂU', '', '', 'Trần Thị Mỹ Linh'],
  },
  sections: [
    {
      roman: 'I',
      title: 'CÔNG TÁC XÂY DỰNG ĐẢNG VÀ HỆ THỐNG CHÍNH TRỊ',
      tasks: [
        {
          title:
            'Lãnh đạo tốt công tác nhân sự, hiệp thương lần III, lập danh sách chính thức các ứng cử viên đại biểu Quốc hội và đại biểu Hội đồng nhân dân các cấp',
          owner: 'Ban Tổ chức Tỉnh ủy',
          coordinators: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
          due: due('tháng 4-2021', d(2021, 4, 30)),
        },
        {
          title: 'Sơ kết quý I-2021 của cấp ủy và các cấp, các ngành',
          owner: 'Văn phòng Tỉnh ủy',
          coordinators: 'Các huyện, thành ủy, đảng ủy trực thuộc',
          due: due('tháng 4-2021', d(2021, 4, 30)),
          perUnit: {
            title: (unit) => `Sơ kết quý I-2021 của ${unit}`,
            owner: (unit) => unit.charAt(0).toLocaleUpperCase('vi') + unit.slice(1),
          },
        },
        {
          title:
            'Sơ kết 05 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị khóa XII về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
          owner: 'Ban Tuyên giáo Tỉnh ủy',
          coordinators: 'Các ban đảng Tỉnh ủy',
        },
        {
          title:
            'Sơ kết thực hiện Chỉ thị số 11-CT/TU, ngày 01-8-2019 của Ban Thường vụ Tỉnh ủy về tăng cường công tác quản lý đoàn viên, hội viên',
          owner: 'Ban Dân vận Tỉnh ủy',
          coordinators: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
        },
        {
          title:
            'Hoàn thành việc nhận xét, đánh giá cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý năm 2020',
          owner: 'Ban Tổ chức Tỉnh ủy',
          due: due('tháng 4-2021', d(2021, 4, 30)),
        },
        {
          title:
            'Triển khai các cuộc kiểm tra, giám sát theo kế hoạch; giải quyết đơn thư khiếu nại, tố cáo của công dân',
          owner: 'Ủy ban Kiểm tra Tỉnh ủy',
          due: recurring('Thường xuyên'),
        },
        {
          title: 'Lãnh đạo tổ chức đón Tết cổ truyền Chôl Chnăm Thmây của đồng bào dân tộc Khmer',
          owner: 'Ban Dân vận Tỉnh ủy',
          coordinators: 'Ban Dân tộc tỉnh',
          due: due('trước ngày 14/4/2021', d(2021, 4, 13)),
        },
        {
          title:
            'Chỉ đạo tổ chức Đại hội đại biểu Hội Liên hiệp Phụ nữ, Hội Người cao tuổi cấp cơ sở',
          owner: 'Ban Dân vận Tỉnh ủy',
          coordinators: 'Hội Liên hiệp Phụ nữ tỉnh',
        },
        {
          title: 'Tổ chức tổng kết công tác tôn giáo năm 2020',
          owner: 'Ban Dân vận Tỉnh ủy',
          coordinators: 'Sở Nội vụ',
          due: due('quý I-2021', d(2021, 3, 31)),
        },
      ],
    },
    {
      roman: 'II',
      title: 'PHÁT TRIỂN KINH TẾ',
      tasks: [
        {
          title:
            'Triển khai xây dựng các đề án, kế hoạch theo Chương trình hành động thực hiện Nghị quyết Đại hội XI Đảng bộ tỉnh',
          owner: 'Văn phòng Tỉnh ủy',
          coordinators: 'Các ban đảng Tỉnh ủy',
          due: due('quý II/2021', d(2021, 6, 30)),
        },
        {
          title: 'Chỉ đạo thu hoạch dứt điểm vụ lúa đông xuân, sản xuất vụ lúa hè thu 2021',
          owner: 'Ban cán sự đảng Ủy ban nhân dân tỉnh',
          coordinators: 'Sở Nông nghiệp và Phát triển nông thôn',
        },
        {
          title:
            'Triển khai thực hiện Quyết định số 157/QĐ-TTg, ngày 01-02-2021 của Thủ tướng Chính phủ; Chương trình mỗi xã một sản phẩm OCOP',
          owner: 'Sở Nông nghiệp và Phát triển nông thôn',
          coordinators: 'Sở Công Thương',
        },
        {
          title:
            'Tăng cường quản lý, tuần tra, kiểm soát ngư trường; ngăn chặn tình trạng ngư dân đánh bắt hải sản trái phép',
          owner: 'Sở Nông nghiệp và Phát triển nông thôn',
          coordinators: 'Bộ Chỉ huy Bộ đội Biên phòng tỉnh',
          due: recurring('Thường xuyên'),
        },
        {
          title:
            'Thực hiện các giải pháp phòng, chống hạn, xâm nhập mặn, bảo đảm nước ngọt phục vụ sản xuất và sinh hoạt',
          owner: 'Sở Nông nghiệp và Phát triển nông thôn',
          coordinators: 'Ủy ban nhân dân các huyện, thành phố',
          due: recurring('trước ngày 10 hằng tháng'),
        },
        {
          title: 'Quản lý, phòng, chống cháy rừng, nhất là rừng quốc gia Phú Quốc và U Minh Thượng',
          owner: 'Sở Nông nghiệp và Phát triển nông thôn',
          coordinators: 'Ủy ban nhân dân thành phố Phú Quốc',
        },
        {
          title: 'Tập trung chỉ đạo triển khai thực hiện kế hoạch đầu tư công 2021',
          owner: 'Sở Kế hoạch và Đầu tư',
          coordinators: 'Sở Tài chính',
          due: due('năm 2021', d(2021, 12, 31)),
        },
        {
          title: 'Khởi công xây dựng tượng đài các anh hùng liệt sỹ ở Phú Quốc',
          owner: 'Ủy ban nhân dân thành phố Phú Quốc',
          coordinators: 'Sở Văn hóa và Thể thao',
        },
        {
          title:
            'Tổ chức lễ công bố quyết định của Thủ tướng Chính phủ công nhận huyện Giồng Riềng và Gò Quao đạt chuẩn nông thôn mới',
          owner: 'Ủy ban nhân dân huyện Giồng Riềng, Gò Quao',
          coordinators: 'Văn phòng Điều phối nông thôn mới tỉnh',
        },
      ],
    },
    {
      roman: 'III',
      title: 'VĂN HÓA - XÃ HỘI',
      tasks: [
        {
          title:
            'Tăng cường thông tin tuyên truyền kỷ niệm các ngày lễ lớn, cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2021-2026',
          owner: 'Ban Tuyên giáo Tỉnh ủy',
          coordinators: 'Sở Thông tin và Truyền thông',
        },
        {
          title: 'Chỉ đạo tổ chức tốt Lễ giỗ Quốc tổ Hùng Vương tại huyện Tân Hiệp',
          owner: 'Sở Văn hóa và Thể thao',
          coordinators: 'Ủy ban nhân dân huyện Tân Hiệp',
          due: due('21/4/2021', d(2021, 4, 21)),
        },
        {
          title: 'Thực hiện các biện pháp phòng chống dịch bệnh, nhất là dịch Covid-19',
          owner: 'Sở Y tế',
          coordinators: 'Các sở, ban, ngành, địa phương',
          due: recurring('Thường xuyên'),
        },
        {
          title: 'Mở rộng khu cách ly, thành lập bệnh viện dã chiến ở thành phố Hà Tiên',
          owner: 'Sở Y tế',
          coordinators: 'Ủy ban nhân dân thành phố Hà Tiên',
        },
        {
          title: 'Chuẩn bị tốt các điều kiện di dời Bệnh viện Đa khoa tỉnh đưa vào hoạt động',
          owner: 'Sở Y tế',
          coordinators: 'Sở Xây dựng',
        },
        {
          title:
            'Tăng cường công tác kiểm tra bảo đảm vệ sinh an toàn thực phẩm, vệ sinh môi trường',
          owner: 'Sở Y tế',
          coordinators: 'Sở Công Thương',
        },
        {
          title: 'Tích cực tuyên truyền, vận động nhân dân tham gia bảo hiểm y tế',
          owner: 'Bảo hiểm xã hội tỉnh',
          coordinators: 'Sở Lao động - Thương binh và Xã hội',
          due: recurring('Hằng tháng'),
        },
      ],
    },
    {
      roman: 'IV',
      title: 'QUỐC PHÒNG - AN NINH',
      tasks: [
        {
          title:
            'Triển khai kế hoạch thực hiện Kết luận số 64-KL/TW, ngày 30-10-2020 của Bộ Chính trị về xây dựng khu vực phòng thủ vững chắc',
          owner: 'Đảng ủy Quân sự tỉnh',
          coordinators: 'Bộ Chỉ huy Quân sự tỉnh',
        },
        {
          title:
            'Đẩy mạnh tuyên truyền và vận động nhân dân làm căn cước công dân bảo đảm tiến độ đề ra',
          owner: 'Công an tỉnh',
          coordinators: 'Ủy ban nhân dân các huyện, thành phố',
        },
        {
          title:
            'Triển khai kế hoạch diễn tập đối với các huyện Kiên Lương, Gò Quao, Kiên Hải, Giang Thành',
          owner: 'Bộ Chỉ huy Quân sự tỉnh',
          coordinators: 'Ủy ban nhân dân các huyện',
          due: due('quý III/2021', d(2021, 9, 30)),
        },
        {
          title: 'Đấu tranh phòng, chống tội phạm, nhất là tội phạm hình sự, ma túy, trộm cắp',
          owner: 'Công an tỉnh',
          due: recurring('Thường xuyên'),
        },
        {
          title: 'Báo cáo kết quả thực hiện chương trình chỉ đạo cho Ban Thường vụ Tỉnh ủy',
          owner: 'Các sở, ban, ngành, đoàn thể tỉnh',
          coordinators: 'Văn phòng Tỉnh ủy',
        },
      ],
    },
  ],
  units: [
    'Thành ủy Rạch Giá',
    'Thành ủy Hà Tiên',
    'Thành ủy Phú Quốc',
    'Huyện ủy Tân Hiệp',
    'Huyện ủy Giồng Riềng',
    'Huyện ủy Gò Quao',
    'Huyện ủy Kiên Lương',
    'Huyện ủy Kiên Hải',
    'Huyện ủy Giang Thành',
    'Huyện ủy U Minh Thượng',
  ],
  notes: [
    'Đã báo cáo Thường trực Tỉnh ủy',
    'Lồng ghép với sơ kết quý I',
    'Theo Công văn số 125-CV/TU',
    'Họp ngày 12/4/2021',
  ],
};

const NQ26 = 'Nghị quyết số 26-NQ/TW ngày 03/11/2022 của Bộ Chính trị';

const KE_HOACH_NQ26_THACH_HA: TaskSource = {
  id: 'ke-hoach-nq26-thach-ha',
  office: {
    kind: 'government',
    left: ['UBND HUYỆN THẠCH HÀ', 'VĂN PHÒNG HĐND VÀ UBND'],
    place: 'Thạch Hà',
    attachedTo:
      '(Kèm theo Kế hoạch hành động thực hiện Nghị quyết số 26-NQ/TW của Ban Thường vụ Huyện ủy)',
    footerLeft: ['NGƯỜI LẬP BIỂU', '', '', 'Phan Thị Hà'],
    footerRight: ['CHÁNH VĂN PHÒNG', '', '', 'Nguyễn Văn Thắng'],
  },
  sections: [
    {
      roman: 'I',
      title: 'TUYÊN TRUYỀN, QUÁN TRIỆT',
      tasks: [
        {
          title: `Tổ chức học tập, tuyên truyền, quán triệt ${NQ26} và xây dựng kế hoạch triển khai thực hiện`,
          owner: 'Các cấp ủy đảng, chính quyền từ huyện đến cơ sở',
          perUnit: {
            title: (unit) =>
              `Xây dựng kế hoạch triển khai thực hiện Nghị quyết số 26-NQ/TW tại ${unit}`,
            owner: (unit) => `Ủy ban nhân dân ${unit}`,
          },
        },
        {
          title: `Hướng dẫn việc học tập, quán triệt, chỉ đạo công tác tuyên truyền ${NQ26}`,
          owner: 'Ban Tuyên giáo Huyện ủy',
        },
        {
          title:
            'Xây dựng chương trình, kế hoạch tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tích cực tham gia thực hiện Nghị quyết',
          owner: 'Ủy ban Mặt trận Tổ quốc Việt Nam huyện',
          coordinators: 'Các tổ chức chính trị - xã hội huyện',
        },
      ],
    },
    {
      roman: 'II',
      title: 'PHÁT TRIỂN KINH TẾ - XÃ HỘI',
      tasks: [
        {
          title:
            'Chủ trì tham mưu tổ chức triển khai thực hiện Chương trình hành động số 28-CTr/TU, ngày 05/5/2023',
          owner: 'Ủy ban nhân dân huyện',
          coordinators: 'Phòng Tài chính - Kế hoạch',
        },
        {
          title:
            'Triển khai thực hiện quy hoạch phát triển các khu du lịch biển các xã Thạch Văn, Thạch Trị, Thạch Hội',
          owner: 'Phòng Kinh tế và Hạ tầng',
          coordinators: 'Ủy ban nhân dân các xã Thạch Văn, Thạch Trị, Thạch Hội',
        },
        {
          title:
            'Tăng cường quản lý tài nguyên và bảo vệ môi trường biển, giảm thiểu rác thải nhựa tại các địa phương ven biển',
          owner: 'Phòng Tài nguyên và Môi trường',
          coordinators: 'Ủy ban nhân dân các xã ven biển',
        },
        {
          title: 'Rà soát, sắp xếp mạng lưới trường, lớp học và nâng cao chất lượng giáo dục',
          owner: 'Phòng Giáo dục và Đào tạo',
        },
        {
          title:
            'Hoàn thiện mạng lưới y tế, nâng cao chất lượng dịch vụ khám, chữa bệnh tuyến xã, thị trấn',
          owner: 'Trung tâm Y tế huyện',
          coordinators: 'Phòng Y tế',
        },
      ],
    },
    {
      roman: 'III',
      title: 'KIỂM TRA, GIÁM SÁT',
      tasks: [
        {
          title: `Kiểm tra, giám sát việc thực hiện ${NQ26} đối với các tổ chức cơ sở đảng trực thuộc`,
          owner: 'Ủy ban Kiểm tra Huyện ủy',
          due: recurring('Thường xuyên'),
        },
      ],
    },
  ],
  units: [
    'xã Thạch Văn',
    'xã Thạch Trị',
    'xã Thạch Hội',
    'xã Thạch Lạc',
    'xã Thạch Khê',
    'thị trấn Thạch Hà',
  ],
  notes: ['Lồng ghép hội nghị giao ban', 'Theo Kế hoạch của Huyện ủy', 'Đã có văn bản đôn đốc'],
};

export const TASK_SOURCES: Readonly<Record<TaskSourceId, TaskSource>> = {
  'ke-hoach-ct32': KE_HOACH_CT32,
  'chuong-trinh-thang-4-2021': CHUONG_TRINH_THANG_4_2021,
  'ke-hoach-nq26-thach-ha': KE_HOACH_NQ26_THACH_HA,
};

/** One task row to write, in document order, with its section. */
export interface TaskPick {
  readonly section: TaskSection;
  readonly template: TaskTemplate;
  readonly title: string;
  readonly owner: string;
}

/**
 * `count` tasks in document order: the pool's own tasks first, then per-unit rows after the task
 * they expand, then further rounds marked "(đợt 2)", "(đợt 3)" … when even that is not enough.
 */
export function pickTasks(source: TaskSource, count: number): TaskPick[] {
  const base: TaskPick[] = [];
  const extras: TaskPick[][] = [];
  for (const section of source.sections) {
    for (const template of section.tasks) {
      base.push({ section, template, title: template.title, owner: template.owner });
      const rows: TaskPick[] = [];
      if (template.perUnit) {
        for (const unit of source.units) {
          rows.push({
            section,
            template,
            title: template.perUnit.title(unit),
            owner: template.perUnit.owner(unit),
          });
        }
      }
      extras.push(rows);
    }
  }
  if (count <= base.length) return base.slice(0, count);

  const extraTotal = extras.reduce((n, rows) => n + rows.length, 0);
  const round: TaskPick[] = [];
  let budget = count - base.length;
  // Spread the per-unit rows over the expandable tasks, keeping document order.
  const take = extras.map((rows) => {
    if (extraTotal === 0) return 0;
    return Math.min(
      rows.length,
      Math.ceil((rows.length / extraTotal) * Math.min(budget, extraTotal)),
    );
  });
  base.forEach((pick, i) => {
    round.push(pick);
    const rows = extras[i] ?? [];
    const n = Math.min(take[i] ?? 0, budget);
    round.push(...rows.slice(0, n));
    budget -= n;
  });
  const out = [...round];
  for (let k = 2; out.length < count; k++) {
    for (const pick of base) {
      if (out.length >= count) break;
      out.push({ ...pick, title: `${pick.title} (đợt ${k})` });
    }
  }
  // Keep sections together: stable sort by section order.
  const order = new Map(source.sections.map((s, i) => [s, i]));
  return out
    .slice(0, count)
    .sort((a, b) => (order.get(a.section) ?? 0) - (order.get(b.section) ?? 0));
}
