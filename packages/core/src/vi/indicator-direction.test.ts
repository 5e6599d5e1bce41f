import { describe, expect, it } from 'vitest';
import { lowerIsBetterByName } from './indicator-direction.js';

describe('lowerIsBetterByName', () => {
  it.each([
    'Tỷ lệ hộ nghèo đa chiều',
    'Tốc độ tăng dân số tự nhiên',
    'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi',
    'Tỷ lệ thất nghiệp ở khu vực thành thị',
    'Tỷ trọng nông, lâm nghiệp và thủy sản trong cơ cấu kinh tế',
    'Tỷ lệ lao động nông nghiệp trong tổng số lao động xã hội',
    'Số vụ tai nạn giao thông',
    'Tỷ lệ hồ sơ giải quyết trễ hạn',
    'Tỷ lệ hồ sơ được giải quyết quá hạn', // late stays late
    'Tỷ lệ sinh con thứ ba trở lên',
    'Số vụ vi phạm hành chính trong lĩnh vực đất đai',
    'Số vụ ngộ độc thực phẩm tập thể',
    'Số ca mắc sốt xuất huyết',
    'Số người nhiễm HIV mắc mới',
    'Số cặp tảo hôn',
    'Số vụ bạo lực gia đình',
    'Số đơn thư khiếu nại vượt cấp',
    'Tỷ lệ mù chữ ở độ tuổi 15 - 60',
    'Số xã chưa đạt chuẩn nông thôn mới',
  ])('"%s" should go down', (title) => {
    expect(lowerIsBetterByName(title)).toBe(true);
  });

  it.each([
    // the amount taken off: more is better
    'Tỷ lệ giảm hộ nghèo',
    'Tỷ lệ hộ nghèo toàn tỉnh giảm',
    'Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP)',
    'Tỷ lệ dân số tham gia bảo hiểm y tế',
    'Thu ngân sách Nhà nước',
    'Tỷ trọng công nghiệp - xây dựng',
    'Số đảng viên mới được kết nạp',
    // work done for them: more is better
    'Số hộ nghèo được hỗ trợ xây dựng nhà ở',
    'Số hộ thoát nghèo trong năm',
    'Tỷ lệ vụ phạm pháp hình sự được điều tra làm rõ',
    'Số người nghiện ma túy được cai nghiện',
    'Tỷ lệ vụ vi phạm được phát hiện và xử lý',
    'Số cơ sở vi phạm bị xử phạt được kiểm tra lại',
  ])('"%s" does not say', (title) => {
    expect(lowerIsBetterByName(title)).toBeUndefined();
  });
});
