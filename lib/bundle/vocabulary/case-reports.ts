/**
 * Terms from regulators' and courts' case reports in the corpus's TRAIN split (issue 15, fifth
 * pass): the words hosts used, as the reports quote them. Each term names its report; none comes
 * from a test-split source (web_quotes, web_cases_late), which no rule author reads.
 *
 *   FZRB-2021   法治日报, 2021-03-18, "撤柜商品混淆视听 … 低价'名牌'靠谱吗?" (reprint at
 *               muslem.net.cn/hongguan/2021/03/18/28580.html; data/corpus/raw/web_cases.tsv):
 *               brand nicknames and "撤柜/剪标/一折" selling of fakes
 *   WZ-2024     温州市瓯海区检察院 counterfeit-cosmetics case, 2024 (ycyd.jsjc.gov.cn …
 *               t20240702_1640265.shtml; raw/web_train.tsv): the host called fakes "正品积压货、清仓货"
 */
import type { TermGroup } from '../vocabulary';

export const CASE_REPORTS: TermGroup[] = [
  {
    // red line 3 (counterfeit): FZRB-2021 香奶奶 (Chanel), 一折售卖, 大牌工厂直销, 撤柜, 剪标款;
    // WZ-2024 正品积压
    id: 'counterfeit.case.zh',
    category: 'counterfeit',
    severity: 'warning',
    ruleId: 'R-RISK-1',
    messageKey: 'advice_counterfeit',
    lang: 'zh',
    terms: ['香奶奶', '一折售卖', '一折大牌', '大牌一折', '大牌工厂直销', '大牌工厂货', '撤柜货', '撤柜款', '撤柜商品', '剪标款', '正品积压'],
  },
];
