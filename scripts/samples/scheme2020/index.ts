import type { OverlapGroup, SampleMajorItem } from '../sampleTypes';
import { economy } from './economy';
import { partyBuilding } from './partyBuilding';
import { ruralLivelihood } from './ruralLivelihood';
import { safetyEcology } from './safetyEcology';

/**
 * A county's 2020 assessment of its townships, modelled on the counts reported in the
 * press (DESIGN.md): 4 major items, 109 sub-items, 371 detailed items, 100 points.
 */
export const scheme2020: readonly SampleMajorItem[] = [
  partyBuilding,
  economy,
  ruralLivelihood,
  safetyEcology,
];

/** The items written to assess the same thing twice (多头考核), by different departments. */
export const overlaps2020: readonly OverlapGroup[] = [
  {
    names: [
      '每月开展安全生产隐患排查整治，建立隐患整改台账',
      '每月开展安全生产隐患排查整治并建立隐患整改台账',
      '按月开展安全生产隐患排查整治，建立整改台账',
    ],
    why: '同一项安全生产隐患排查台账，应急管理局、住建局、交通运输局各考一次',
  },
  {
    names: ['信访事项按期受理率和办结率', '信访事项按期受理和办结率'],
    why: '信访事项按期办理，信访局和政法委各考一次',
  },
  {
    names: [
      '“学习强国”学习平台党员干部激活率和日均积分',
      '党员干部“学习强国”学习平台激活率和日均积分情况',
    ],
    why: '“学习强国”激活率和积分（线上留痕），宣传部和组织部各考一次',
  },
  {
    names: ['落实意识形态工作责任制', '意识形态工作责任制落实情况'],
    why: '意识形态工作责任制，宣传部和纪委监委各考一次',
  },
  {
    names: [
      '森林防火期内落实24小时值班值守和火情日报告制度',
      '森林防火期间落实24小时值班和火情日报告制度',
    ],
    why: '森林防火值班和火情日报，林业局和应急管理局各考一次',
  },
  {
    names: ['村级河长按规定频次巡河并在APP上打卡', '村级河长按规定频次巡河，在APP上打卡'],
    why: '河长巡河APP打卡，生态环境局和水利局各考一次',
  },
  {
    names: ['秸秆禁烧网格化巡查管控，未发现火点', '秸秆禁烧网格化巡查管控到位，未发现火点'],
    why: '秸秆禁烧巡查，生态环境局和农业农村局各考一次',
  },
  {
    names: ['新冠肺炎疫情防控值班值守和信息日报', '新冠肺炎疫情防控值班值守及信息日报告'],
    why: '疫情防控值班和日报，卫健委和应急管理局各考一次',
  },
  {
    names: ['农村人居环境整治村庄清洁行动', '村庄清洁行动和农村人居环境整治'],
    why: '村庄清洁行动，农业农村局和住建局各考一次',
  },
  {
    names: ['扫黑除恶专项斗争宣传发动，营造浓厚氛围', '扫黑除恶专项斗争宣传发动和氛围营造'],
    why: '扫黑除恶宣传氛围，政法委和公安局各考一次',
  },
  {
    names: [
      '矛盾纠纷排查化解，每月排查不少于1次并建立台账',
      '矛盾纠纷每月排查化解不少于1次并建立排查台账',
    ],
    why: '矛盾纠纷排查台账，政法委和司法局各考一次',
  },
  {
    names: [
      '义务教育控辍保学，确保贫困家庭子女不失学辍学',
      '贫困家庭子女义务教育控辍保学，不失学辍学',
    ],
    why: '控辍保学，教育局和扶贫办各考一次',
  },
  {
    names: ['为烈属、军属和退役军人家庭悬挂光荣牌', '烈属、军属和退役军人家庭光荣牌悬挂到位'],
    why: '光荣牌悬挂（挂牌），退役军人事务局和人武部各考一次',
  },
  {
    names: ['农村集体聚餐申报备案和指导', '农村集体聚餐申报备案指导'],
    why: '农村集体聚餐备案，市场监管局和卫健委各考一次',
  },
  {
    names: ['农村低保制度与扶贫开发政策有效衔接', '农村低保制度与扶贫开发政策衔接'],
    why: '低保和扶贫政策衔接，扶贫办和民政局各考一次',
  },
];
