/** Milliseconds as the tables show them: one decimal below 100 ms, whole above. */
export function formatMs(ms: number): string {
  return ms < 100 ? ms.toFixed(1) : Math.round(ms).toLocaleString('en');
}

export function formatRate(perSecond: number): string {
  return perSecond < 100 ? perSecond.toFixed(1) : Math.round(perSecond).toLocaleString('en');
}

/** `ours / other` as "1.25×"; "—" when either is missing or the other is zero. */
export function formatRatio(ours: number | null, other: number | null): string {
  if (ours === null || other === null || other === 0 || !Number.isFinite(ours / other)) return '—';
  return `${(ours / other).toFixed(2)}×`;
}

export function formatMiB(mib: number): string {
  return Math.round(mib).toLocaleString('en');
}
