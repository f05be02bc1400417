/** Warnings quote the lure they warn against (issue 15, R-OFF-8): shared by the official lure groups (official-fraud.ts). */
export const WARNING_PHRASES = [
  '谨防', '警惕', '小心', '提防', '严禁', '禁止', '切勿', '不要', '别加', '别信', '勿信', '不轻易', '千万别', '千万不要', '都是诈骗', '是诈骗', '是骗子', '防骗', '反诈',
];
