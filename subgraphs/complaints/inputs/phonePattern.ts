/** A Chinese phone number as people write it: a mobile number, or a landline with its area code (and an extension). */
export const PHONE = {
  test: /^(?:(?:\+?86)?1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(?:-\d{1,6})?)$/,
  description: 'must be a mobile number (13800138000) or a landline with its area code (0731-84822207)',
};
