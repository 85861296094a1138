/** Kinds of identifier whose name may stay visible in front of a masked value (`微信号 x***`). */
const KINDS = new Set(['微信', '微信号', '公众号', 'QQ', 'QQ号', '手机', '手机号', '电话', '邮箱', '网站', '网址', '抖音号', '快手号', '微博', '支付宝', '银行账户']);

const LABELLED = /^(\S+?)([\s:：]+)(\S.*)$/u;

/**
 * The masked form of an identifier of a subject without a USCC (a chat account, a website, a
 * phone number), for callers who do not handle the case: a known kind in front (`微信号`) stays,
 * the value keeps its first character only, and how many characters are hidden is not shown.
 * Anything else in front could be a person's name, so it is masked with the value.
 */
export function maskIdentifier(identifier: string): string {
  const labelled = LABELLED.exec(identifier);
  const [prefix, value] = labelled && KINDS.has(labelled[1]) ? [labelled[1] + labelled[2], labelled[3]] : ['', identifier];
  return `${prefix}${[...value][0] ?? ''}***`;
}
