/** What everyone but the handler reads for a complaint's text (it may hold the complainant's personal data). */
export const CONTENT_WITHHELD = '（投诉内容可能含投诉人个人信息，仅承办的牵头单位可见）';
