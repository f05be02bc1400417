/** Warnings quote the lure they warn against (issue 15, R-OFF-8): shared by the official lure groups (official-fraud.ts). */
export const WARNING_PHRASES = [
  '谨防', '警惕', '小心', '提防', '严禁', '禁止', '切勿', '不要', '别加', '别信', '勿信', '不轻易', '千万别', '千万不要', '都是诈骗', '是诈骗', '是骗子', '防骗', '反诈',
];

/**
 * English safety reminders quote the contact lure they warn against (R-OFF-8): one list for every
 * off_platform group (off-platform.ts, official-off-platform.ts; lures.ts repeats it for now).
 */
export const OFF_PLATFORM_WARNINGS_EN = ['never dm', "don't dm", 'do not dm', 'beware of', 'watch out for'];
