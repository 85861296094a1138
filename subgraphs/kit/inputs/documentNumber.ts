/**
 * Document numbers (文号) compare after normalising their brackets: 〔〕, [], （）, () and 【】
 * all become 〔〕, and spaces are removed. `京市监罚[2021]12号` equals `京市监罚〔2021〕12号`.
 */
export function normalizeDocumentNumber(value: string): string {
  return value
    .replace(/\s+/g, '')
    .replace(/[[（(【]/g, '〔')
    .replace(/[\]）)】]/g, '〕');
}

/** Case numbers (案号) use full-width brackets: `(2021)京0105执1234号` becomes `（2021）京0105执1234号`. */
export function normalizeCaseNumber(value: string): string {
  return value.replace(/\s+/g, '').replace(/[([〔【]/g, '（').replace(/[)\]〕】]/g, '）');
}

/** Whether a normalised case number has the form （year）court-code kind number 号. */
export function isCaseNumber(value: string): boolean {
  return /^（(19|20)\d{2}）[\u4e00-\u9fa5]{1,2}\d{0,4}[\u4e00-\u9fa5]{1,6}\d{1,6}号$/.test(value);
}
