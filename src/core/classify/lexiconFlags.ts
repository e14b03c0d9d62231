import type { Lexicon } from './lexiconTypes';

/**
 * Criteria the 2024 "Several Regulations on Reducing Burdens for the Grassroots" forbid or
 * that the reforms cited in DESIGN.md removed: meeting attendance, document and material
 * counts, traces (留痕), online engagement, signs (Dongying), certificates (Hengyang).
 * These are narrower than the process terms: a flag says "this criterion is a form the
 * regulations name", not merely "this is activity".
 */
export const FLAG_TERMS: Lexicon['flags'] = {
  meeting: [
    {
      note: 'meeting attendance or number of meetings',
      weight: 1,
      // prettier-ignore
      terms: [
        { term: '会议', not: ['会议室', '会议中心', '会议厅', '会议精神'] }, { term: '开会', word: true }, '例会',
        '座谈会', '参会', '出席', '缺席', 'meeting', 'meetings', 'attendance',
      ],
    },
  ],
  documents: [
    {
      note: 'documents, materials, ledgers and reports counted',
      weight: 1,
      // prettier-ignore
      terms: [
        '台账', '台帐', { term: '资料', not: ['资料库'] }, '材料', { term: '报表', not: ['通报表扬', '通报表彰'] },
        '月报', '简报', '工作总结', '年度总结', '半年度总结', '上报*情况', '报送*信息', '信息报送', '发文', '文件数', '用稿', '投稿',
        '记录', '日志', 'ledger', 'ledgers', 'paperwork', 'documents',
      ],
    },
  ],
  traces: [
    {
      note: 'traces kept as proof (留痕)',
      weight: 1,
      // prettier-ignore
      terms: [
        '留痕', '痕迹', '拍照', '照片资料', '照片佐证', '现场照片', '活动照片', '工作照片', '执法照片', '提供*照片', '影像资料', '图片资料',
        '截图', '佐证', 'photos', 'screenshots', 'traces',
      ],
    },
  ],
  online: [
    {
      note: 'online engagement: apps, check-ins, follows, likes, reposts, screen time',
      weight: 1,
      // prettier-ignore
      terms: [
        'APP', '学习强国', '打卡', '签到', '点赞', '转发', '关注*公众号', '公众号', '粉丝', '阅读量', '浏览量', '在线时长', '登录次数',
        '工作群', '微信群', '扫码', 'check-in', 'check-ins', 'likes', 'reposts', 'screen time',
      ],
    },
  ],
  signs: [
    {
      note: 'signs, plaques and wall charts',
      weight: 1,
      // prettier-ignore
      terms: [
        '挂牌', '牌子', '标识牌', '标牌', '公示牌', '宣传栏', '展板', '标语', '横幅', '上墙',
        { term: '标识', not: ['标识码'] }, 'signboard', 'signboards', 'plaque',
      ],
    },
  ],
  certificates: [
    {
      note: 'certificates and attestations',
      weight: 1,
      terms: ['证明', '证书', '开具', 'certificate', 'certificates', 'attestation'],
    },
  ],
};
