import { formatMiB, formatMs, formatRate, formatRatio } from '../../bench/report/formatFigures';
import { percentile } from '../../bench/report/percentile';
import { summarizeLatencies } from '../../bench/report/summarizeLatencies';

describe('the benchmark figures', () => {
  it('takes nearest-rank percentiles of sorted values', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBe(0);
  });

  it('summarizes latencies in any order', () => {
    expect(summarizeLatencies([30, 10, 20, 40])).toEqual({ count: 4, mean: 25, p50: 20, p95: 40, p99: 40, max: 40 });
    expect(summarizeLatencies([])).toEqual({ count: 0, mean: 0, p50: 0, p95: 0, p99: 0, max: 0 });
  });

  it('formats milliseconds, rates, memory and ratios for the tables', () => {
    expect(formatMs(12.345)).toBe('12.3');
    expect(formatMs(1234.5)).toBe('1,235');
    expect(formatRate(99.94)).toBe('99.9');
    expect(formatRate(2500.4)).toBe('2,500');
    expect(formatMiB(150.6)).toBe('151');
    expect(formatRatio(120, 100)).toBe('1.20×');
    expect(formatRatio(50, 200)).toBe('0.25×');
    expect(formatRatio(50, 0)).toBe('—');
    expect(formatRatio(null, 10)).toBe('—');
  });
});
